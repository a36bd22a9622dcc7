"""Section 'Bereik' (reach): unique participants, new intakes and starting position by benefit type."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.disclosure import BENEFIT_THRESHOLD, PEOPLE_THRESHOLD, Rule
from wijkwerk.reports.loaders import Activity
from wijkwerk.reports.metrics import reach
from wijkwerk.reports.model import COUNT, TEXT, Column, Figure, Link, ReportTable, Section, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Activity = frames["activity"]
    by_benefit = reach.by_benefit_type(data.workers, data.work, report.start, report.end)
    people = reach.participants(data.work)
    intakes = reach.new_intakes(data.workers, report.start, report.end).height
    codes = by_benefit["benefit_type"].to_list()
    table = ReportTable(
        "reach_benefit", _("Startpositie naar uitkeringssoort"),
        (Column("benefit_type", _("Uitkering"), TEXT), Column("participants", _("Deelnemers")),
         Column("intakes", _("Nieuwe instroom"))),
        by_benefit.with_columns(pl.col("benefit_type").map_elements(labels.benefit, return_dtype=pl.Utf8)),
        # The total row is not broken down by benefit type, so the general threshold applies to it.
        Rule(people=("participants", "intakes"), threshold=BENEFIT_THRESHOLD, total_threshold=PEOPLE_THRESHOLD,
             additive=("participants", "intakes"), total_row=True),
        _("Groepen van minder dan 10 personen worden bij uitkeringssoort niet getoond."),
        (Link.by_category("reach_people", ("participants",), codes),
         Link.by_category("intakes", ("intakes",), codes)),
    )
    return SectionResult(
        "reach", _("Bereik"),
        (_("Deelnemers: bewoners die in de periode minstens één dienst gewerkt hebben (aanwezig)."),
         _("Nieuwe instroom: bewoners met een startdatum in de periode."),
         _("Uitkeringssoort: zoals nu vastgelegd bij de deelnemer.")),
        tables=(table,),
        figures=(Figure("participants", _("Unieke deelnemers"), people, COUNT, people,
                        cell=("reach_benefit", by_benefit.height - 1, "participants")),
                 Figure("intakes", _("Nieuwe instroom"), intakes, COUNT, intakes,
                        cell=("reach_benefit", by_benefit.height - 1, "intakes"))),
    )


SECTION = Section("reach", ("activity",), build)
