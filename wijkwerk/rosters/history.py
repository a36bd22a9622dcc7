"""Fairness over time: each worker's hours against target over the weeks before the planned one."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta

from optimiser.schema import History
from wijkwerk.shifts.weeks import local_instant, week_monday
from wijkwerk.tables import Attendance
from wijkwerk.tables.enums import AttendanceStatus

HISTORY_WEEKS = 8  # about two months: long enough to even out, short enough to forgive


async def fairness_history(workers: list[dict], iso_year: int, iso_week: int,
                           weeks: int = HISTORY_WEEKS) -> dict[int, History]:
    """Target and attended minutes per worker over the `weeks` weeks before this one.

    A week only counts towards the target once the worker had started, so a newcomer is
    not 'behind' for weeks before they joined.
    """
    monday = week_monday(iso_year, iso_week)
    first_monday = monday - timedelta(weeks=weeks)
    worked: dict[int, int] = defaultdict(int)
    rows = await Attendance.select(
        Attendance.assignment.worker.as_alias("worker"), Attendance.minutes_worked,
    ).where(
        Attendance.status == AttendanceStatus.present.value,
        Attendance.assignment.shift.starts_at >= local_instant(first_monday, time(0)),
        Attendance.assignment.shift.starts_at < local_instant(monday, time(0)),
        Attendance.assignment.worker.is_in([w["id"] for w in workers] or [-1]),
    )
    for row in rows:
        worked[row["worker"]] += row["minutes_worked"]
    return {
        worker["id"]: History(
            target_minutes=worker["target_minutes_per_week"] * _weeks_started(worker["starts_on"], first_monday, monday),
            worked_minutes=worked[worker["id"]],
        )
        for worker in workers
    }


def _weeks_started(starts_on: date, first_monday: date, monday: date) -> int:
    start = max(first_monday, starts_on - timedelta(days=starts_on.weekday()))
    return max(0, (monday - start).days // 7)
