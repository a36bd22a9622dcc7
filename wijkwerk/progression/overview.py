"""Everything about one worker's progression in one typed context: the page and the printable review."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.outflow.services import worker_outflow
from wijkwerk.progression import goals, measurements
from wijkwerk.progression.certificates import expiring_certificates
from wijkwerk.progression.instruments import label, list_instruments
from wijkwerk.progression.reliability import Reliability, reliability
from wijkwerk.progression.suggestions import Suggestion, decisions, level_up_suggestions
from wijkwerk.resident.progress import worked_so_far
from wijkwerk.workers import skills, services


@dataclass
class ProgressionPage:
    worker: dict
    today: date
    timeline: list[dict]
    last_measured_on: date | None
    stale: bool
    goals: list[dict]
    skills: list[dict]
    certificates: list[dict]
    suggestions: list[Suggestion]
    decisions: list[dict]
    reliability: list[Reliability]
    worked: dict
    level_options: list[tuple[str, list[tuple[str, str]]]]
    outflow: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)
    saved: bool = False


def goal_labels() -> dict[str, str]:
    return {"open": _("Loopt"), "achieved": _("Gehaald"), "dropped": _("Gestopt")}


async def level_options() -> list[tuple[str, list[tuple[str, str]]]]:
    """Measurement choices grouped per instrument dimension; values are "dimension:rank"."""
    groups = []
    for instrument in await list_instruments():
        for dimension in instrument["dimensions"]:
            title = f"{label(instrument['name'])} · {label(dimension['name'])}"
            groups.append((title, [(f"{dimension['id']}:{level['rank']}", f"{level['rank']}. {label(level['name'])}")
                                   for level in dimension["levels"]]))
    return groups


async def build_page(worker_id: int, today: date) -> ProgressionPage | None:
    worker = await services.get_worker_row(worker_id)
    if worker is None:
        return None
    rows = await measurements.list_measurements(worker_id)
    held = await skills.list_skills(worker_id)
    for skill in held:  # by the service clock, so the page and the warning list agree
        skill["certificate_state"] = skills.certificate_state(skill["certificate_expires_on"], today)
    last = rows[0]["measured_on"] if rows else None
    return ProgressionPage(
        worker=worker, today=today, timeline=measurements.timeline(rows), last_measured_on=last,
        stale=measurements.is_stale(last, today), goals=await goals.list_goals(worker_id),
        skills=held, certificates=await expiring_certificates(today, worker_id),
        suggestions=await level_up_suggestions(worker_id), decisions=await decisions(worker_id),
        reliability=await reliability(worker_id, today), worked=await worked_so_far(worker_id, today.year),
        level_options=await level_options(), outflow=await worker_outflow(worker_id),
    )
