"""Attendance that counts for money: present, on a shift that was not cancelled, in a period.

One query feeds both revenue (what the client pays) and compensation (what the worker gets),
so the two can never disagree about who worked when.
"""

from __future__ import annotations

from datetime import date

from piccolo.query.functions.aggregate import Count, Sum

from wijkwerk.i18n.formatting import to_local
from wijkwerk.money.periods import Period
from wijkwerk.tables import Attendance, Job, Worker
from wijkwerk.tables.enums import AttendanceStatus

CHUNK = 900


async def attended_rows(period: Period, neighbourhood_id: int | None = None, client_id: int | None = None,
                        work_mode: str | None = None, shift_ids: list[int] | None = None) -> list[dict]:
    """One row per (worker, shift) worked in `period`, with the job, client and worker facts money needs.

    A shift can be on several roster versions; the latest attendance record for a person on a
    shift wins (as in the cap check), so republishing a week never counts work twice.
    The big query fetches only ids, minutes and the start time (converting every column of
    every row is what costs time); job and worker facts come from two small lookups.
    """
    start, end = period.utc_bounds()
    shift = Attendance.assignment.shift
    query = Attendance.select(
        Attendance.minutes_worked, shift.id.as_alias("shift"), shift.starts_at.as_alias("starts_at"),
        Attendance.assignment.worker.id.as_alias("worker"), shift.job.id.as_alias("job"),
    ).where(
        Attendance.status == AttendanceStatus.present.value, Attendance.minutes_worked > 0,
        shift.starts_at >= start, shift.starts_at < end, shift.cancelled.eq(False),
    ).order_by(Attendance.recorded_at).order_by(Attendance.id)
    if neighbourhood_id is not None:
        query = query.where(shift.job.neighbourhood == neighbourhood_id)
    if client_id is not None:
        query = query.where(shift.job.client == client_id)
    if work_mode is not None:
        query = query.where(shift.job.work_mode == work_mode)
    if shift_ids is not None:
        query = query.where(shift.id.is_in(shift_ids or [-1]))
    latest = {(row["worker"], row["shift"]): row for row in await query}
    rows = sorted(latest.values(), key=lambda row: (row["starts_at"], row["worker"]))
    jobs, workers = await _jobs({row["job"] for row in rows}), await _workers({row["worker"] for row in rows})
    for row in rows:
        row["day"] = to_local(row["starts_at"]).date()
        row.update(jobs[row["job"]])
        row.update(workers[row["worker"]])
    return rows


async def shift_totals(period: Period, neighbourhood_id: int | None = None,
                       client_id: int | None = None) -> list[dict]:
    """Like attended_rows, but one row per shift: `minutes_worked` is everyone's minutes together.

    Summed in the database, so a year is thousands of rows instead of hundreds of thousands.
    A shift where someone has more than one record (on several roster versions) is recounted
    from its single rows, so the latest record per person still wins.
    """
    start, end = period.utc_bounds()
    shift = Attendance.assignment.shift
    query = Attendance.select(
        shift.id.as_alias("shift"), shift.starts_at.as_alias("starts_at"), shift.job.id.as_alias("job"),
        Sum(Attendance.minutes_worked).as_alias("minutes_worked"), Count(alias="records"),
        Count(distinct=[Attendance.assignment.worker], alias="people"),
    ).where(
        Attendance.status == AttendanceStatus.present.value, Attendance.minutes_worked > 0,
        shift.starts_at >= start, shift.starts_at < end, shift.cancelled.eq(False),
    ).group_by(shift.id, shift.starts_at, shift.job.id)
    if neighbourhood_id is not None:
        query = query.where(shift.job.neighbourhood == neighbourhood_id)
    if client_id is not None:
        query = query.where(shift.job.client == client_id)
    totals = {row["shift"]: row for row in await query}
    doubled = sorted(shift_id for shift_id, row in totals.items() if row["records"] != row["people"])
    for shift_id in doubled:
        totals[shift_id]["minutes_worked"] = 0
    for row in await attended_rows(period, neighbourhood_id, client_id, shift_ids=doubled) if doubled else []:
        totals[row["shift"]]["minutes_worked"] += row["minutes_worked"]
    rows = sorted(totals.values(), key=lambda row: (row["starts_at"], row["shift"]))
    jobs, days = await _jobs({row["job"] for row in rows}), {}
    for row in rows:
        row["minutes_worked"] = int(row["minutes_worked"])
        if row["starts_at"] not in days:
            days[row["starts_at"]] = to_local(row["starts_at"]).date()
        row["day"] = days[row["starts_at"]]
        row.update(jobs[row["job"]])
    return rows


async def _by_id(select, column, ids: set[int]) -> dict[int, dict]:
    """Rows of `select()` for `ids`, in chunks that stay under SQLite's limit on bound parameters.

    `select` builds a fresh query per chunk: Piccolo's where() adds to the query it is called on.
    """
    found: dict[int, dict] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        for row in await select().where(column.is_in(ordered[start:start + CHUNK])):
            found[row.pop("id")] = row
    return found


async def _jobs(ids: set[int]) -> dict[int, dict]:
    return await _by_id(lambda: Job.select(
        Job.id, Job.title.as_alias("job_title"), Job.work_mode, Job.price_kind, Job.price_cents, Job.neighbourhood,
        Job.client.id.as_alias("client"), Job.client.name.as_alias("client_name"),
    ), Job.id, ids)


async def worker_facts(ids: set[int]) -> dict[int, dict]:
    """Names, birth date and rate per worker id."""
    return await _workers(ids)


async def _workers(ids: set[int]) -> dict[int, dict]:
    return await _by_id(lambda: Worker.select(
        Worker.id, Worker.first_name, Worker.last_name, Worker.birth_date,
        Worker.rate_cents_per_hour.as_alias("rate"),
    ), Worker.id, ids)


def month_start(day: date) -> date:
    return day.replace(day=1)
