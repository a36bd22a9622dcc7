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
from wijkwerk.common.raw_reads import fetch_all, placeholders
from wijkwerk.tables.enums import AttendanceStatus, RosterStatus, WorkMode


@dataclass(frozen=True)
class Caps:
    hourly_cents: int
    monthly_cents: int
    yearly_cents: int


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


_CAP_ROWS = "SELECT valid_from, valid_until, min_age, hourly_cap_cents, monthly_cap_cents, yearly_cap_cents FROM compensation_cap"


class CapTable:
    """All dated cap rows, loaded once, answering 'which caps apply on this day at this age'."""

    def __init__(self, rows: list[dict]):
        self.rows = sorted(rows, key=lambda row: -row["min_age"])

    @classmethod
    async def load(cls) -> "CapTable":
        return cls(await fetch_all(_CAP_ROWS))

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


# Hand-written: these reads run on every view of a resident's page as well as in planning, and
# Piccolo rebuilt their joins' SQL on each run (wijkwerk/common/raw_reads.py).
_ATTENDED = """
SELECT at.status, at.minutes_worked, a.worker, a.shift, s.starts_at, w.rate_cents_per_hour AS rate
FROM attendance AS at
JOIN assignment AS a ON a.id = at.assignment
JOIN shift AS s ON s.id = a.shift
JOIN job AS j ON j.id = s.job
JOIN worker AS w ON w.id = a.worker
WHERE a.worker IN ({workers}) AND s.starts_at >= {{}} AND s.starts_at < {{}} AND j.work_mode = {{}}
ORDER BY at.recorded_at, at.id
"""
_PLANNED = """
SELECT a.worker, a.shift, w.rate_cents_per_hour AS rate, s.starts_at, s.ends_at, r.iso_year, r.iso_week
FROM assignment AS a
JOIN roster AS r ON r.id = a.roster
JOIN shift AS s ON s.id = a.shift
JOIN job AS j ON j.id = s.job
JOIN worker AS w ON w.id = a.worker
WHERE a.worker IN ({workers}) AND r.status = {{}} AND s.starts_at >= {{}} AND s.starts_at < {{}}
  AND s.cancelled = {{}} AND j.work_mode = {{}}
"""
_DECLARED = """
SELECT worker, month, amount_cents FROM other_allowance
WHERE worker IN ({workers}) AND month >= {{}} AND month <= {{}}
"""


async def _attended(worker_ids: list[int], start: datetime, end: datetime) -> dict[tuple[int, int], dict]:
    """Recorded attendance per (worker, shift), whatever roster version it was recorded on.

    Attendance is a fact about a person and a shift; republishing the week must not lose it.
    """
    rows = await fetch_all(_ATTENDED.format(workers=placeholders(worker_ids)),
                           *worker_ids, start, end, WorkMode.volunteer.value)
    return {(row["worker"], row["shift"]): row for row in rows}  # the latest record wins


async def used_cents(worker_ids: list[int], year: int,
                     exclude_week: tuple[int, int] | None = None) -> dict[int, dict[str, int]]:
    """Cents per worker per month key and year key: attendance, published plans of weeks other than
    `exclude_week` (the week being planned again), and allowances declared from elsewhere."""
    worker_ids = list(worker_ids)  # read twice per query below: once for placeholders, once for values
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
    planned = await fetch_all(_PLANNED.format(workers=placeholders(worker_ids)), *worker_ids,
                              RosterStatus.published.value, start, end, False, WorkMode.volunteer.value)
    for row in planned:
        if (row["worker"], row["shift"]) in attended or (row["iso_year"], row["iso_week"]) == exclude_week:
            continue  # recorded already, or this week is being planned again
        minutes = int((row["ends_at"] - row["starts_at"]).total_seconds() // 60)
        add(row["worker"], row["starts_at"], cost_cents(row["rate"], minutes))
    for row in await fetch_all(_DECLARED.format(workers=placeholders(worker_ids)), *worker_ids,
                               date(year, 1, 1), date(year, 12, 31)):
        used[row["worker"]][month_key(row["month"])] += row["amount_cents"]
        used[row["worker"]][str(year)] += row["amount_cents"]
    return used
