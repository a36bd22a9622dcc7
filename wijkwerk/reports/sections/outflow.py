"""Section 'Uitstroom' (outflow): exits by kind, placement rate (IRIS+ PI3527) and lasting outflow."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.disclosure import Rule
from wijkwerk.reports.loaders import Activity
from wijkwerk.reports.loaders_outflow import Outflow
from wijkwerk.reports.metrics import outflow
from wijkwerk.reports.model import COUNT, PERCENT, TEXT, Column, Figure, Link, ReportTable, Section, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels


# "Asked minus still working" is a group as well: its helper column `not_confirmed` (not shown)
# is suppressed like any count, and then "yes" is hidden with it, or due − yes would show it.
LASTING_RULE = Rule(people=("due", "yes", "not_confirmed"),
                    follows={"yes": "due", "not_confirmed": "due", "percent": "yes"},
                    parts=("yes", "not_confirmed"), whole="due")


def _kind(key: str) -> str:
    return {"job": _("Regulier werk"), "education": _("Opleiding"), "other_benefit": _("Andere uitkering"),
            "moved": _("Verhuisd"), "unknown": _("Onbekend"), "total": labels.total()}[key]


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Outflow = frames["outflow"]
    activity: Activity = frames["activity"]
    placed = outflow.placement(data.exits, activity.work["worker"])
    lasting = outflow.lasting(data.follow_ups, data.today)
    exits = outflow.exits_by_kind(data.exits)
    tables = (
        ReportTable("outflow_kind", _("Uitstroom naar soort"),
                    (Column("kind", _("Soort uitstroom"), TEXT), Column("exits", _("Deelnemers"))),
                    exits.with_columns(pl.col("kind").map_elements(_kind, return_dtype=pl.Utf8)),
                    Rule(people=("exits",), additive=("exits",), total_row=True),
                    links=(Link.by_category("exits", ("exits",), exits["kind"].to_list()),)),
        ReportTable("outflow_lasting", _("Duurzame uitstroom naar werk"),
                    (Column("weeks", _("Weken na uitstroom"), TEXT), Column("due", _("Nagevraagd")),
                     Column("yes", _("Nog aan het werk, geen uitkering")), Column("percent", _("Aandeel"), PERCENT)),
                    lasting.with_columns(pl.col("weeks").cast(pl.Utf8)), LASTING_RULE,
                    # Follow-ups add up over months and neighbourhoods; the rule above hides "yes"
                    # along with a hidden "due" or "not confirmed", as it does within the table.
                    links=tuple(Link(f"lasting_{column}", (column,), tuple((None, str(weeks)) for weeks in
                                                                           lasting["weeks"].to_list()))
                                for column in ("due", "yes", "not_confirmed"))),
    )
    return SectionResult(
        "outflow", _("Uitstroom"),
        (_("Plaatsingsgraad (IRIS+ PI3527): deelnemers die in de periode uitstroomden naar regulier werk, als "
           "percentage van iedereen die in de periode meedeed of uitstroomde."),
         _("Duurzame uitstroom: van de navragen na 26 en 52 weken die in de periode vielen, het aandeel dat nog "
           "werkt en geen uitkering heeft. Niet beantwoord of niet bereikt telt als niet bevestigd.")),
        tables=tables,
        # Both figures follow the "job" cell of the kind table (row 0): hidden there, hidden here.
        figures=(Figure("placed", _("Uitgestroomd naar regulier werk"), placed["placed"], COUNT, placed["placed"],
                        cell=("outflow_kind", 0, "exits")),
                 *((Figure("placement_rate", _("Plaatsingsgraad (IRIS+ PI3527)"), placed["percent"], PERCENT,
                           placed["placed"], cell=("outflow_kind", 0, "exits")),)
                   if placed["percent"] is not None else ())),
    )


SECTION = Section("outflow", ("activity", "outflow"), build)
