"""A resident's published shifts for this week and next: only their own, teammates by first name."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from wijkwerk.shifts.weeks import iso_week_of, week_range_utc
from wijkwerk.tables import AbsenceReport, Assignment, Roster, Shift
from wijkwerk.tables.enums import RosterStatus


# Piccolo builds a join chain such as Assignment.shift.job.title anew on every attribute access,
# and on this page that cost more than the queries (docs/BENCHMARKS.md, "Resident page load").
# The chains are built once, here; queries only read them.
_SHIFT_FIELDS = (
    Assignment.shift.starts_at.as_alias("starts_at"), Assignment.shift.ends_at.as_alias("ends_at"),
    Assignment.shift.note.as_alias("note"), Assignment.shift.job.title.as_alias("title"),
    Assignment.shift.job.meeting_point.as_alias("meeting_point"), Assignment.shift.job.address.as_alias("address"),
    Assignment.shift.job.what_to_bring.as_alias("what_to_bring"),
    Assignment.shift.job.supervisor_name.as_alias("supervisor_name"),
    Assignment.shift.job.supervisor_phone.as_alias("supervisor_phone"),
)
_ROSTER_STATUS = Assignment.roster.status
_CANCELLED = Assignment.shift.cancelled
_STARTS_AT = Assignment.shift.starts_at
_FIRST_NAME = Assignment.worker.first_name.as_alias("first_name")


async def my_shifts(worker_id: int, today: date) -> list[dict]:
    """Published assignments from this week's Monday up to the end of next week."""
    start, _ = week_range_utc(*iso_week_of(today))
    _, end = week_range_utc(*iso_week_of(today + timedelta(days=7)))
    rows = await Assignment.select(
        Assignment.id, Assignment.roster, Assignment.shift, Assignment.role, *_SHIFT_FIELDS,
    ).where(
        Assignment.worker == worker_id, _ROSTER_STATUS == RosterStatus.published.value,
        _CANCELLED.eq(False), _STARTS_AT >= start, _STARTS_AT < end,
    ).order_by(_STARTS_AT)
    teammates = await Assignment.select(Assignment.roster, Assignment.shift, _FIRST_NAME).where(
        Assignment.roster.is_in(sorted({r["roster"] for r in rows}) or [-1]),
        Assignment.shift.is_in([r["shift"] for r in rows] or [-1]), Assignment.worker != worker_id,
    )
    reported = {r["assignment"] for r in await AbsenceReport.select(AbsenceReport.assignment).where(
        AbsenceReport.assignment.is_in([r["id"] for r in rows] or [-1]))}
    for row in rows:
        row["reported_absent"] = row["id"] in reported
        row["changed"] = False  # mark_changes sets it when the resident's last visit is known
        # First names only: a resident sees who they work with, nothing more (privacy).
        row["teammates"] = sorted(t["first_name"] for t in teammates
                                  if t["roster"] == row["roster"] and t["shift"] == row["shift"])
    return rows


async def _seen_pairs(worker_id: int, roster_ids: set[int], seen_at: datetime) -> dict[int, set[tuple[int, int]]]:
    """For each published roster: the resident's own (worker, shift) pairs in the version they
    last saw, i.e. the newest version of that week published before their last visit. Only
    their own rows are read: a week's roster holds thousands of other people's."""
    seen: dict[int, set[tuple[int, int]]] = {}
    for roster in await Roster.select(Roster.id, Roster.iso_year, Roster.iso_week).where(
            Roster.id.is_in(sorted(roster_ids) or [-1])):
        earlier = await Roster.select(Roster.id).where(
            Roster.iso_year == roster["iso_year"], Roster.iso_week == roster["iso_week"],
            Roster.published_at.is_not_null(), Roster.published_at <= seen_at,
        ).order_by(Roster.published_at, ascending=False).first()
        if earlier:
            seen[roster["id"]] = {(r["worker"], r["shift"]) for r in await Assignment.select(
                Assignment.worker, Assignment.shift).where(Assignment.roster == earlier["id"],
                                                           Assignment.worker == worker_id)}
    return seen


async def published_since(seen_at: datetime | None) -> bool:
    """Whether any roster was published after the resident's last visit (or they never came):
    only then can the highlights differ, so only then is their visit worth writing down."""
    if seen_at is None:
        return True
    return await Roster.exists().where(Roster.published_at.is_not_null(), Roster.published_at > seen_at)


async def mark_changes(worker_id: int, rows: list[dict], seen_at: datetime | None) -> list[dict]:
    """Flag shifts that are new since the resident last looked; return shifts they lost since then."""
    for row in rows:
        row["changed"] = False
    if seen_at is None:
        return []  # a first visit: everything is new, nothing needs highlighting
    previous = await _seen_pairs(worker_id, {row["roster"] for row in rows}, seen_at)
    for row in rows:
        row["changed"] = row["roster"] in previous and (worker_id, row["shift"]) not in previous[row["roster"]]
    lost_ids = [shift for roster_id, pairs in previous.items() for worker, shift in pairs
                if worker == worker_id and not any(r["shift"] == shift and r["roster"] == roster_id for r in rows)]
    if not lost_ids:
        return []
    return await Shift.select(Shift.id, Shift.starts_at, Shift.job.title.as_alias("title")).where(
        Shift.id.is_in(lost_ids)).order_by(Shift.starts_at)
