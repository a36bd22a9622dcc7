"""Allowance sums per worker, job and Amsterdam-time month, added up in the database.

A year of attendance is hundreds of thousands of rows; the cap check needs only one sum per
worker and month. Amsterdam is one or two hours ahead of UTC, so a shift's local month is its
UTC month except for shifts from 22:00 UTC on a month's last day: those, and shifts where one
person has records on several roster versions, are read one by one (attended_rows) instead.
"""

from __future__ import annotations

from datetime import date, datetime

from wijkwerk.i18n.formatting import to_local
from wijkwerk.money.attended import attended_rows
from wijkwerk.money.periods import Period
from wijkwerk.tables import Attendance

# More single shifts than this and summing in SQL saves nothing: read every row instead.
MAX_SINGLE_SHIFTS = 2000

_FROM = (
    'FROM "attendance" a JOIN "assignment" x ON x.id = a.assignment JOIN "shift" s ON s.id = x.shift '
    'JOIN "job" j ON j.id = s.job JOIN "worker" w ON w.id = x.worker '
    "WHERE a.status = 'present' AND a.minutes_worked > 0 AND s.cancelled = {} "
    "AND s.starts_at >= {} AND s.starts_at < {} AND j.work_mode = {} "
)


def _month_sql(engine_type: str, shifted: bool) -> str:
    """The UTC month of a shift's start as 'YYYY-MM', optionally two hours later."""
    if engine_type == "sqlite":
        return "substr(datetime(s.starts_at, '+2 hours'), 1, 7)" if shifted else "substr(s.starts_at, 1, 7)"
    moment = "(s.starts_at + interval '2 hours')" if shifted else "s.starts_at"
    return f"to_char({moment} AT TIME ZONE 'UTC', 'YYYY-MM')"


def _moment(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


async def _single_shifts(engine_type: str, args: list) -> set[int]:
    """Shifts near a month's end (local month may differ) or with a person recorded twice."""
    late = (f"SELECT DISTINCT s.id AS shift {_FROM} AND "
            f"{_month_sql(engine_type, True)} <> {_month_sql(engine_type, False)}")
    doubled = f"SELECT x.shift AS shift {_FROM} GROUP BY x.worker, x.shift HAVING COUNT(*) > 1"
    found = {row["shift"] for row in await Attendance.raw(late, *args)}
    return found | {row["shift"] for row in await Attendance.raw(doubled, *args)}


async def worker_month_sums(period: Period, work_mode: str,
                            detail_month: date | None = None) -> tuple[list[dict], list[dict]] | None:
    """(sums, single rows): sums per worker and month (and per job in `detail_month` only, else
    job is None) with cents and the first and last day worked; single rows as attended_rows
    gives them. None when summing would not pay off."""
    engine_type = Attendance._meta.db.engine_type
    start, end = period.utc_bounds()
    args = [False, start, end, work_mode]
    single = await _single_shifts(engine_type, args)
    if len(single) > MAX_SINGLE_SHIFTS:
        return None
    exclude = f"AND s.id NOT IN ({', '.join(str(int(shift)) for shift in sorted(single))}) " if single else ""
    month = _month_sql(engine_type, False)
    # The split per job is only needed for the month being booked; other months sum per worker.
    detail = f"{detail_month.year}-{detail_month.month:02d}" if detail_month else ""
    job = f"CASE WHEN {month} = '{detail}' THEN s.job ELSE NULL END"
    sums = await Attendance.raw(
        f"SELECT x.worker AS worker, {job} AS job, {month} AS month, SUM(a.minutes_worked) AS minutes, "
        f"SUM((w.rate_cents_per_hour * a.minutes_worked + 59) / 60) AS cents, "
        f"MIN(s.starts_at) AS first_at, MAX(s.starts_at) AS last_at "
        f"{_FROM} {exclude}GROUP BY x.worker, {month}, {job}", *args)
    for row in sums:
        year, number = (int(part) for part in row["month"].split("-"))
        row["month"] = date(year, number, 1)
        row["minutes"], row["cents"] = int(row["minutes"]), int(row["cents"])
        row["first_day"] = to_local(_moment(row.pop("first_at"))).date()
        row["last_day"] = to_local(_moment(row.pop("last_at"))).date()
    rows = await attended_rows(period, work_mode=work_mode, shift_ids=sorted(single)) if single else []
    return sums, rows
