"""The typed context of the report page, and the downloads, built from one Report (one data path)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from litestar import Response

from wijkwerk import clock
from wijkwerk.i18n.formatting import local_date
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.charts import ChartView, render_chart
from wijkwerk.reports.model import TEXT, Report, ReportTable
from wijkwerk.reports.period import Comparison, PeriodKind, ReportFilter, not_published_message
from wijkwerk.reports.render.cells import html_text, kinds, visible_columns
from wijkwerk.reports.render.tabular import csv_bytes, json_bytes
from wijkwerk.reports.render.workbook import xlsx_bytes
from wijkwerk.tables import Neighbourhood

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass(frozen=True)
class HtmlCell:
    text: str
    numeric: bool
    hidden: bool


@dataclass(frozen=True)
class HtmlTable:
    key: str
    title: str
    headers: list[tuple[str, bool]]  # (label, numeric)
    rows: list[list[HtmlCell]]
    note: str


@dataclass(frozen=True)
class HtmlSection:
    key: str
    title: str
    definitions: tuple[str, ...]
    tables: list[HtmlTable]
    charts: list[ChartView]


@dataclass
class ReportPage:
    """Everything report.html reads; `report` is None when the filter was refused."""

    values: dict[str, str]
    errors: dict[str, str]
    neighbourhoods: list[tuple[int, str]]
    period_text: str = ""
    compared_text: str = ""
    neighbourhood: str | None = None
    key_figures: HtmlTable | None = None
    sections: list[HtmlSection] = field(default_factory=list)
    downloads: list[tuple[str, str]] = field(default_factory=list)
    shared: bool = False
    can_share: bool = False
    share_query: dict[str, str] = field(default_factory=dict)
    period_choices: list[tuple[str, str]] = field(default_factory=list)
    comparison_choices: list[tuple[str, str]] = field(default_factory=list)
    allow_custom: bool = False  # staff only: the form offers "Eigen periode" with its dates
    shareable: bool = False  # share links are for whole months, quarters and years that are published
    unpublished: str = ""  # for staff: when funders will see a whole period that is not yet published


def html_table(table: ReportTable) -> HtmlTable:
    columns = visible_columns(table)
    positions = [c.key for c in table.columns]
    row_kinds = kinds(table)
    rows = [[HtmlCell(html_text(row[c.key], row_kinds[i][positions.index(c.key)]), c.kind != TEXT,
                      row[c.key] is None) for c in columns]
            for i, row in enumerate(table.frame.iter_rows(named=True))]
    return HtmlTable(table.key, table.title, [(c.label, c.kind != TEXT) for c in columns], rows, table.note)


def period_text(report: ReportFilter) -> str:
    return f"{local_date(report.start, 'd MMMM y')} – {local_date(report.end, 'd MMMM y')}"


def filter_values(query: dict[str, str]) -> dict[str, str]:
    keys = ("periode", "jaar", "maand", "kwartaal", "van", "tot", "wijk", "vergelijk")
    return {key: query.get(key, "") for key in keys}


async def neighbourhood_choices() -> list[tuple[int, str]]:
    rows = await Neighbourhood.select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name)
    return [(row["id"], row["name"]) for row in rows]


def fill_page(page: ReportPage, report: Report, download_base: str, download_query: dict[str, str]) -> ReportPage:
    page.period_text = period_text(report.filter)
    compared = report.filter.compared()
    page.compared_text = period_text(compared) if compared else ""
    page.neighbourhood = report.neighbourhood
    page.key_figures = html_table(report.key_figures)
    page.share_query = report.filter.as_query()
    today = clock.today()
    page.shareable = report.filter.published(today)
    if report.filter.whole and not page.shareable:
        page.unpublished = not_published_message(report.filter.kind, report.filter.start, today)
    for section in report.sections:
        tables = {table.key: table for table in section.tables}
        page.sections.append(HtmlSection(
            section.key, section.title, section.definitions, [html_table(t) for t in section.tables],
            [render_chart(chart, tables[chart.table]) for chart in section.charts]))
    query = ("?" + urlencode(download_query)) if download_query else ""
    page.downloads = [(label, f"{download_base}/{fmt}{query}")
                      for fmt, label in (("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON"))]
    return page


def download(report: Report, fmt: str) -> Response:
    name = f"impactrapportage-{report.filter.start.isoformat()}-{report.filter.end.isoformat()}.{fmt}"
    if fmt == "csv":
        body = csv_bytes(report)
    elif fmt == "xlsx":
        body = xlsx_bytes(report, period_text(report.filter))
    else:
        body = json_bytes(report)
    return Response(body, media_type=FORMATS[fmt], headers={
        "content-disposition": f'attachment; filename="{name}"', "cache-control": "private, no-store"})


def period_choices(allow_custom: bool) -> list[tuple[str, str]]:
    """Funders choose whole calendar periods only; staff may also choose their own dates."""
    whole = [(PeriodKind.month.value, _("Maand")), (PeriodKind.quarter.value, _("Kwartaal")),
             (PeriodKind.year.value, _("Jaar"))]
    return whole + [(PeriodKind.custom.value, _("Eigen periode"))] if allow_custom else whole


def comparison_choices() -> list[tuple[str, str]]:
    return [(Comparison.none.value, _("Geen vergelijking")), (Comparison.previous.value, _("Vorige periode")),
            (Comparison.last_year.value, _("Zelfde periode vorig jaar"))]

