"""What a resident has done so far: shifts and hours worked, their ladder step, goals and certificates."""

from __future__ import annotations

from datetime import date, time

from wijkwerk.progression.certificates import expiring_certificates
from wijkwerk.progression.goals import list_goals
from wijkwerk.progression.measurements import ladder_step
from wijkwerk.shifts.weeks import local_instant
from wijkwerk.tables import Attendance
from wijkwerk.tables.enums import AttendanceStatus


async def worked_so_far(worker_id: int, year: int) -> dict:
    """Shifts and hours the resident actually worked this year (recorded attendance)."""
    rows = await Attendance.select(Attendance.assignment.shift.as_alias("shift"), Attendance.minutes_worked).where(
        Attendance.assignment.worker == worker_id, Attendance.status == AttendanceStatus.present.value,
        Attendance.assignment.shift.starts_at >= local_instant(date(year, 1, 1), time(0)))
    by_shift = {row["shift"]: row["minutes_worked"] for row in rows}  # one record per shift
    return {"shifts": len(by_shift), "minutes": sum(by_shift.values())}


async def my_progress(worker_id: int, today: date) -> dict:
    """The resident's own ladder step, goals and certificates that (nearly) ran out; nobody else's."""
    return {"step": await ladder_step(worker_id), "goals": await list_goals(worker_id),
            "certificates": await expiring_certificates(today, worker_id)}
