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
from datetime import date

from wijkwerk.money.attended import attended_rows, month_start
from wijkwerk.money.periods import Period, first_of_next_month
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
    per_job: dict[int, int] = field(default_factory=dict)  # job id -> cents
    blocks: list[Block] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.blocks)


def _month_lines(rows: list[dict]) -> dict[date, dict[int, PayoutLine]]:
    months: dict[date, dict[int, PayoutLine]] = defaultdict(dict)
    for row in rows:
        start = month_start(row["day"])
        line = months[start].setdefault(row["worker"], PayoutLine(
            row["worker"], f"{row['first_name']} {row['last_name']}", start))
        cents = cost_cents(row["rate"], row["minutes_worked"])
        line.minutes += row["minutes_worked"]
        line.amount_cents += cents
        line.per_job[row["job"]] = line.per_job.get(row["job"], 0) + cents
    return months


def _hourly_block(rows: list[dict], table: CapTable) -> Block | None:
    """The rate is agreed per hour, so the hourly cap for the worker's age on each day applies."""
    for row in rows:
        caps = table.on(row["day"], age_on(row["birth_date"], row["day"]))
        if caps is not None and row["rate"] > caps.hourly_cents:
            return Block("hourly", caps.hourly_cents, caps.hourly_cents, row["rate"] - caps.hourly_cents)
    return None


def assess(line: PayoutLine, rows: list[dict], table: CapTable, paid_this_year: int) -> None:
    """Add a Block to `line` for every cap its month would cross. `paid_this_year` counts earlier
    payable months and allowances declared elsewhere up to and including this month."""
    caps = table.on(line.month, age_on(rows[0]["birth_date"], line.month)) if rows else None
    if caps is None:
        line.blocks.append(Block("unknown", 0, 0, line.amount_cents))
        return
    hourly = _hourly_block(rows, table)
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


async def _elsewhere(worker_ids: list[int], start: date, end: date) -> dict[tuple[int, date], int]:
    rows = await OtherAllowance.select(OtherAllowance.worker, OtherAllowance.month, OtherAllowance.amount_cents).where(
        OtherAllowance.worker.is_in(worker_ids or [-1]), OtherAllowance.month >= start, OtherAllowance.month < end)
    totals: dict[tuple[int, date], int] = defaultdict(int)
    for row in rows:
        totals[(row["worker"], month_start(row["month"]))] += row["amount_cents"]
    return totals


async def payout_list(year: int, month: int) -> list[PayoutLine]:
    """Every worker with volunteer-allowance work in the month, payable or blocked, by name."""
    months = await payout_months(year, month)
    return months.get(date(year, month, 1), [])


async def payout_months(year: int, up_to_month: int) -> dict[date, list[PayoutLine]]:
    """Payout lines for January up to `up_to_month`, each month checked in order against the caps."""
    period = Period(date(year, 1, 1), first_of_next_month(date(year, up_to_month, 1)), str(year))
    rows = [row for row in await attended_rows(period) if row["work_mode"] == WorkMode.volunteer.value]
    by_month = _month_lines(rows)
    rows_by_key: dict[tuple[int, date], list[dict]] = defaultdict(list)
    for row in rows:
        rows_by_key[(row["worker"], month_start(row["day"]))].append(row)
    elsewhere = await _elsewhere(sorted({row["worker"] for row in rows}), period.start, period.end)
    table = await CapTable.load()
    paid: dict[int, int] = defaultdict(int)  # payable so far this year, per worker
    result: dict[date, list[PayoutLine]] = {}
    for start in sorted(by_month):
        for worker, line in by_month[start].items():
            line.elsewhere_cents = elsewhere.get((worker, start), 0)
            before_elsewhere = sum(c for (w, m), c in elsewhere.items() if w == worker and m <= start)
            assess(line, rows_by_key[(worker, start)], table, paid[worker] + before_elsewhere)
            if not line.blocked:
                paid[worker] += line.amount_cents
        result[start] = sorted(by_month[start].values(), key=lambda line: (line.name, line.worker_id))
    return result


def totals(lines: list[PayoutLine]) -> dict[str, int]:
    payable = [line for line in lines if not line.blocked]
    return {
        "payable_cents": sum(line.amount_cents for line in payable),
        "blocked_cents": sum(line.amount_cents for line in lines if line.blocked),
        "payable_workers": len(payable),
        "blocked_workers": len(lines) - len(payable),
        "minutes": sum(line.minutes for line in lines),
    }
