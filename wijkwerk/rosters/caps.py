"""Volunteer-allowance caps from the dated rules, and each worker's remaining room.

Room = cap − compensation already earned (attendance) − compensation planned in published
rosters of other weeks, per calendar month and per year; never averaged across months.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone

from wijkwerk.i18n.formatting import to_local
from wijkwerk.tables import Assignment, Attendance, CompensationCap, OtherAllowance
from wijkwerk.tables.enums import AttendanceStatus, RosterStatus


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


async def used_cents(worker_ids: list[int], year: int,
                     exclude_week: tuple[int, int] | None = None) -> dict[int, dict[str, int]]:
    """Cents per worker per month key and year key: attendance, published plans of weeks other than
    `exclude_week` (the week being planned again), and allowances declared from elsewhere."""
    used: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    start = datetime(year, 1, 1, tzinfo=timezone.utc)
    end = datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    rows = await Assignment.select(
        Assignment.id, Assignment.worker, Assignment.worker.rate_cents_per_hour.as_alias("rate"),
        Assignment.shift.starts_at.as_alias("starts_at"), Assignment.shift.ends_at.as_alias("ends_at"),
        Assignment.roster.iso_year.as_alias("iso_year"), Assignment.roster.iso_week.as_alias("iso_week"),
    ).where(
        Assignment.worker.is_in(worker_ids or [-1]), Assignment.roster.status == RosterStatus.published.value,
        Assignment.shift.starts_at >= start, Assignment.shift.starts_at < end,
        Assignment.shift.cancelled.eq(False),
    )
    attendance = {row["assignment"]: row for row in await Attendance.select(
        Attendance.assignment, Attendance.status, Attendance.minutes_worked,
    ).where(Attendance.assignment.is_in([row["id"] for row in rows] or [-1]))}
    for row in rows:
        recorded = attendance.get(row["id"])
        if recorded is not None:
            minutes = recorded["minutes_worked"] if recorded["status"] == AttendanceStatus.present.value else 0
        elif (row["iso_year"], row["iso_week"]) == exclude_week:
            continue  # this week is being planned again: its old plan does not count
        else:
            minutes = int((row["ends_at"] - row["starts_at"]).total_seconds() // 60)
        cents = minutes * row["rate"] // 60
        day = to_local(row["starts_at"]).date()
        used[row["worker"]][month_key(day)] += cents
        used[row["worker"]][str(day.year)] += cents
    for row in await OtherAllowance.select().where(
            OtherAllowance.worker.is_in(worker_ids or [-1]), OtherAllowance.month >= date(year, 1, 1),
            OtherAllowance.month <= date(year, 12, 31)):
        used[row["worker"]][month_key(row["month"])] += row["amount_cents"]
        used[row["worker"]][str(year)] += row["amount_cents"]
    return used
