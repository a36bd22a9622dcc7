"""Volunteer-allowance caps from the dated rules, and each worker's remaining room.

Room = cap − allowance already earned (attendance) − allowance planned in published rosters of
other weeks − allowances declared from elsewhere, per calendar month and per year; never
averaged across months. Only jobs done on a volunteer allowance count; wages do not.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from wijkwerk.i18n.formatting import to_local
from wijkwerk.shifts.weeks import local_instant
from wijkwerk.tables import Assignment, Attendance, CompensationCap, OtherAllowance
from wijkwerk.tables.enums import AttendanceStatus, RosterStatus, WorkMode


@dataclass(frozen=True)
class Caps:
    hourly_cents: int
    monthly_cents: int
    yearly_cents: int


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


class CapTable:
    """All dated cap rows, loaded once, answering 'which caps apply on this day at this age'."""

    def __init__(self, rows: list[dict]):
        self.rows = sorted(rows, key=lambda row: -row["min_age"])

    @classmethod
    async def load(cls) -> "CapTable":
        return cls(await CompensationCap.select())

    def on(self, day: date, age: int) -> Caps | None:
        """The row valid on `day` with the highest age threshold not above `age`."""
        for row in self.rows:
            valid = row["valid_from"] <= day and (row["valid_until"] is None or day <= row["valid_until"])
            if valid and row["min_age"] <= age:
                return Caps(row["hourly_cap_cents"], row["monthly_cap_cents"], row["yearly_cap_cents"])
        return None


def month_key(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def cost_cents(rate_cents_per_hour: int, minutes: int) -> int:
    """Compensation for `minutes`, rounded up like the optimiser does, so room is never overstated."""
    return -(-rate_cents_per_hour * minutes // 60)


def _year_bounds(year: int) -> tuple[datetime, datetime]:
    """1 January 00:00 to the next 1 January, in Amsterdam time (a shift just after midnight counts)."""
    return local_instant(date(year, 1, 1), time(0)), local_instant(date(year + 1, 1, 1), time(0))


# Piccolo builds join chains (Attendance.assignment.shift.starts_at) anew on every access, which
# cost more than the queries on the resident's page; they are built once, here.
_ATTENDED_FIELDS = (
    Attendance.assignment.worker.as_alias("worker"), Attendance.assignment.shift.as_alias("shift"),
    Attendance.assignment.shift.starts_at.as_alias("starts_at"),
    Attendance.assignment.worker.rate_cents_per_hour.as_alias("rate"),
)
_ATTENDED_WORKER = Attendance.assignment.worker
_ATTENDED_STARTS = Attendance.assignment.shift.starts_at
_ATTENDED_MODE = Attendance.assignment.shift.job.work_mode
_PLANNED_FIELDS = (
    Assignment.worker.rate_cents_per_hour.as_alias("rate"), Assignment.shift.starts_at.as_alias("starts_at"),
    Assignment.shift.ends_at.as_alias("ends_at"), Assignment.roster.iso_year.as_alias("iso_year"),
    Assignment.roster.iso_week.as_alias("iso_week"),
)
_PLANNED_STATUS = Assignment.roster.status
_PLANNED_STARTS = Assignment.shift.starts_at
_PLANNED_CANCELLED = Assignment.shift.cancelled
_PLANNED_MODE = Assignment.shift.job.work_mode


async def _attended(worker_ids: list[int], start: datetime, end: datetime) -> dict[tuple[int, int], dict]:
    """Recorded attendance per (worker, shift), whatever roster version it was recorded on.

    Attendance is a fact about a person and a shift; republishing the week must not lose it.
    """
    rows = await Attendance.select(Attendance.status, Attendance.minutes_worked, Attendance.recorded_at,
                                   *_ATTENDED_FIELDS).where(
        _ATTENDED_WORKER.is_in(worker_ids or [-1]), _ATTENDED_STARTS >= start, _ATTENDED_STARTS < end,
        _ATTENDED_MODE == WorkMode.volunteer.value,
    ).order_by(Attendance.recorded_at)
    return {(row["worker"], row["shift"]): row for row in rows}  # the latest record wins


async def used_cents(worker_ids: list[int], year: int,
                     exclude_week: tuple[int, int] | None = None) -> dict[int, dict[str, int]]:
    """Cents per worker per month key and year key: attendance, published plans of weeks other than
    `exclude_week` (the week being planned again), and allowances declared from elsewhere."""
    used: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    start, end = _year_bounds(year)

    def add(worker: int, moment: datetime, cents: int) -> None:
        day = to_local(moment).date()
        used[worker][month_key(day)] += cents
        used[worker][str(day.year)] += cents

    attended = await _attended(worker_ids, start, end)
    for row in attended.values():
        minutes = row["minutes_worked"] if row["status"] == AttendanceStatus.present.value else 0
        add(row["worker"], row["starts_at"], cost_cents(row["rate"], minutes))
    planned = await Assignment.select(Assignment.worker, Assignment.shift, *_PLANNED_FIELDS).where(
        Assignment.worker.is_in(worker_ids or [-1]), _PLANNED_STATUS == RosterStatus.published.value,
        _PLANNED_STARTS >= start, _PLANNED_STARTS < end, _PLANNED_CANCELLED.eq(False),
        _PLANNED_MODE == WorkMode.volunteer.value,
    )
    for row in planned:
        if (row["worker"], row["shift"]) in attended or (row["iso_year"], row["iso_week"]) == exclude_week:
            continue  # recorded already, or this week is being planned again
        minutes = int((row["ends_at"] - row["starts_at"]).total_seconds() // 60)
        add(row["worker"], row["starts_at"], cost_cents(row["rate"], minutes))
    for row in await OtherAllowance.select().where(
            OtherAllowance.worker.is_in(worker_ids or [-1]), OtherAllowance.month >= date(year, 1, 1),
            OtherAllowance.month <= date(year, 12, 31)):
        used[row["worker"]][month_key(row["month"])] += row["amount_cents"]
        used[row["worker"]][str(year)] += row["amount_cents"]
    return used
