"""What a built report is made of: sections of tables (frames plus column meaning), charts and key figures.

Every output format reads these same objects; a hidden (suppressed) cell is a null in a frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk.reports.disclosure import Rule
from wijkwerk.reports.period import ReportFilter

# Column kinds: how a value is stored in the frame and shown.
TEXT = "text"  # a label
COUNT = "count"  # a whole number
MINUTES = "minutes"  # stored in minutes, shown as hours
CENTS = "cents"  # money in integer cents, shown in euros
PERCENT = "percent"  # a whole percentage
BY_ROW = "by_row"  # the unit comes from the row's `unit` column (key figures)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = COUNT


@dataclass(frozen=True)
class Link:
    """Cells of a table that are figures of a linked family (reports/linked.py), protected across
    every report a funder can read. `rows` is aligned with the frame's rows: (month 1–12, or None
    for the whole period; category code, or None for the total), or None for a row outside the family."""

    family: str
    columns: tuple[str, ...]
    rows: tuple[tuple[int | None, str | None] | None, ...]

    @classmethod
    def by_category(cls, family: str, columns: tuple[str, ...], codes: list[str]) -> "Link":
        """Rows are categories by code, the last one "total"."""
        return cls(family, columns, tuple((None, None if code == "total" else code) for code in codes))

    @classmethod
    def by_month(cls, family: str, columns: tuple[str, ...], months: list[str]) -> "Link":
        """Rows are months ('YYYY-MM'), the last one "total" (the whole period)."""
        return cls(family, columns, tuple((None if month == "total" else int(month[5:7]), None)
                                          for month in months))


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    columns: tuple[Column, ...]
    frame: pl.DataFrame
    rule: Rule = field(default_factory=Rule)
    note: str = ""
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Chart:
    """A bar chart over one table: x labels from `x`, bar heights from `y` (hidden cells stay empty)."""

    key: str
    title: str
    table: str
    x: str
    y: str


@dataclass(frozen=True)
class Figure:
    """A headline number; `people` is how many people it describes (None: not about people).

    `cell` (table key, row index, column) names the table cell holding the same number: when
    secondary suppression hides that cell, the figure is hidden too, or the table's total minus
    this figure would give the other hidden cell away. `family` names a linked family
    (reports/linked_families.py) whose figure for the whole report (its period and area, no
    category) this is, for a figure without a table cell: hidden there, hidden here.
    """

    key: str
    label: str
    value: int
    kind: str
    people: int | None = None
    cell: tuple[str, int, str] | None = None
    family: str | None = None


@dataclass(frozen=True)
class SectionResult:
    key: str
    title: str
    definitions: tuple[str, ...]
    tables: tuple[ReportTable, ...] = ()
    charts: tuple[Chart, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Section:
    """A pluggable report section: the loaders it needs (by key) and a pure build function that
    gets their results as {key: data}; each loader runs once per report, however many sections use it."""

    key: str
    needs: tuple[str, ...]
    build: Callable[[dict[str, Any], ReportFilter], SectionResult]


Loader = Callable[[Engine, ReportFilter], Awaitable[Any]]


@dataclass(frozen=True)
class Report:
    filter: ReportFilter
    neighbourhood: str | None
    key_figures: ReportTable
    sections: tuple[SectionResult, ...]

    def tables(self) -> list[tuple[SectionResult | None, ReportTable]]:
        return [(None, self.key_figures)] + [(section, table) for section in self.sections for table in section.tables]
