"""Section 'Geld' (money): revenue, subsidies, costs, profit, and what was reinvested per project.

Money is the organisation's, except the volunteer allowances: their total is what a few people were
paid. When fewer than five people were paid it is hidden, and so are the figures it could be worked
out from (total costs, profit from work, the result including subsidies); a month's costs are
hidden likewise, with secondary suppression against the total row.
"""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.kinds import funder_kind_labels, kind_labels
from wijkwerk.reports.disclosure import PEOPLE_THRESHOLD, Rule, protect
from wijkwerk.reports.loaders import Activity
from wijkwerk.reports.loaders_money import Money
from wijkwerk.reports.metrics import money
from wijkwerk.reports.metrics.activity import local_month
from wijkwerk.reports.model import CENTS, TEXT, Chart, Column, Figure, Link, ReportTable, Section, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels

# Subsidies and projects are the organisation's money: nothing to suppress, but the charts skip the total.
TOTAL_ROW = Rule(total_row=True)
# A month's costs include the allowances paid that month: hidden with a small group of paid people.
MONTHS_RULE = Rule(people=("paid_people",), follows={"out_cents": "paid_people"}, additive=("out_cents",),
                   total_row=True)
# Lines that give the allowance total away as "total minus the rest" when it is hidden.
DERIVED_LINES = ("compensation", "costs", "profit", "net_result")


def _line(key: str) -> str:
    return {**kind_labels(), "revenue": _("Omzet"), "costs": _("Kosten, totaal"),
            "profit": _("Winst uit werk (omzet min kosten, zonder subsidies)"),
            "net_result": _("Resultaat inclusief subsidies (hieruit wordt herinvesteerd)")}.get(key, key)


def _worked(data: Money, activity: Activity) -> pl.DataFrame:
    """worker, job, month of the residents who worked with an allowance (see Money.worked)."""
    if data.worked is None:
        return activity.work.filter(pl.col("paid_cents") > 0).select("worker", "job", "month")
    return data.worked.select("worker", "job", local_month(pl.col("starts_at")).alias("month"))


def _result(data: Money, paid_total: int, months_total_hidden: bool) -> pl.DataFrame:
    result = money.result(data.ledger)
    if not (0 < paid_total < PEOPLE_THRESHOLD or months_total_hidden):
        return result
    return result.with_columns(pl.when(pl.col("line").is_in(DERIVED_LINES)).then(None)
                               .otherwise(pl.col("cents")).alias("cents"))


def _months(data: Money, paid: pl.DataFrame, report: ReportFilter) -> pl.DataFrame:
    frame = money.monthly(data.ledger, report.months()).join(paid, on="month", how="left")
    return protect(frame, MONTHS_RULE).with_columns(
        pl.when(pl.col("month") == "total").then(pl.lit(labels.total())).otherwise(pl.col("month")).alias("month"))


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Money = frames["money"]
    paid = money.paid_people(data.booked, _worked(data, frames["activity"]), report.months())
    months = _months(data, paid, report)
    result = _result(data, int(paid["paid_people"][-1]), months["out_cents"][-1] is None)
    lines = result["line"].to_list()
    # The allowance line and the lines containing it move together across reports.
    allowance_lines = tuple((None, None) if line in DERIVED_LINES else None for line in lines)
    figures = dict(zip(lines, result["cents"]))
    reinvested = money.reinvested(data.projects)
    funders = {**funder_kind_labels(), "total": labels.total()}
    tables = (
        ReportTable("money_result", _("Inkomsten, kosten en winst"),
                    (Column("line", _("Post"), TEXT), Column("cents", _("Bedrag"), CENTS)),
                    result.with_columns(pl.col("line").map_elements(_line, return_dtype=pl.Utf8)),
                    links=(Link("allowance", ("cents",), allowance_lines),)),
        ReportTable("money_months", _("Geld in en uit per maand"),
                    (Column("month", _("Maand"), TEXT), Column("in_cents", _("Inkomsten"), CENTS),
                     Column("out_cents", _("Kosten"), CENTS)),
                    months, MONTHS_RULE,
                    links=(Link.by_month("allowance", ("out_cents",), report.months() + ["total"]),)),
        ReportTable("money_funding", _("Subsidies en bijdragen naar soort financier"),
                    (Column("funder_kind", _("Financier"), TEXT), Column("cents", _("Bedrag"), CENTS)),
                    money.funding_by_funder_kind(data.funding).with_columns(
                        pl.col("funder_kind").map_elements(lambda k: funders.get(k, k), return_dtype=pl.Utf8)),
                    TOTAL_ROW),
        ReportTable("money_projects", _("Herinvestering per buurtproject"),
                    (Column("project", _("Buurtproject"), TEXT), Column("neighbourhood", _("Wijk"), TEXT),
                     Column("allocated_cents", _("Toegekend"), CENTS),
                     Column("spent_cents", _("Besteed"), CENTS)),
                    reinvested.with_columns(pl.when(pl.col("project") == "total").then(pl.lit(labels.total()))
                                            .otherwise(pl.col("project")).alias("project")),
                    TOTAL_ROW),
    )
    return SectionResult(
        "money", _("Geld"),
        (_("Winst uit werk: omzet min kosten (vergoedingen, begeleiding, materiaal, overhead), zonder subsidies. "
           "Correcties staan als tegenboeking in het grootboek en zijn meegeteld."),
         _("Resultaat inclusief subsidies: winst uit werk plus subsidies en overige inkomsten. Hieruit wordt "
           "herinvesteerd: beschikbaar voor herinvestering is dit resultaat tot vandaag min wat al is toegekend."),
         _("Herinvestering: bedragen die in de periode aan een buurtproject zijn toegekend, en wat er in de "
           "periode van is besteed."),
         _("Kregen minder dan 5 personen een vergoeding, dan zijn de vergoedingen verborgen, en ook de "
           "totale kosten, de winst uit werk en het resultaat (anders zijn de vergoedingen terug te rekenen). "
           "Zo ook de kosten van een maand."),
         _("Met een wijkfilter tellen alleen boekingen die aan die wijk gekoppeld zijn.")),
        tables=tables,
        charts=(Chart("chart_money_in", _("Inkomsten per maand"), "money_months", "month", "in_cents"),
                Chart("chart_money_out", _("Kosten per maand"), "money_months", "month", "out_cents"),
                Chart("chart_reinvested", _("Toegekend per buurtproject"), "money_projects", "project",
                      "allocated_cents")),
        # Both results follow their line in the table: hidden there, hidden here.
        figures=(Figure("revenue", _("Omzet"), figures["revenue"], CENTS),
                 Figure("profit", _("Winst uit werk (zonder subsidies)"), figures["profit"] or 0, CENTS,
                        cell=("money_result", lines.index("profit"), "cents")),
                 Figure("net_result", _("Resultaat inclusief subsidies"), figures["net_result"] or 0, CENTS,
                        cell=("money_result", lines.index("net_result"), "cents")),
                 Figure("reinvested", _("Toegekend aan buurtprojecten"),
                        int(reinvested["allocated_cents"][-1]), CENTS)),
    )


SECTION = Section("money", ("money", "activity"), build)
