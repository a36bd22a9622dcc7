"""Publishing a draft: it becomes the week's roster residents see; the changes per worker are kept.

Publishing and edits use optimistic concurrency: the form carries the roster's lock_version,
and a second manager working from an older page gets a clear "changed by someone else".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone

from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.rosters.capcheck import cap_crossings
from wijkwerk.rosters.outbox import queue_roster_changes
from wijkwerk.rosters.queries import pairs_of
from wijkwerk.tables import AbsenceReport, Assignment, Attendance, Roster
from wijkwerk.tables.enums import RosterStatus


@dataclass
class WorkerChanges:
    added: list[int] = field(default_factory=list)  # shift ids
    removed: list[int] = field(default_factory=list)


def stale_version() -> None:
    errors = Errors(status_code=409)
    errors.add("lock_version", "stale", _("Iemand anders heeft dit rooster intussen veranderd. Laad de pagina opnieuw."))
    errors.raise_if_any()


async def changes_between(old_roster: int | None, new_roster: int) -> dict[int, WorkerChanges]:
    """Per worker: shifts gained and lost between two versions of a week."""
    new, old = await pairs_of(new_roster), await pairs_of(old_roster)
    changes: dict[int, WorkerChanges] = defaultdict(WorkerChanges)
    for worker, shift in sorted(new - old):
        changes[worker].added.append(shift)
    for worker, shift in sorted(old - new):
        changes[worker].removed.append(shift)
    return dict(changes)


async def publish(roster_id: int, lock_version: int) -> dict[int, WorkerChanges]:
    """Make the draft the published roster; return what changed for whom."""
    async with write_transaction():
        roster = await Roster.select().where(Roster.id == roster_id).first()
        if roster is None or roster["status"] != RosterStatus.draft.value:
            errors = Errors(status_code=409)
            errors.add("status", "not_draft", _("Alleen een concept kan gepubliceerd worden."))
            errors.raise_if_any()
        crossings = await cap_crossings(roster)
        if crossings:
            errors = Errors(status_code=409)
            errors.add("caps", "cap_crossed", _("Niet gepubliceerd: dan komt %(who)s boven de vergoedingsgrens.",
                                                 who=", ".join(f"{c['name']} ({c['period']})" for c in crossings)))
            errors.raise_if_any()
        # The lock check and the bump are one UPDATE, so two publishers cannot both win.
        bumped = await Roster.update({
            Roster.status: RosterStatus.published.value, Roster.published_at: datetime.now(timezone.utc),
            Roster.lock_version: lock_version + 1,
        }).where(Roster.id == roster_id, Roster.lock_version == lock_version).returning(Roster.id)
        if not bumped:
            stale_version()
        previous = await Roster.select(Roster.id).where(
            Roster.iso_year == roster["iso_year"], Roster.iso_week == roster["iso_week"],
            Roster.status == RosterStatus.published.value, Roster.id != roster_id,
        ).order_by(Roster.version, ascending=False).first()
        changes = await changes_between(previous["id"] if previous else None, roster_id)
        # Every other version of the week (older drafts, the old published one) is now history.
        # The old published version and older drafts are now history; a newer draft stays a draft.
        same_week = (Roster.iso_year == roster["iso_year"], Roster.iso_week == roster["iso_week"])
        await Roster.update({Roster.status: RosterStatus.superseded.value}).where(
            *same_week, Roster.id != roster_id,
            (Roster.status == RosterStatus.published.value)
            | ((Roster.status == RosterStatus.draft.value) & (Roster.version < roster["version"])))
        await carry_over_records(roster)
        await queue_roster_changes(roster, changes)
    return changes


async def carry_over_records(roster: dict) -> None:
    """Attendance and absence reports belong to a person on a shift: move them onto the new version."""
    current = {(r["worker"], r["shift"]): r["id"] for r in await Assignment.select(
        Assignment.id, Assignment.worker, Assignment.shift).where(Assignment.roster == roster["id"])}
    for table in (Attendance, AbsenceReport):
        older = await table.select(
            table.id, table.assignment.worker.as_alias("worker"), table.assignment.shift.as_alias("shift"),
        ).where(table.assignment.roster.iso_year == roster["iso_year"],
                table.assignment.roster.iso_week == roster["iso_week"],
                table.assignment.roster != roster["id"])
        for row in older:
            target = current.get((row["worker"], row["shift"]))
            if target is not None and not await table.exists().where(table.assignment == target):
                await table.update({table.assignment: target}).where(table.id == row["id"])
