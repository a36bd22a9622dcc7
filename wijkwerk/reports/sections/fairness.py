"""Section 'Eerlijk rooster' (roster fairness): hours received against each resident's target."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.disclosure import PEOPLE_THRESHOLD, PERCENTILE_THRESHOLD, Rule
from wijkwerk.reports.loaders import Activity
from wijkwerk.reports.metrics import fairness
from wijkwerk.reports.model import PERCENT, TEXT, Chart, Column, Figure, Link, ReportTable, Section, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels


def _band(key: str) -> str:
    return {"under_50": _("minder dan 50%"), "50_80": _("50% tot 80%"), "80_120": _("80% tot 120%"),
            "over_120": _("120% of meer"), "total": labels.total()}[key]


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Activity = frames["activity"]
    shares = fairness.share_of_target(data.work, data.workers, report.start, report.end)
    spread = fairness.spread(shares)
    bands = fairness.distribution(shares)
    table = ReportTable(
        "fairness", _("Uren tegenover streefuren"),
        (Column("band", _("Gekregen uren als deel van streefuren"), TEXT), Column("people", _("Deelnemers"))),
        bands.with_columns(pl.col("band").map_elements(_band, return_dtype=pl.Utf8)),
        Rule(people=("people",), additive=("people",), total_row=True),
        # People per band in a period (not a sum of months), adding up over neighbourhoods and bands.
        links=(Link.by_category("fairness", ("people",), bands["band"].to_list()),))
    # The median needs a group of 5; the 10th and 90th percentiles need 10, or they are the
    # lowest and highest person's own value.
    needed = {"median": PEOPLE_THRESHOLD, "p10": PERCENTILE_THRESHOLD, "p90": PERCENTILE_THRESHOLD}
    figures = tuple(
        Figure(key, label, spread[key], PERCENT, shares.height) for key, label in
        (("median", _("Mediaan gekregen uren t.o.v. streefuren")), ("p10", _("10e percentiel")),
         ("p90", _("90e percentiel"))) if shares.height >= needed[key] and spread[key] is not None)
    return SectionResult(
        "fairness", _("Eerlijk rooster"),
        (_("Per deelnemer met streefuren: gewerkte uren als percentage van streefuren per week × weken "
           "in de periode sinds de startdatum. Wie geen uren kreeg telt mee als 0%."),
         _("De mediaan staat er vanaf 5 deelnemers, het 10e en 90e percentiel vanaf 10 deelnemers; nooit "
           "de laagste of hoogste waarde zelf.")),
        tables=(table,),
        charts=(Chart("chart_fairness", _("Deelnemers naar gekregen uren t.o.v. streefuren"), "fairness",
                      "band", "people"),),
        figures=figures,
    )


SECTION = Section("fairness", ("activity",), build)
