"""Section 'Vergoeding' (compensation): allowance paid in total and on average, and caps reached."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.loaders import Activity
from wijkwerk.reports.metrics import compensation
from wijkwerk.reports.model import (
    BY_ROW, CENTS, COUNT, TEXT, Column, Figure, Link, ReportTable, Section, SectionResult,
)
from wijkwerk.reports.period import ReportFilter


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Activity = frames["activity"]
    figures = compensation.summary(data.work)
    capped = compensation.reached_cap(data.work, data.allowances, data.workers, data.caps).height
    people = figures["paid_people"]
    frame = pl.DataFrame({
        "figure": [_("Vergoeding betaald, totaal"), _("Deelnemers met vergoeding"),
                   _("Gemiddeld per deelnemer met vergoeding"), _("Deelnemers die een grens bereikten")],
        "unit": [CENTS, COUNT, CENTS, COUNT],
        "value": [figures["paid_cents"], people, figures["average_cents"], capped],
        # How many people each figure describes: the basis for suppression.
        "people": [people, people, people, capped],
    })
    hidden = frame.with_columns(pl.when((pl.col("people") > 0) & (pl.col("people") < 5))
                                .then(None).otherwise(pl.col("value")).alias("value")).drop("people")
    # The total (and the average, total ÷ people) adds up over months and neighbourhoods and is the
    # months table's pay (protected as work and as pay); the number of people paid adds up over
    # neighbourhoods. "Reached a cap" is people per period (not a sum of months), adding up over
    # neighbourhoods.
    whole = (None, None)
    table = ReportTable("compensation", _("Vrijwilligersvergoeding"),
                        (Column("figure", _("Cijfer"), TEXT), Column("unit", _("Eenheid"), TEXT),
                         Column("value", _("Waarde"), BY_ROW)), hidden,
                        links=(Link("paid", ("value",), (whole, None, whole, None)),
                               Link("work", ("value",), (whole, None, whole, None)),
                               Link("paid_people", ("value",), (None, whole, None, None)),
                               Link("capped", ("value",), (None, None, None, whole))))
    return SectionResult(
        "compensation", _("Vergoeding"),
        (_("Vergoeding: gewerkte minuten × uurtarief, per dienst naar boven afgerond, alleen bij opdrachten "
           "met vrijwilligersvergoeding (geen loon)."),
         _("Grens bereikt: in een maand van de periode was de vergoeding hier plus elders opgegeven "
           "vergoedingen gelijk aan of boven de maandgrens, of in een kalenderjaar boven de jaargrens.")),
        tables=(table,),
        figures=(Figure("paid_cents", _("Vergoeding betaald"), figures["paid_cents"], CENTS, people,
                        cell=("compensation", 0, "value")),
                 Figure("average_cents", _("Gemiddelde vergoeding per deelnemer"), figures["average_cents"],
                        CENTS, people, cell=("compensation", 2, "value")),
                 Figure("capped", _("Deelnemers die een grens bereikten"), capped, COUNT, capped,
                        cell=("compensation", 3, "value"))),
    )


SECTION = Section("compensation", ("activity",), build)
