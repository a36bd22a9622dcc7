"""The last line of defence for the caps: a roster version may only be published if, together
with everything already worked, published for other weeks and declared from elsewhere, nobody
goes over a monthly or yearly cap. Weeks are planned separately, so only this check sees them all.
"""

from __future__ import annotations

from collections import defaultdict

from wijkwerk.i18n.formatting import to_local
from wijkwerk.rosters.caps import CapTable, age_on, cost_cents, month_key, used_cents
from wijkwerk.shifts.weeks import minutes_between
from wijkwerk.tables import Assignment, Attendance
from wijkwerk.tables.enums import WorkMode


async def cap_crossings(roster: dict) -> list[dict]:
    """Who would be over which cap if this roster were the week's published plan."""
    rows = await Assignment.select(
        Assignment.id, Assignment.worker, Assignment.worker.rate_cents_per_hour.as_alias("rate"),
        Assignment.worker.birth_date.as_alias("birth_date"), Assignment.worker.first_name.as_alias("first_name"),
        Assignment.worker.last_name.as_alias("last_name"), Assignment.shift.starts_at.as_alias("starts_at"),
        Assignment.shift.ends_at.as_alias("ends_at"),
    ).where(Assignment.roster == roster["id"], Assignment.shift.cancelled.eq(False),
            Assignment.shift.job.work_mode == WorkMode.volunteer.value)
    if not rows:
        return []
    attended = {r["assignment"] for r in await Attendance.select(Attendance.assignment).where(
        Attendance.assignment.is_in([r["id"] for r in rows]))}
    week = (roster["iso_year"], roster["iso_week"])
    workers = sorted({r["worker"] for r in rows})
    days = [to_local(r["starts_at"]).date() for r in rows]
    used: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for year in sorted({day.year for day in days}):
        for worker, amounts in (await used_cents(workers, year, exclude_week=week)).items():
            for key, cents in amounts.items():
                used[worker][key] += cents
    for row, day in zip(rows, days):
        if row["id"] in attended:
            continue  # already counted as worked
        cents = cost_cents(row["rate"], minutes_between(row["starts_at"], row["ends_at"]))
        used[row["worker"]][month_key(day)] += cents
        used[row["worker"]][str(day.year)] += cents
    return _over(rows, days, used, await CapTable.load())


def _over(rows: list[dict], days: list, used: dict, table: CapTable) -> list[dict]:
    crossings, seen = [], set()
    for row, day in zip(rows, days):
        caps = table.on(day, age_on(row["birth_date"], day))
        if caps is None:
            continue
        for period, cap in ((month_key(day), caps.monthly_cents), (str(day.year), caps.yearly_cents)):
            spent = used[row["worker"]].get(period, 0)
            if spent > cap and (row["worker"], period) not in seen:
                seen.add((row["worker"], period))
                crossings.append({"name": f"{row['first_name']} {row['last_name']}", "period": period,
                                  "used_cents": spent, "cap_cents": cap})
    return crossings
