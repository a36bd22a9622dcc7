"""Protection across linked reports, applied to one report being built.

For a whole month, quarter or year, the families of reports/linked_families.py are protected on
the grid of every report of that calendar year (reports/linked.py), and each table's linked cells
that fall on a hidden aggregate are hidden before the table's own suppression runs. Every report
of a year derives the same pattern from the same data, so no two of them differ by a hidden figure.

The year is read up to the last month that is over, as funders read it (reports/period.py): the
figures of the year and its running quarter are then exactly the sums of the months on the grid.
Custom periods are for staff only and get the table rules alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Awaitable, Callable

from wijkwerk import clock
from wijkwerk.reports.disclosure import Cell
from wijkwerk.reports.linked import TOTAL, TOWN, Aggregate, counts_for, hidden_for_counts, period_code
from wijkwerk.reports.linked_families import FAMILIES, SAME_TOTALS, YearData, frame_name, people_frames
from wijkwerk.reports.linked_periods import period_frames
from wijkwerk.reports.model import ReportTable
from wijkwerk.reports.period import Comparison, PeriodKind, ReportFilter, last_closed_day

Hidden = dict[str, set[Aggregate]]
Load = Callable[[str, ReportFilter], Awaitable[Any]]


def year_filter(report: ReportFilter, today: date) -> ReportFilter | None:
    """The whole town over the report's year, up to the last month that is over (or to the report's
    own end when staff read a running period); None for a custom period."""
    if report.kind == PeriodKind.custom:
        return None
    year = report.start.year
    end = min(date(year, 12, 31), max(report.end, last_closed_day(today)))
    return ReportFilter(PeriodKind.year, date(year, 1, 1), end, None, Comparison.none)


async def hidden_for(report: ReportFilter, load: Load) -> Hidden | None:
    """Per family, the aggregates of the report's year to hide; `load(key, filter)` runs (or reuses)
    a report loader, so a year report for the town reads its data once."""
    whole_year = year_filter(report, clock.today())
    if whole_year is None:
        return None
    outflow = await load("outflow", whole_year)
    data = YearData(await load("activity", whole_year), outflow.exits, await load("booked_by_area", whole_year),
                    outflow.follow_ups, await load("progression", whole_year), await load("aandebak", whole_year))
    frames = people_frames(data, whole_year.start.year, whole_year.end.month)
    frames.update(period_frames(data.activity, data.progression.ladder, data.aandebak.candidates, whole_year.end))
    counted: dict[tuple, dict] = {}  # families reading one frame the same way share its counts
    hidden = {}
    for family in FAMILIES:
        key = (frame_name(family), family.categorised, family.count_rows, family.per_period)
        if key not in counted:
            counted[key] = counts_for(frames[key[0]], family)
        hidden[family.name] = hidden_for_counts(counted[key], family)
    for names in SAME_TOTALS:
        totals = {(time, area, TOTAL) for name in names for time, area, category in hidden[name] if category is TOTAL}
        for name in names:
            hidden[name] |= totals
    return hidden


def linked_cells(table: ReportTable, hidden: Hidden | None, report: ReportFilter) -> frozenset[Cell]:
    """The cells of `table` that fall on a hidden aggregate of their family."""
    if hidden is None or not table.links:
        return frozenset()
    area = report.neighbourhood_id or TOWN
    period = period_code(report.kind.value, report.start.month)
    cells = set()
    for link in table.links:
        for row, place in enumerate(link.rows):
            if place is None:
                continue
            month, category = place
            if (period if month is None else month, area, category) in hidden[link.family]:
                cells.update((row, column) for column in link.columns)
    return frozenset(cells)


def family_hides(hidden: Hidden | None, family: str, report: ReportFilter) -> bool:
    """Whether the family's figure for the whole report (its period and area, no category) is
    hidden: for a key figure that has no table cell to follow."""
    if hidden is None:
        return False
    return (period_code(report.kind.value, report.start.month), report.neighbourhood_id or TOWN, TOTAL) in hidden[family]


def same_data(report: ReportFilter) -> ReportFilter:
    """The filter as loaders see it: the comparison changes no loaded row."""
    return replace(report, comparison=Comparison.none)
