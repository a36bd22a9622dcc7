"""Section 'Geld' (money): revenue, subsidies, costs, profit, and what was reinvested per project."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.kinds import funder_kind_labels, kind_labels
from wijkwerk.reports.disclosure import Rule
from wijkwerk.reports.loaders_money import Money
from wijkwerk.reports.metrics import money
from wijkwerk.reports.model import CENTS, TEXT, Chart, Column, Figure, ReportTable, Section, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels


# Money is the organisation's, not a person's: nothing to suppress, but the charts skip the total.
TOTAL_ROW = Rule(total_row=True)


def _line(key: str) -> str:
    return {**kind_labels(), "revenue": _("Omzet"), "costs": _("Kosten, totaal"),
            "profit": _("Winst (omzet min kosten)"), "net_result": _("Resultaat inclusief subsidies")}.get(key, key)


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Money = frames["money"]
    result = money.result(data.ledger)
    figures = dict(zip(result["line"], result["cents"]))
    reinvested = money.reinvested(data.projects)
    funders = {**funder_kind_labels(), "total": labels.total()}
    tables = (
        ReportTable("money_result", _("Inkomsten, kosten en winst"),
                    (Column("line", _("Post"), TEXT), Column("cents", _("Bedrag"), CENTS)),
                    result.with_columns(pl.col("line").map_elements(_line, return_dtype=pl.Utf8))),
        ReportTable("money_months", _("Geld in en uit per maand"),
                    (Column("month", _("Maand"), TEXT), Column("in_cents", _("Inkomsten"), CENTS),
                     Column("out_cents", _("Kosten"), CENTS)),
                    money.monthly(data.ledger, report.months())),
        ReportTable("money_funding", _("Subsidies en bijdragen naar soort financier"),
                    (Column("funder_kind", _("Financier"), TEXT), Column("cents", _("Bedrag"), CENTS)),
                    money.funding_by_funder_kind(data.funding).with_columns(
                        pl.col("funder_kind").map_elements(lambda k: funders.get(k, k), return_dtype=pl.Utf8)),
                    TOTAL_ROW),
        ReportTable("money_projects", _("Herinvestering per buurtproject"),
                    (Column("project", _("Buurtproject"), TEXT), Column("neighbourhood", _("Wijk"), TEXT),
                     Column("allocated_cents", _("Toegekend uit winst"), CENTS),
                     Column("spent_cents", _("Besteed"), CENTS)),
                    reinvested.with_columns(pl.when(pl.col("project") == "total").then(pl.lit(labels.total()))
                                            .otherwise(pl.col("project")).alias("project")),
                    TOTAL_ROW),
    )
    return SectionResult(
        "money", _("Geld"),
        (_("Winst: omzet min kosten (vergoedingen, begeleiding, materiaal, overhead), zonder subsidies. "
           "Correcties staan als tegenboeking in het grootboek en zijn meegeteld."),
         _("Herinvestering: bedragen die in de periode uit de winst aan een buurtproject zijn toegekend, en "
           "wat er in de periode van is besteed."),
         _("Met een wijkfilter tellen alleen boekingen die aan die wijk gekoppeld zijn.")),
        tables=tables,
        charts=(Chart("chart_money_in", _("Inkomsten per maand"), "money_months", "month", "in_cents"),
                Chart("chart_money_out", _("Kosten per maand"), "money_months", "month", "out_cents"),
                Chart("chart_reinvested", _("Toegekend per buurtproject"), "money_projects", "project",
                      "allocated_cents")),
        figures=(Figure("revenue", _("Omzet"), figures["revenue"], CENTS),
                 Figure("profit", _("Winst"), figures["profit"], CENTS),
                 Figure("reinvested", _("Toegekend aan buurtprojecten"),
                        int(reinvested["allocated_cents"][-1]), CENTS)),
    )


SECTION = Section("money", ("money",), build)
