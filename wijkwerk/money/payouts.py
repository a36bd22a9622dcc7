"""Compensation: attendance × the worker's rate, checked against the dated caps month by month.

A worker whose month would cross a cap is blocked for that month, with the cap, the room that
was left and how much it is over; the amount is neither cut down nor dropped from the list.
Only volunteer-allowance jobs count (wages and unpaid placements are not allowances).
Months are never averaged: each month is checked on its own, and the year cap counts what was
payable in earlier months plus allowances declared from elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from wijkwerk.money.attended import attended_rows, month_start, worker_facts
from wijkwerk.money.periods import Period, first_of_next_month
from wijkwerk.money.worker_months import worker_month_sums
from wijkwerk.rosters.caps import CapTable, age_on, cost_cents
from wijkwerk.tables import OtherAllowance
from wijkwerk.tables.enums import WorkMode


@dataclass(frozen=True)
class Block:
    """Why a payout is blocked. `room_cents` is what was still allowed under the cap."""

    cap: str  # hourly, monthly, yearly, unknown
    cap_cents: int
    room_cents: int
    over_cents: int


@dataclass
class PayoutLine:
    worker_id: int
    name: str
    month: date
    minutes: int = 0
    amount_cents: int = 0
    elsewhere_cents: int = 0  # allowances declared from other organisations this month
    # Job id -> cents; filled for the month asked for (payout_list, and the last month of
    # payout_months), empty for the earlier months that only feed the year cap.
    per_job: dict[int, int] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    # The facts the cap check needs: the worker's birth date and rate, and the days worked.
    birth_date: date | None = field(default=None, repr=False)
    rate_cents: int = field(default=0, repr=False)
    days: set[date] = field(default_factory=set, repr=False)

    @property
    def blocked(self) -> bool:
        return bool(self.blocks)


def _month_lines(rows: list[dict]) -> dict[date, dict[int, PayoutLine]]:
    months: dict[date, dict[int, PayoutLine]] = defaultdict(dict)
    for row in rows:
        start = row["day"].replace(day=1)
        line = months[start].get(row["worker"])
        if line is None:
            line = months[start][row["worker"]] = PayoutLine(
                row["worker"], f"{row['first_name']} {row['last_name']}", start,
                birth_date=row["birth_date"], rate_cents=row["rate"])
        cents = cost_cents(row["rate"], row["minutes_worked"])
        line.minutes += row["minutes_worked"]
        line.amount_cents += cents
        line.per_job[row["job"]] = line.per_job.get(row["job"], 0) + cents
        line.days.add(row["day"])
    return months


def _hourly_block(line: PayoutLine, table: CapTable) -> Block | None:
    """The rate is agreed per hour, so the hourly cap for the worker's age on each day worked applies."""
    for day in sorted(line.days):
        caps = table.on(day, age_on(line.birth_date, day))
        if caps is not None and line.rate_cents > caps.hourly_cents:
            return Block("hourly", caps.hourly_cents, caps.hourly_cents, line.rate_cents - caps.hourly_cents)
    return None


def assess(line: PayoutLine, table: CapTable, paid_this_year: int) -> None:
    """Add a Block to `line` for every cap its month would cross. `paid_this_year` counts earlier
    payable months and allowances declared elsewhere up to and including this month."""
    caps = table.on(line.month, age_on(line.birth_date, line.month)) if line.birth_date else None
    if caps is None:
        line.blocks.append(Block("unknown", 0, 0, line.amount_cents))
        return
    hourly = _hourly_block(line, table)
    if hourly:
        line.blocks.append(hourly)
    month_room = caps.monthly_cents - line.elsewhere_cents
    if line.amount_cents > month_room:
        line.blocks.append(Block("monthly", caps.monthly_cents, max(month_room, 0),
                                 line.amount_cents - max(month_room, 0)))
    year_room = caps.yearly_cents - paid_this_year
    if line.amount_cents > year_room:
        line.blocks.append(Block("yearly", caps.yearly_cents, max(year_room, 0),
                                 line.amount_cents - max(year_room, 0)))


