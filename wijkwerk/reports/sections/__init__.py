"""The report's sections in order, and the loaders they need.

A new section plugs in with one loader (engine, filter → its data) and one pure build function
({loader key: data}, filter → SectionResult): add the loader to `loaders()` and the section to
`sections()`. A section may also read another section's loader (outflow reads activity).
"""

from __future__ import annotations

from wijkwerk.reports.loaders import load_activity
from wijkwerk.reports.loaders_aandebak import load_aandebak
from wijkwerk.reports.loaders_money import load_booked_by_area, load_money
from wijkwerk.reports.loaders_outflow import load_outflow
from wijkwerk.reports.loaders_progression import load_progression
from wijkwerk.reports.model import Loader, Section
from wijkwerk.reports.sections import (
    aandebak, compensation, fairness, money, outflow, progression, reach, work,
)


def loaders() -> dict[str, Loader]:
    return {"activity": load_activity, "progression": load_progression, "outflow": load_outflow,
            "money": load_money, "aandebak": load_aandebak, "booked_by_area": load_booked_by_area}


def sections() -> list[Section]:
    return [reach.SECTION, work.SECTION, compensation.SECTION, progression.SECTION, outflow.SECTION,
            aandebak.SECTION, money.SECTION, fairness.SECTION]
