"""Roster versions of a week: the latest draft and published ones, and storing a solver result."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from wijkwerk.common.transactions import write_transaction
from wijkwerk.tables import Assignment, Roster
from wijkwerk.tables.enums import AssignmentRole, RosterStatus


async def latest(iso_year: int, iso_week: int, status: RosterStatus | None = None) -> dict | None:
    query = Roster.select().where(Roster.iso_year == iso_year, Roster.iso_week == iso_week)
    if status is not None:
        query = query.where(Roster.status == status.value)
    return await query.order_by(Roster.version, ascending=False).first()


def _role(worker_skills: dict[str, str], shift_needs: dict[str, int]) -> AssignmentRole:
    """Learner when they learn a skill the shift needs; mentor when they can teach one.
    `worker_skills` holds the optimiser's level names (rosters/solving.py LEVEL: can_teach -> teaching)."""
    levels = {worker_skills.get(skill) for skill in shift_needs}
    if "learning" in levels:
        return AssignmentRole.learner
    if "teaching" in levels:
        return AssignmentRole.mentor
    return AssignmentRole.worker


async def new_version(iso_year: int, iso_week: int, solver_report: str, note: str = "") -> int:
    """Insert the week's next version as a draft (call inside a write transaction)."""
    newest = await latest(iso_year, iso_week)
    rows = await Roster.insert(Roster(
        iso_year=iso_year, iso_week=iso_week, version=(newest["version"] + 1) if newest else 1,
        status=RosterStatus.draft.value, created_at=datetime.now(timezone.utc), solver_report=solver_report,
        note=note,
    )).returning(Roster.id)
    return rows[0]["id"]


async def store_draft(iso_year: int, iso_week: int, assignments: list[tuple[str, str]],
                      pins: set[tuple[str, str]], report: dict, skills_of: dict[str, dict[str, str]],
                      needs_of: dict[str, dict[str, int]]) -> int:
    """Save the solver's roster as the week's newest draft version, all at once."""
    async with write_transaction():
        roster_id = await new_version(iso_year, iso_week, json.dumps(report, default=str))
        if assignments:
            await Assignment.insert(*[
                Assignment(roster=roster_id, shift=int(shift), worker=int(worker),
                           pinned=(worker, shift) in pins,
                           role=_role(skills_of.get(worker, {}), needs_of.get(shift, {})).value)
                for worker, shift in assignments
            ])
    return roster_id
