"""A resident's published shifts for this week and next: only their own, teammates by first name."""

from __future__ import annotations

from datetime import date, timedelta

from wijkwerk.shifts.weeks import iso_week_of, week_range_utc
from wijkwerk.tables import Assignment
from wijkwerk.tables.enums import RosterStatus


async def my_shifts(worker_id: int, today: date) -> list[dict]:
    """Published assignments from this week's Monday up to the end of next week."""
    start, _ = week_range_utc(*iso_week_of(today))
    _, end = week_range_utc(*iso_week_of(today + timedelta(days=7)))
    rows = await Assignment.select(
        Assignment.roster, Assignment.shift, Assignment.role,
        Assignment.shift.starts_at.as_alias("starts_at"), Assignment.shift.ends_at.as_alias("ends_at"),
        Assignment.shift.note.as_alias("note"), Assignment.shift.job.title.as_alias("title"),
        Assignment.shift.job.meeting_point.as_alias("meeting_point"), Assignment.shift.job.address.as_alias("address"),
        Assignment.shift.job.what_to_bring.as_alias("what_to_bring"),
        Assignment.shift.job.supervisor_name.as_alias("supervisor_name"),
        Assignment.shift.job.supervisor_phone.as_alias("supervisor_phone"),
    ).where(
        Assignment.worker == worker_id, Assignment.roster.status == RosterStatus.published.value,
        Assignment.shift.cancelled.eq(False), Assignment.shift.starts_at >= start, Assignment.shift.starts_at < end,
    ).order_by(Assignment.shift.starts_at)
    teammates = await Assignment.select(
        Assignment.roster, Assignment.shift, Assignment.worker.first_name.as_alias("first_name"),
    ).where(
        Assignment.roster.is_in(sorted({r["roster"] for r in rows}) or [-1]),
        Assignment.shift.is_in([r["shift"] for r in rows] or [-1]), Assignment.worker != worker_id,
    )
    for row in rows:
        # First names only: a resident sees who they work with, nothing more (privacy).
        row["teammates"] = sorted(t["first_name"] for t in teammates
                                  if t["roster"] == row["roster"] and t["shift"] == row["shift"])
    return rows
