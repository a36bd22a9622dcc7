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
from wijkwerk.shifts.weeks import local_instant, minutes_between
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
# Piccolo rebuilt their joins' SQL on each run (wijkwerk/common/raw_reads.py). Attendance is
# summed in the database, per worker and calendar month: a year of it is a hundred rows or more
# per person, and turning each into Python objects cost more than the query.
#
# The calendar month of a shift is that of its start in Amsterdam time: the CASE compares the
# start with the UTC instants at which months 2..12 begin there (parameters, so both engines
# agree without time zone functions).
_MONTH_OF_START = "CASE " + " ".join(f"WHEN s.starts_at < {{}} THEN {month}" for month in range(1, 12)) + " ELSE 12 END"
# A (worker, shift) can be recorded on several versions of a week's roster: the latest record
# counts (recorded_at, then id), whatever version it was recorded on; republishing the week must
# not lose it. Compensation per record is rounded up like cost_cents: (rate * minutes + 59) / 60
# in integer arithmetic on both engines.
_ATTENDED_PER_MONTH = """
SELECT a.worker, """ + _MONTH_OF_START + """ AS month,
       CAST(SUM(CASE WHEN at.status = {} THEN (w.rate_cents_per_hour * at.minutes_worked + 59) / 60 ELSE 0 END)
            AS BIGINT) AS cents
FROM attendance AS at
JOIN assignment AS a ON a.id = at.assignment
JOIN shift AS s ON s.id = a.shift
JOIN job AS j ON j.id = s.job
JOIN worker AS w ON w.id = a.worker
WHERE a.worker IN ({workers}) AND s.starts_at >= {} AND s.starts_at < {} AND j.work_mode = {}
  AND NOT EXISTS (
      SELECT 1 FROM assignment AS a2 JOIN attendance AS later ON later.assignment = a2.id
      WHERE a2.worker = a.worker AND a2.shift = a.shift
        AND (later.recorded_at > at.recorded_at OR (later.recorded_at = at.recorded_at AND later.id > at.id)))
GROUP BY 1, 2
"""
# Published plans count until attendance is recorded for that worker and shift (on any version).
_PLANNED_UNRECORDED = """
SELECT a.worker, w.rate_cents_per_hour AS rate, s.starts_at, s.ends_at
FROM assignment AS a
JOIN roster AS r ON r.id = a.roster
JOIN shift AS s ON s.id = a.shift
JOIN job AS j ON j.id = s.job
JOIN worker AS w ON w.id = a.worker
WHERE a.worker IN ({workers}) AND r.status = {} AND s.starts_at >= {} AND s.starts_at < {}
  AND s.cancelled = {} AND j.work_mode = {} AND NOT (r.iso_year = {} AND r.iso_week = {})
  AND NOT EXISTS (SELECT 1 FROM assignment AS a2 JOIN attendance AS at2 ON at2.assignment = a2.id
                  WHERE a2.worker = a.worker AND a2.shift = a.shift)
"""
_DECLARED = """
SELECT worker, month, amount_cents FROM other_allowance
WHERE worker IN ({workers}) AND month >= {} AND month <= {}
"""


def _in_list(template: str, worker_ids: list[int]) -> str:
    """The template with its worker IN list filled with one placeholder per worker."""
    return template.replace("{workers}", placeholders(worker_ids))


def _month_starts(year: int) -> list[datetime]:
    """The UTC instants at which months 2..12 of `year` begin in Amsterdam."""
    return [local_instant(date(year, month, 1), time(0)) for month in range(2, 13)]


async def used_cents(worker_ids: list[int], year: int,
                     exclude_week: tuple[int, int] | None = None) -> dict[int, dict[str, int]]:
    """Cents per worker per month key and year key: attendance, published plans of weeks other than
    `exclude_week` (the week being planned again), and allowances declared from elsewhere."""
    worker_ids = list(worker_ids)  # read twice per query below: once for placeholders, once for values
    used: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    start, end = _year_bounds(year)

    for row in await fetch_all(_in_list(_ATTENDED_PER_MONTH, worker_ids), *_month_starts(year),
                               AttendanceStatus.present.value, *worker_ids, start, end, WorkMode.volunteer.value):
        used[row["worker"]][f"{year}-{row['month']:02d}"] += row["cents"]
        used[row["worker"]][str(year)] += row["cents"]
    skip_year, skip_week = exclude_week or (0, 0)  # ISO year 0: no roster has it
    for row in await fetch_all(_in_list(_PLANNED_UNRECORDED, worker_ids), *worker_ids, RosterStatus.published.value,
                               start, end, False, WorkMode.volunteer.value, skip_year, skip_week):
        day = to_local(row["starts_at"]).date()
        minutes = minutes_between(row["starts_at"], row["ends_at"])
        used[row["worker"]][month_key(day)] += cost_cents(row["rate"], minutes)
        used[row["worker"]][str(day.year)] += cost_cents(row["rate"], minutes)
    for row in await fetch_all(_in_list(_DECLARED, worker_ids), *worker_ids,
                               date(year, 1, 1), date(year, 12, 31)):
        used[row["worker"]][month_key(row["month"])] += row["amount_cents"]
        used[row["worker"]][str(year)] += row["amount_cents"]
    return used
