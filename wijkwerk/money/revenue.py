"""Revenue from jobs and attendance: a fixed price per shift actually worked, or the hourly
rate × hours attended; grouped into invoice lines per client, month and job.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from wijkwerk.money.attended import attended_rows, month_start
from wijkwerk.money.periods import Period
from wijkwerk.tables.enums import PriceKind


@dataclass(frozen=True)
class InvoiceLine:
    client_id: int
    client_name: str
    month: date  # first day
    job_id: int
    job_title: str
    neighbourhood_id: int
    price_kind: str
    price_cents: int
    shifts: int  # shifts with at least one person present
    minutes: int  # minutes attended, all people together
    amount_cents: int


@dataclass
class Invoice:
    client_id: int
    client_name: str
    month: date
    lines: list[InvoiceLine] = field(default_factory=list)

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)


def hourly_amount(price_cents: int, minutes: int) -> int:
    """price per hour × minutes / 60, rounded half up to a whole cent, in integers only."""
    return (price_cents * minutes * 2 + 60) // 120


def line_amount(price_kind: str, price_cents: int, shifts: int, minutes: int) -> int:
    if price_kind == PriceKind.hourly.value:
        return hourly_amount(price_cents, minutes)
    return price_cents * shifts


def invoice_lines(rows: list[dict]) -> list[InvoiceLine]:
    """Pure: attended rows (see attended_rows) to one line per (client, month, job)."""
    groups: dict[tuple, dict] = defaultdict(lambda: {"shifts": set(), "minutes": 0})
    facts: dict[tuple, dict] = {}
    for row in rows:
        key = (row["client"], month_start(row["day"]), row["job"])
        groups[key]["shifts"].add(row["shift"])
        groups[key]["minutes"] += row["minutes_worked"]
        facts[key] = row
    lines = []
    for key in sorted(groups, key=lambda k: (facts[k]["client_name"], k[1], facts[k]["job_title"], k[2])):
        row, group = facts[key], groups[key]
        shifts = len(group["shifts"])
        lines.append(InvoiceLine(
            client_id=row["client"], client_name=row["client_name"], month=key[1], job_id=row["job"],
            job_title=row["job_title"], neighbourhood_id=row["neighbourhood"], price_kind=row["price_kind"],
            price_cents=row["price_cents"], shifts=shifts, minutes=group["minutes"],
            amount_cents=line_amount(row["price_kind"], row["price_cents"], shifts, group["minutes"]),
        ))
    return lines


def invoices(lines: list[InvoiceLine]) -> list[Invoice]:
    """Lines grouped per client per month, in line order."""
    grouped: dict[tuple[int, date], Invoice] = {}
    for line in lines:
        key = (line.client_id, line.month)
        grouped.setdefault(key, Invoice(line.client_id, line.client_name, line.month)).lines.append(line)
    return list(grouped.values())


async def revenue_lines(period: Period, neighbourhood_id: int | None = None,
                        client_id: int | None = None) -> list[InvoiceLine]:
    """Invoice lines for work done in `period` (optionally one neighbourhood or client)."""
    return invoice_lines(await attended_rows(period, neighbourhood_id, client_id))