async def _lines(period: Period, detail_month: date) -> dict[date, dict[int, PayoutLine]]:
    """Lines per month and worker: sums from the database where possible, single rows elsewhere."""
    summed = await worker_month_sums(period, WorkMode.volunteer.value, detail_month)
    if summed is None:
        months = _month_lines(await attended_rows(period, work_mode=WorkMode.volunteer.value))
        _only_detail_per_job(months, detail_month)
        return months
    sums, rows = summed
    months = _month_lines(rows)
    _only_detail_per_job(months, detail_month)
    workers = await worker_facts({row["worker"] for row in sums})
    for row in sums:
        line = months[row["month"]].get(row["worker"])
        if line is None:
            facts = workers[row["worker"]]
            line = months[row["month"]][row["worker"]] = PayoutLine(
                row["worker"], f"{facts['first_name']} {facts['last_name']}", row["month"],
                birth_date=facts["birth_date"], rate_cents=facts["rate"])
        line.minutes += row["minutes"]
        line.amount_cents += row["cents"]
        if row["job"] is not None:
            line.per_job[row["job"]] = line.per_job.get(row["job"], 0) + row["cents"]
        # Age only grows, and cap rows change at most once in a month: the first and the last
        # day worked are the days the hourly cap can differ on.
        line.days.update((row["first_day"], row["last_day"]))
    return months


def _only_detail_per_job(months: dict[date, dict[int, PayoutLine]], detail_month: date) -> None:
    """The same shape whichever way a line was built: a split per job only in the detail month."""
    for month, lines in months.items():
        if month != detail_month:
            for line in lines.values():
                line.per_job.clear()


async def _elsewhere(start: date, end: date) -> dict[tuple[int, date], int]:
    """Allowances declared from elsewhere per (worker, month) in [start, end)."""
    rows = await OtherAllowance.select(OtherAllowance.worker, OtherAllowance.month, OtherAllowance.amount_cents).where(
        OtherAllowance.month >= start, OtherAllowance.month < end)
    totals: dict[tuple[int, date], int] = defaultdict(int)
    for row in rows:
        totals[(row["worker"], month_start(row["month"]))] += row["amount_cents"]
    return totals


def _declared_so_far(elsewhere: dict[tuple[int, date], int]) -> dict[tuple[int, date], int]:
    """Per worker and month: everything declared elsewhere from January up to and including that month."""
    running: dict[tuple[int, date], int] = {}
    by_worker: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for (worker, month), cents in elsewhere.items():
        by_worker[worker].append((month, cents))
    for worker, items in by_worker.items():
        total = 0
        for month, cents in sorted(items):
            total += cents
            running[(worker, month)] = total
    return running


def _declared_until(running: dict[tuple[int, date], int], worker: int, month: date) -> int:
    """The running total at the last month with a declaration not after `month`."""
    for number in range(month.month, 0, -1):
        found = running.get((worker, month.replace(month=number)))
        if found is not None:
            return found
    return 0


async def payout_list(year: int, month: int) -> list[PayoutLine]:
    """Every worker with volunteer-allowance work in the month, payable or blocked, by name."""
    months = await payout_months(year, month)
    return months.get(date(year, month, 1), [])


async def payout_months(year: int, up_to_month: int) -> dict[date, list[PayoutLine]]:
    """Payout lines for January up to `up_to_month`, each month checked in order against the caps."""
    period = Period(date(year, 1, 1), first_of_next_month(date(year, up_to_month, 1)), str(year))
    by_month = await _lines(period, date(year, up_to_month, 1))
    elsewhere = await _elsewhere(period.start, period.end)
    running = _declared_so_far(elsewhere)
    table = await CapTable.load()
    paid: dict[int, int] = defaultdict(int)  # payable so far this year, per worker
    result: dict[date, list[PayoutLine]] = {}
    for start in sorted(by_month):
        for worker, line in by_month[start].items():
            line.elsewhere_cents = elsewhere.get((worker, start), 0)
            assess(line, table, paid[worker] + _declared_until(running, worker, start))
            if not line.blocked:
                paid[worker] += line.amount_cents
        result[start] = sorted(by_month[start].values(), key=lambda line: (line.name, line.worker_id))
    return result


async def payouts_in(period: Period) -> list[PayoutLine]:
    """Payout lines for every month that overlaps `period` (months are the unit of the caps)."""
    lines: list[PayoutLine] = []
    for year in range(period.start.year, period.end.year + 1):
        last = 12 if year < period.end.year else (period.end - timedelta(days=1)).month
        if year == period.end.year and period.end.month == 1 and period.end.day == 1:
            continue  # the period ends on 1 January: nothing of that year is in it
        for start, month_lines in (await payout_months(year, last)).items():
            if start < period.end and first_of_next_month(start) > period.start:
                lines.extend(month_lines)
    return lines


def totals(lines: list[PayoutLine]) -> dict[str, int]:
    payable = [line for line in lines if not line.blocked]
    return {
        "payable_cents": sum(line.amount_cents for line in payable),
        "blocked_cents": sum(line.amount_cents for line in lines if line.blocked),
        "payable_workers": len(payable),
        "blocked_workers": len(lines) - len(payable),
        "minutes": sum(line.minutes for line in lines),
    }
