"""Shared helpers of the progression and outflow tests: a fixed clock and the ladder's dimension."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from wijkwerk import clock
from wijkwerk.tables import ProgressionDimension


def set_today(monkeypatch, day: date) -> None:
    """Fix the service clock at noon UTC on `day` (the one mock the brief allows)."""
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(day, time(12), timezone.utc))


async def ladder_dimension() -> int:
    row = await ProgressionDimension.select(ProgressionDimension.id).where(
        ProgressionDimension.instrument.is_default.eq(True)).first()
    return row["id"]


async def make_worked_shift(starts_at: datetime, crew: list[tuple[int, str]], skill_id: int | None = None) -> int:
    """A shift (needing `skill_id`) on a published roster, with attendance recorded for each (worker, status)."""
    from tests.builders import make_shift
    from wijkwerk.tables import Assignment, Attendance, Roster, ShiftSkillRequirement

    shift = await make_shift(starts_at=starts_at)
    if skill_id is not None:
        await ShiftSkillRequirement.insert(ShiftSkillRequirement(shift=shift["id"], skill=skill_id, minimum=1))
    year, week, _ = starts_at.isocalendar()
    existing = await Roster.select(Roster.id).where(Roster.iso_year == year, Roster.iso_week == week).first()
    roster = existing["id"] if existing else (await Roster.insert(Roster(
        iso_year=year, iso_week=week, status="published", created_at=starts_at, published_at=starts_at,
    )).returning(Roster.id))[0]["id"]
    for worker_id, status in crew:
        assignment = (await Assignment.insert(Assignment(roster=roster, shift=shift["id"], worker=worker_id))
                      .returning(Assignment.id))[0]["id"]
        await Attendance.insert(Attendance(assignment=assignment, status=status, recorded_at=starts_at,
                                           minutes_worked=240 if status == "present" else 0))
    return shift["id"]
