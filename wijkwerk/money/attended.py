"""Attendance that counts for money: present, on a shift that was not cancelled, in a period.

One query feeds both revenue (what the client pays) and compensation (what the worker gets),
so the two can never disagree about who worked when.
"""

from __future__ import annotations

from datetime import date

from wijkwerk.i18n.formatting import to_local
from wijkwerk.money.periods import Period
from wijkwerk.tables import Attendance
from wijkwerk.tables.enums import AttendanceStatus


async def attended_rows(period: Period, neighbourhood_id: int | None = None,
                        client_id: int | None = None) -> list[dict]:
    """One row per (worker, shift) worked in `period`, with the job, client and worker facts money needs.

    A shift can be on several roster versions; the latest attendance record for a person on a
    shift wins (as in the cap check), so republishing a week never counts work twice.
    """
    start, end = period.utc_bounds()
    shift = Attendance.assignment.shift
    worker = Attendance.assignment.worker
    query = Attendance.select(
        Attendance.minutes_worked, Attendance.recorded_at,
        shift.id.as_alias("shift"), shift.starts_at.as_alias("starts_at"),
        worker.id.as_alias("worker"), worker.first_name.as_alias("first_name"),
        worker.last_name.as_alias("last_name"), worker.birth_date.as_alias("birth_date"),
        worker.rate_cents_per_hour.as_alias("rate"),
        shift.job.id.as_alias("job"), shift.job.title.as_alias("job_title"),
        shift.job.work_mode.as_alias("work_mode"), shift.job.price_kind.as_alias("price_kind"),
        shift.job.price_cents.as_alias("price_cents"), shift.job.neighbourhood.as_alias("neighbourhood"),
        shift.job.client.id.as_alias("client"), shift.job.client.name.as_alias("client_name"),
    ).where(
        Attendance.status == AttendanceStatus.present.value, Attendance.minutes_worked > 0,
        shift.starts_at >= start, shift.starts_at < end, shift.cancelled.eq(False),
    ).order_by(Attendance.recorded_at)
    if neighbourhood_id is not None:
        query = query.where(shift.job.neighbourhood == neighbourhood_id)
    if client_id is not None:
        query = query.where(shift.job.client == client_id)
    latest = {(row["worker"], row["shift"]): row for row in await query}
    rows = sorted(latest.values(), key=lambda row: (row["starts_at"], row["worker"]))
    for row in rows:
        row["day"] = to_local(row["starts_at"]).date()
    return rows


def month_start(day: date) -> date:
    return day.replace(day=1)
