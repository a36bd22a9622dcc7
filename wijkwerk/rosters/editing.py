"""Manager edits on a draft roster, each guarded by the roster's lock version.

Every edit first bumps the lock version with one conditional UPDATE: if another manager
changed the roster since this page was loaded, nothing happens and the manager is told.
"""

from __future__ import annotations

import json

from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.rosters import versions
from wijkwerk.rosters.checking import check_edit, report_for
from wijkwerk.rosters.publishing import stale_version
from wijkwerk.rosters.queries import as_ids, pairs_of
from wijkwerk.rosters.solving import build_problem
from wijkwerk.shifts.weeks import week_range_utc
from wijkwerk.tables import Assignment, Roster, Shift, Worker
from wijkwerk.tables.enums import RosterStatus, WorkerStatus


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


async def _editable(roster_id: int, lock_version: int) -> dict:
    """The draft as the manager saw it; refuse early (before the costly rule check) if it moved on."""
    roster = await _roster(roster_id)
    if roster is None or roster["status"] != RosterStatus.draft.value:
        await _claim(roster_id, lock_version)  # raises the "only a draft" message
    if roster["lock_version"] != lock_version:
        stale_version()
    return roster


async def _commit(roster_id: int, lock_version: int, write) -> None:
    """Claim the lock and write, in one transaction. The rule check ran before this on the same
    state: any change in between would have bumped the lock, and the claim then fails."""
    async with write_transaction():
        await _claim(roster_id, lock_version)
        await write()


async def toggle_pin(roster_id: int, assignment_id: int, lock_version: int) -> bool:
    await _editable(roster_id, lock_version)
    row = await _assignment(roster_id, assignment_id)
    await _commit(roster_id, lock_version, lambda: Assignment.update(
        {Assignment.pinned: not row["pinned"]}).where(Assignment.id == assignment_id))
    return not row["pinned"]


async def _checked(roster: dict, after_change, reason: str) -> tuple[str, str]:
    """Check the edit; refuse it, or accept it (with the manager's reason for overriding).

    Returns the override text ("" when no rule is broken) and the refreshed review report as
    JSON, so the review page shows the hours and cover of the roster as edited.
    """
    before = as_ids(await pairs_of(roster["id"]))
    problem = await build_problem(roster["iso_year"], roster["iso_week"], pins_from=roster["id"])
    after = after_change(before)
    result = check_edit(problem, before, after)
    report = json.dumps(report_for(problem, after), default=str)
    if result.ok:
        return "", report
    errors = Errors(status_code=422)
    words = "; ".join(result.messages())
    if not result.overridable:
        errors.add("rule", "blocked", _("Dit kan niet: %(problems)s.", problems=words))
    elif not reason.strip():
        errors.add("reason", "reason_required",
                   _("Dit breekt een regel: %(problems)s. Geef een reden als u het toch wilt.", problems=words))
    errors.raise_if_any()
    return f"{words} — {reason.strip()[:500]}", report


async def _roster(roster_id: int) -> dict | None:
    return await Roster.select().where(Roster.id == roster_id).first()


def _note(roster: dict, line: str) -> str:
    return (roster["note"] + "\n" if roster["note"] else "") + line


async def unassign(roster_id: int, assignment_id: int, lock_version: int, reason: str = "") -> None:
    roster = await _editable(roster_id, lock_version)
    row = await _assignment(roster_id, assignment_id)
    pair = (str(row["worker"]), str(row["shift"]))
    override, report = await _checked(roster, lambda pairs: pairs - {pair}, reason)

    async def write():
        await Assignment.delete().where(Assignment.id == assignment_id)
        await Roster.update({Roster.solver_report: report}).where(Roster.id == roster_id)
        if override:
            await Roster.update({Roster.note: _note(roster, f"weggehaald ondanks: {override}")}).where(
                Roster.id == roster_id)

    await _commit(roster_id, lock_version, write)


async def assign(roster_id: int, shift_id: int, worker_id: int, lock_version: int, reason: str = "") -> None:
    roster = await _editable(roster_id, lock_version)
    await _require_in_week(roster, shift_id, worker_id)
    pair = (str(worker_id), str(shift_id))
    override, report = await _checked(roster, lambda pairs: pairs | {pair}, reason)

    async def write():
        await Assignment.insert(Assignment(roster=roster_id, shift=shift_id, worker=worker_id,
                                           override_reason=override))
        await Roster.update({Roster.solver_report: report}).where(Roster.id == roster_id)

    await _commit(roster_id, lock_version, write)


async def swap(roster_id: int, first_id: int, second_id: int, lock_version: int, reason: str = "") -> None:
    """Exchange the people of two assignments (each takes the other's shift)."""
    roster = await _editable(roster_id, lock_version)
    first, second = await _assignment(roster_id, first_id), await _assignment(roster_id, second_id)
    old = {(str(first["worker"]), str(first["shift"])), (str(second["worker"]), str(second["shift"]))}
    new = {(str(first["worker"]), str(second["shift"])), (str(second["worker"]), str(first["shift"]))}
    override, report = await _checked(roster, lambda pairs: (pairs - old) | new, reason)

    async def write():
        await Roster.update({Roster.solver_report: report}).where(Roster.id == roster_id)
        await Assignment.update({Assignment.worker: second["worker"], Assignment.pinned: False,
                                 Assignment.override_reason: override}).where(Assignment.id == first_id)
        await Assignment.update({Assignment.worker: first["worker"], Assignment.pinned: False,
                                 Assignment.override_reason: override}).where(Assignment.id == second_id)

    await _commit(roster_id, lock_version, write)


async def _require_in_week(roster: dict, shift_id: int, worker_id: int) -> None:
    errors = Errors()
    start, end = week_range_utc(roster["iso_year"], roster["iso_week"])
    shift = await Shift.select(Shift.starts_at, Shift.cancelled).where(Shift.id == shift_id).first()
    if shift is None or shift["cancelled"] or not start <= shift["starts_at"] < end:
        errors.add("shift", "not_in_week", _("Deze dienst hoort niet bij deze week."))
    worker = await Worker.select(Worker.status).where(Worker.id == worker_id).first()
    if worker is None or worker["status"] != WorkerStatus.active.value:
        errors.add("worker", "not_active", _("Alleen actieve deelnemers kunnen worden ingeroosterd."))
    if not errors.items and await Assignment.exists().where(
            Assignment.roster == roster["id"], Assignment.shift == shift_id, Assignment.worker == worker_id):
        errors.add("worker", "duplicate", _("Deze deelnemer staat al op deze dienst."))
    errors.raise_if_any()


async def new_draft_from(roster_id: int) -> int:
    """A new draft version that starts as a copy of this one (e.g. to change a published week)."""
    async with write_transaction():
        source = await Roster.select().where(Roster.id == roster_id).first()
        if source is None:
            errors = Errors(status_code=404)
            errors.not_found("roster")
            errors.raise_if_any()
        created = await versions.new_version(source["iso_year"], source["iso_week"], source["solver_report"],
                                             note=f"kopie van versie {source['version']}")
        rows = await Assignment.select().where(Assignment.roster == roster_id)
        if rows:
            await Assignment.insert(*[Assignment(
                roster=created, shift=r["shift"], worker=r["worker"], pinned=r["pinned"], role=r["role"],
                override_reason=r["override_reason"]) for r in rows])
    return created
