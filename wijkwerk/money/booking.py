"""Booking computed money into the ledger: a client's invoice for a month, a month's payouts.

Each job's line is booked once per month. A job already booked (and not reversed) is skipped,
so booking twice changes nothing; to correct a line, reverse its entry and book again.
Blocked payouts are not booked: they wait until the block is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from wijkwerk.common.transactions import write_transaction
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.ledger import insert_entry
from wijkwerk.money.locking import lock_money_balance
from wijkwerk.money.payouts import payout_list
from wijkwerk.money.periods import Period
from wijkwerk.money.revenue import revenue_lines
from wijkwerk.tables import Job, LedgerEntry
from wijkwerk.tables.enums import LedgerKind


@dataclass
class BookingResult:
    booked: list[int] = field(default_factory=list)  # ledger entry ids
    skipped_jobs: list[int] = field(default_factory=list)  # already booked for the month


async def booked_jobs(kind: str, month: date) -> set[int]:
    """Jobs with an unreversed entry of `kind` for `month`."""
    rows = await LedgerEntry.select(LedgerEntry.id, LedgerEntry.job, LedgerEntry.reverses).where(
        LedgerEntry.kind == kind, LedgerEntry.period == month)
    reversed_ids = {row["reverses"] for row in rows if row["reverses"] is not None}
    return {row["job"] for row in rows if row["reverses"] is None and row["id"] not in reversed_ids}


def _last_day(period: Period) -> date:
    return period.end - timedelta(days=1)


async def book_invoice(client_id: int, period: Period, user_id: int | None) -> BookingResult:
    """Book the client's invoice lines for the month `period` as revenue, one entry per job."""
    result = BookingResult()
    async with write_transaction():
        await lock_money_balance()
        done = await booked_jobs(LedgerKind.revenue.value, period.start)
        for line in await revenue_lines(period, client_id=client_id):
            if line.job_id in done:
                result.skipped_jobs.append(line.job_id)
                continue
            if line.amount_cents > 0:
                result.booked.append(await insert_entry({
                    "kind": LedgerKind.revenue.value, "amount_cents": line.amount_cents, "period": period.start,
                    "entry_date": _last_day(period), "job": line.job_id, "client": line.client_id,
                    "neighbourhood": line.neighbourhood_id,
                    "description": _("Factuur %(month)s: %(job)s", month=period.label, job=line.job_title),
                }, user_id))
    return result


async def book_payouts(period: Period, user_id: int | None) -> BookingResult:
    """Book the month's payable compensation as costs, one entry per job; blocked workers are left out."""
    result = BookingResult()
    per_job: dict[int, int] = {}
    for line in await payout_list(period.start.year, period.start.month):
        if not line.blocked:
            for job, cents in line.per_job.items():
                per_job[job] = per_job.get(job, 0) + cents
    async with write_transaction():
        await lock_money_balance()
        done = await booked_jobs(LedgerKind.compensation.value, period.start)
        jobs = {row["id"]: row for row in await Job.select(Job.id, Job.title, Job.client, Job.neighbourhood).where(
            Job.id.is_in(list(per_job) or [-1]))}
        for job_id, cents in sorted(per_job.items()):
            if job_id in done:
                result.skipped_jobs.append(job_id)
                continue
            if cents > 0:
                job = jobs[job_id]
                result.booked.append(await insert_entry({
                    "kind": LedgerKind.compensation.value, "amount_cents": cents, "period": period.start,
                    "entry_date": _last_day(period), "job": job_id, "client": job["client"],
                    "neighbourhood": job["neighbourhood"],
                    "description": _("Vergoedingen %(month)s: %(job)s", month=period.label, job=job["title"]),
                }, user_id))
    return result
