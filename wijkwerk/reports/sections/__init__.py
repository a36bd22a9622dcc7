"""The report's sections in order, and the loaders they need.

A new section plugs in with one loader (engine, filter → its data) and one pure build function
(data, filter → SectionResult): add the loader to `loaders()` and the section to `sections()`.
"""

from __future__ import annotations

from wijkwerk.reports.loaders import load_activity
from wijkwerk.reports.model import Loader, Section
from wijkwerk.reports.sections import compensation, fairness, reach, work


def loaders() -> dict[str, Loader]:
    return {"activity": load_activity}


def sections() -> list[Section]:
    return [reach.SECTION, work.SECTION, compensation.SECTION, fairness.SECTION]
