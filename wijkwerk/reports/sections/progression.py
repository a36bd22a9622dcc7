"""Section 'Ontwikkeling' (progression): ladder movement, starting steps, certificates and skills gained."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.disclosure import Rule
from wijkwerk.reports.loaders_progression import Progression
from wijkwerk.reports.metrics import progression
from wijkwerk.reports.model import COUNT, TEXT, Chart, Column, Figure, Link, ReportTable, Section, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels

PEOPLE_WITH_TOTAL = Rule(people=("people",), additive=("people",), total_row=True)


def _direction(key: str) -> str:
    return {"up": _("Minstens één trede omhoog"), "same": _("Gelijk gebleven"), "down": _("Omlaag"),
            "total": labels.total()}[key]


def _step(key: str) -> str:
    return labels.total() if key == "total" else _("Trede %(n)s", n=key)


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Progression = frames["progression"]
    movement = progression.ladder_movement(data.ladder, report.start, report.end)
    starting = progression.starting_steps(data.ladder, report.start, report.end)
    certificates, level_ups = progression.gained(data.certificates), progression.gained(data.level_ups)
    moved_up = movement.filter(pl.col("direction") == "up")["people"][0]
    tables = (
        ReportTable("ladder_movement", _("Beweging op de participatieladder"),
                    (Column("direction", _("Beweging"), TEXT), Column("people", _("Deelnemers"))),
                    movement.drop("steps").with_columns(pl.col("direction").map_elements(_direction, return_dtype=pl.Utf8)),
                    PEOPLE_WITH_TOTAL,
                    # Per period (not a sum of months), adding up over neighbourhoods and directions.
                    links=(Link.by_category("ladder_movement", ("people",), movement["direction"].to_list()),)),
        ReportTable("ladder_start", _("Startpositie op de participatieladder"),
                    (Column("step", _("Trede"), TEXT), Column("people", _("Deelnemers"))),
                    starting.with_columns(pl.col("step").map_elements(_step, return_dtype=pl.Utf8)), PEOPLE_WITH_TOTAL,
                    links=(Link.by_category("ladder_start", ("people",), starting["step"].to_list()),)),
    )
    return SectionResult(
        "progression", _("Ontwikkeling"),
        (_("Beweging: per deelnemer de trede bij de laatste meting vóór of op de begindatum (anders de eerste "
           "in de periode) tegenover de laatste meting tot en met de einddatum. Wie maar één meting heeft, "
           "telt niet mee."),
         _("Certificaten: behaald in de periode. Vaardigheden: door een begeleider bevestigde stap omhoog.")),
        tables=tables,
        charts=(Chart("chart_ladder", _("Beweging op de participatieladder"), "ladder_movement", "direction",
                      "people"),),
        figures=(Figure("ladder_up", _("Deelnemers minstens één trede omhoog"), moved_up, COUNT, moved_up,
                        cell=("ladder_movement", 0, "people")),
                 # No table holds these: they follow their family's figure for the whole report.
                 Figure("certificates", _("Certificaten behaald"), certificates["count"], COUNT,
                        certificates["people"], family="certificates"),
                 Figure("level_ups", _("Vaardigheden een stap omhoog"), level_ups["count"], COUNT,
                        level_ups["people"], family="level_ups")),
    )


SECTION = Section("progression", ("progression",), build)
