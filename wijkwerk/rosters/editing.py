"""Manager edits on a draft roster, each guarded by the roster's lock version.

Every edit first bumps the lock version with one conditional UPDATE: if another manager
changed the roster since this page was loaded, nothing happens and the manager is told.
"""

from __future__ import annotations

from datetime import datetime, timezone

from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.rosters import versions
from wijkwerk.rosters.publishing import stale_version
from wijkwerk.tables import Assignment, Roster
from wijkwerk.tables.enums import RosterStatus


async def _claim(roster_id: int, lock_version: int) -> None:
    """Bump the lock of a draft; refuse a published roster or a stale page."""
    roster = await Roster.select(Roster.status).where(Roster.id == roster_id).first()
    if roster is None or roster["status"] != RosterStatus.draft.value:
        errors = Errors(status_code=409)
        errors.add("status", "not_draft", _("Alleen een concept kan worden aangepast. Maak eerst een nieuw concept."))
        errors.raise_if_any()
    bumped = await Roster.update({Roster.lock_version: lock_version + 1}).where(
        Roster.id == roster_id, Roster.lock_version == lock_version).returning(Roster.id)
    if not bumped:
        stale_version()


async def _assignment(roster_id: int, assignment_id: int) -> dict:
    row = await Assignment.select().where(Assignment.id == assignment_id, Assignment.roster == roster_id).first()
    if row is None:
        errors = Errors(status_code=404)
        errors.not_found("assignment")
        errors.raise_if_any()
    return row


async def toggle_pin(roster_id: int, assignment_id: int, lock_version: int) -> bool:
    async with write_transaction():
        await _claim(roster_id, lock_version)
        row = await _assignment(roster_id, assignment_id)
        await Assignment.update({Assignment.pinned: not row["pinned"]}).where(Assignment.id == assignment_id)
    return not row["pinned"]


async def unassign(roster_id: int, assignment_id: int, lock_version: int) -> None:
    async with write_transaction():
        await _claim(roster_id, lock_version)
        await _assignment(roster_id, assignment_id)
        await Assignment.delete().where(Assignment.id == assignment_id)


async def new_draft_from(roster_id: int) -> int:
    """A new draft version that starts as a copy of this one (e.g. to change a published week)."""
    async with write_transaction():
        source = await Roster.select().where(Roster.id == roster_id).first()
        if source is None:
            errors = Errors(status_code=404)
            errors.not_found("roster")
            errors.raise_if_any()
        newest = await versions.latest(source["iso_year"], source["iso_week"])
        created = await Roster.insert(Roster(
            iso_year=source["iso_year"], iso_week=source["iso_week"], version=newest["version"] + 1,
            status=RosterStatus.draft.value, created_at=datetime.now(timezone.utc),
            solver_report=source["solver_report"], note=f"kopie van versie {source['version']}",
        )).returning(Roster.id)
        rows = await Assignment.select().where(Assignment.roster == roster_id)
        if rows:
            await Assignment.insert(*[Assignment(
                roster=created[0]["id"], shift=r["shift"], worker=r["worker"], pinned=r["pinned"], role=r["role"],
                override_reason=r["override_reason"]) for r in rows])
    return created[0]["id"]
