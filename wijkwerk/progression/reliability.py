"""Reliability as support for a conversation: the attendance rate over 4, 13 and 52 weeks.

Shown to managers on one worker's own page only, never as a list of people sorted by it.
The rate is present / (present + no-show): an absence reported beforehand (excused) is
what a reliable person does, so it is counted and shown but not held against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from wijkwerk.i18n.formatting import AMSTERDAM
from wijkwerk.shifts.weeks import local_instant
from wijkwerk.tables import Attendance
from wijkwerk.tables.enums import AttendanceStatus

PERIODS_WEEKS = (4, 13, 52)


@dataclass(frozen=True)
class Reliability:
    weeks: int
    present: int
    excused: int
    no_show: int

    @property
    def percent(self) -> int | None:
        """Whole percent, or None when nothing was planned and recorded."""
        counted = self.present + self.no_show
        return None if counted == 0 else round(100 * self.present / counted)


def rates(records: list[tuple[date, str]], today: date) -> list[Reliability]:
    """Pure: one Reliability per period from (shift date, status) pairs, today included."""
    result = []
    for weeks in PERIODS_WEEKS:
        start = today - timedelta(weeks=weeks)
        statuses = [status for day, status in records if start < day <= today]
        result.append(Reliability(weeks, statuses.count(AttendanceStatus.present.value),
                                  statuses.count(AttendanceStatus.excused.value),
                                  statuses.count(AttendanceStatus.no_show.value)))
    return result


async def reliability(worker_id: int, today: date) -> list[Reliability]:
    since = local_instant(today - timedelta(weeks=max(PERIODS_WEEKS)), time(0))
    rows = await Attendance.select(
        Attendance.status, Attendance.assignment.shift.as_alias("shift"),
        Attendance.assignment.shift.starts_at.as_alias("starts_at"),
    ).where(Attendance.assignment.worker == worker_id, Attendance.assignment.shift.starts_at >= since)
    # One record per shift: a later roster version may carry the same shift again.
    by_shift = {row["shift"]: row for row in rows}
    return rates([(row["starts_at"].astimezone(AMSTERDAM).date(), row["status"]) for row in by_shift.values()], today)
