"""Build a whole report: run each needed loader once, build every section, protect every table
(across linked reports first, reports/linking.py, then each table on its own).

Key figures are built for the chosen period and, when asked, for the comparison period; a
figure about fewer than five people is hidden in either column, and so is one whose table cell
or linked family (Figure.family) is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.disclosure import PEOPLE_THRESHOLD, protect
from wijkwerk.reports.linking import Load, family_hides, hidden_for, linked_cells, same_data
from wijkwerk.reports.model import BY_ROW, TEXT, Column, Figure, Report, ReportTable, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.publication import Hidden
from wijkwerk.reports.sections import loaders, sections
from wijkwerk.tables import Neighbourhood


def _loader(engine: Engine) -> Load:
    """Runs each loader once per filter within one report build (current, comparison and the
    year the protection across reports reads may share data)."""
    available, data = loaders(), {}

    async def load(key: str, report: ReportFilter):
        place = (key, same_data(report))
        if place not in data:
            data[place] = await available[key](engine, same_data(report))
        return data[place]
    return load


async def _sections(load: Load, report: ReportFilter) -> list[SectionResult]:
    built = []
    for section in sections():
        built.append(section.build({key: await load(key, report) for key in section.needs}, report))
    return built


@dataclass(frozen=True)
class Protected:
    """One period's protected sections, and what the protection across reports hid (None: custom period)."""

    filter: ReportFilter
    sections: list[SectionResult]
    hidden: Hidden | None


def _shown(figure: Figure | None, built: Protected) -> int | None:
    """The figure, or None when it describes too few people, its table cell is hidden, or its
    family's figure for the whole report is hidden across reports."""
    if figure is None or (figure.people is not None and 0 < figure.people < PEOPLE_THRESHOLD):
        return None
    if figure.cell is not None:
        table_key, row, column = figure.cell
        tables = {table.key: table for section in built.sections for table in section.tables}
        if tables[table_key].frame[column][row] is None:
            return None
    if figure.family is not None and family_hides(built.hidden, figure.family, built.filter):
        return None
    return figure.value


def key_figures(current: Protected, earlier: Protected | None) -> ReportTable:
    """One row per headline figure: this period, and the comparison period when there is one.
    Sections come in protected, so a figure follows its table cell."""
    before = {figure.key: figure for section in (earlier.sections if earlier else []) for figure in section.figures}
    rows = [figure for section in current.sections for figure in section.figures]
    columns = {"figure": [f.label for f in rows], "unit": [f.kind for f in rows],
               "current": [_shown(f, current) for f in rows]}
    table_columns = [Column("figure", _("Cijfer"), TEXT), Column("unit", _("Eenheid"), TEXT),
                     Column("current", _("Deze periode"), BY_ROW)]
    if earlier is not None:
        columns["previous"] = [_shown(before.get(f.key), earlier) for f in rows]
        table_columns.append(Column("previous", _("Vergelijkingsperiode"), BY_ROW))
    frame = pl.DataFrame(columns, schema={"figure": pl.Utf8, "unit": pl.Utf8, "current": pl.Int64,
                                          **({"previous": pl.Int64} if earlier is not None else {})})
    return ReportTable("key_figures", _("Kerncijfers"), tuple(table_columns), frame)


async def _protected(engine: Engine, load: Load, report: ReportFilter) -> Protected:
    """The report's sections, each table protected across linked reports and then on its own."""
    built = await _sections(load, report)
    hidden = await hidden_for(report, load, engine)
    return Protected(report, [replace(section, tables=tuple(
        replace(table, frame=protect(table.frame, table.rule, linked_cells(table, hidden, report)))
        for table in section.tables)) for section in built], hidden)


async def build_report(engine: Engine, report: ReportFilter) -> Report:
    load = _loader(engine)
    current = await _protected(engine, load, report)
    compared = report.compared()
    earlier = await _protected(engine, load, compared) if compared else None
    name = None
    if report.neighbourhood_id:
        row = await Neighbourhood.select(Neighbourhood.name).where(Neighbourhood.id == report.neighbourhood_id).first()
        name = row["name"] if row else None
    return Report(report, name, key_figures(current, earlier), tuple(current.sections))
