"""Reading a day's published crews and saving their attendance in one transaction."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.rosters.caps import CapTable, age_on, month_key, used_cents
from wijkwerk.shifts.weeks import iso_week_of, local_instant, minutes_between
from wijkwerk.tables import Assignment, Attendance, Worker
from wijkwerk.tables.enums import AttendanceStatus, RosterStatus, values


async def day_rows(day: date) -> list[dict]:
    """Every assignment of the published rosters on `day`, with any attendance already recorded."""
    start, end = local_instant(day, time(0)), local_instant(day + timedelta(days=1), time(0))
    rows = await Assignment.select(
        Assignment.id, Assignment.worker, Assignment.role,
        Assignment.worker.first_name.as_alias("first_name"), Assignment.worker.last_name.as_alias("last_name"),
        Assignment.shift.id.as_alias("shift_id"), Assignment.shift.starts_at.as_alias("starts_at"),
        Assignment.shift.ends_at.as_alias("ends_at"), Assignment.shift.job.title.as_alias("title"),
    ).where(
        Assignment.roster.status == RosterStatus.published.value, Assignment.shift.cancelled.eq(False),
        Assignment.shift.starts_at >= start, Assignment.shift.starts_at < end,
    ).order_by(Assignment.shift.starts_at).order_by(Assignment.worker.last_name)
    recorded = {r["assignment"]: r for r in await Attendance.select().where(
        Attendance.assignment.is_in([row["id"] for row in rows] or [-1]))}
    for row in rows:
        row["planned_minutes"] = minutes_between(row["starts_at"], row["ends_at"])
        row["attendance"] = recorded.get(row["id"])
    return rows


async def save_day(day: date, entries: dict[int, dict]) -> None:
    """Record status and minutes per assignment of that day; all rows or none."""
    rows = {row["id"]: row for row in await day_rows(day)}
    errors = Errors()
    for assignment_id, entry in entries.items():
        if assignment_id not in rows:
            errors.add(f"status_{assignment_id}", "not_found", _("Deze dienst staat niet op het rooster van die dag."))
            continue
        errors.choice(f"status_{assignment_id}", entry["status"], values(AttendanceStatus))
        errors.non_negative(f"minutes_{assignment_id}", entry["minutes"], maximum=24 * 60)
    errors.raise_if_any()
    now = datetime.now(timezone.utc)
    async with write_transaction():
        for assignment_id, entry in entries.items():
            minutes = entry["minutes"] if entry["status"] == AttendanceStatus.present.value else 0
            values_ = {Attendance.status: entry["status"], Attendance.minutes_worked: minutes,
                       Attendance.note: entry.get("note", ""), Attendance.recorded_at: now}
            if rows[assignment_id]["attendance"]:
                await Attendance.update(values_).where(Attendance.assignment == assignment_id)
            else:
                await Attendance.insert(Attendance(assignment=assignment_id, status=entry["status"],
                                                   minutes_worked=minutes, note=entry.get("note", ""),
                                                   recorded_at=now))


async def cap_warnings(day: date, worker_ids: list[int]) -> list[dict]:
    """Workers whose compensation this month or year is at or over the cap, after this day's entry."""
    if not worker_ids:
        return []
    used = await used_cents(worker_ids, day.year, exclude_week=iso_week_of(day))
    table = await CapTable.load()
    warnings = []
    for worker in await Worker.select(Worker.id, Worker.first_name, Worker.last_name, Worker.birth_date).where(
            Worker.id.is_in(worker_ids)):
        caps = table.on(day, age_on(worker["birth_date"], day))
        spent = used.get(worker["id"], {})
        if caps is None:
            continue
        for period, cap in ((month_key(day), caps.monthly_cents), (str(day.year), caps.yearly_cents)):
            if spent.get(period, 0) >= cap * 9 // 10:
                warnings.append({"name": f"{worker['first_name']} {worker['last_name']}", "period": period,
                                 "used_cents": spent.get(period, 0), "cap_cents": cap,
                                 "over": spent.get(period, 0) > cap})
    return warnings
