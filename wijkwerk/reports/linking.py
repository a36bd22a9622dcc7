"""Protection across linked reports, applied to one report being built.

For a whole month, quarter or year, the families of reports/linked_families.py are protected on
the grid of every report of that calendar year (reports/linked.py), and each table's linked cells
that fall on a hidden aggregate are hidden before the table's own suppression runs.

Funders read published periods (reports/period.py), and every report of a year uses the year's
latest publication (reports/publication.py): the pattern kept when its last quarter was published,
extended rather than recomputed, so no two reports, read then or later, differ by a hidden figure.
Staff may read a period before it is published: they get a preview, the published pattern
extended to the running months, which is not kept. Custom periods (staff only) get the table
rules alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Awaitable, Callable

from piccolo.engine.base import Engine

from wijkwerk import clock
from wijkwerk.reports import data_version
from wijkwerk.reports.disclosure import Cell
from wijkwerk.reports.linked import TOTAL, TOWN, counts_for, hidden_for_counts, period_code, times_through
from wijkwerk.reports.linked_families import FAMILIES, SAME_TOTALS, YearData, frame_name, people_frames
from wijkwerk.reports.linked_periods import period_frames
from wijkwerk.reports.model import ReportTable
from wijkwerk.reports.period import (
    Comparison, PeriodKind, ReportFilter, last_closed_day, publication_day, published_quarters,
)
from wijkwerk.reports.publication import Hidden, Publication, keep, latest_before, stored

Load = Callable[[str, ReportFilter], Awaitable[Any]]


def _year_through(year: int, end: date) -> ReportFilter:
    """The whole town from the start of `year` to `end`: the data a pattern is computed from."""
    return ReportFilter(PeriodKind.year, date(year, 1, 1), end, None, Comparison.none)


async def _pattern(load: Load, year: int, end: date, base: Hidden, frozen: frozenset[int],
                   targets: frozenset[int] | None) -> Hidden:
    """Per family, the aggregates of `year` to hide, from the data up to `end`, extending `base`
    (see linked.hidden_for_counts for frozen and targets). `load(key, filter)` runs or reuses a
    report loader, so a year report for the town reads its data once."""
    whole_year = _year_through(year, end)
    outflow = await load("outflow", whole_year)
    data = YearData(await load("activity", whole_year), outflow.exits, await load("booked_by_area", whole_year),
                    outflow.follow_ups, await load("progression", whole_year), await load("aandebak", whole_year))
    frames = people_frames(data, year, end.month)
    frames.update(period_frames(data.activity, data.progression.ladder, data.aandebak.candidates, end))
    counted: dict[tuple, dict] = {}  # families reading one frame the same way share its counts
    hidden = {}
    for family in FAMILIES:
        key = (frame_name(family), family.categorised, family.count_rows, family.per_period)
        if key not in counted:
            counted[key] = counts_for(frames[key[0]], family)
        hidden[family.name] = hidden_for_counts(counted[key], family, published=targets, frozen=frozen,
                                                already=frozenset(base.get(family.name, ())))
    for names in SAME_TOTALS:
        totals = {(time, area, TOTAL) for name in names for time, area, category in hidden[name] if category is TOTAL}
        for name in names:
            hidden[name] |= totals
    return hidden


async def published(engine: Engine, load: Load, year: int, quarters: int) -> Publication:
    """The year's pattern once `quarters` quarters are published: kept, or worked out and kept.

    Worked out from the stored one when the data changed since or on a later day (all its figures
    may have been read), else from the latest one stored before (only later quarters are new)."""
    version = await data_version.current(engine)  # before any data is read: a later change is seen next time
    current = await stored(year, quarters)
    if current is not None and current.fresh(version, clock.today()):
        return current
    before = current or await latest_before(year, quarters)
    base, frozen = (before.hidden, times_through(before.quarters)) if before else ({}, frozenset())
    end = publication_day(PeriodKind.quarter, date(year, 3 * quarters, 1)) - timedelta(days=1)
    hidden = await _pattern(load, year, end, base, frozen, times_through(quarters))
    return await keep(Publication(year, quarters, version, hidden, clock.now()))


async def hidden_for(report: ReportFilter, load: Load, engine: Engine) -> Hidden | None:
    """Per family, the aggregates of the report's year to hide (None for a custom period)."""
    if report.kind == PeriodKind.custom:
        return None
    today, year = clock.today(), report.start.year
    quarters = published_quarters(year, today)
    publication = await published(engine, load, year, quarters) if quarters else None
    if report.published(today):
        return publication.hidden
    # A staff preview: the published figures stay as they are, the running ones are protected
    # with the year's data up to the report's end or the last month that is over.
    end = min(date(year, 12, 31), max(report.end, last_closed_day(today)))
    return await _pattern(load, year, end, publication.hidden if publication else {},
                          times_through(quarters), None)


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
