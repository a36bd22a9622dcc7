"""The money functions other areas (the funder report) call: totals, rows, funding, payouts in a period."""

from __future__ import annotations

from datetime import date, datetime, timezone

from tests.builders import make_job, make_worker
from tests.money_builders import make_entry, make_funder, make_project, make_worked
from wijkwerk.money import attended
from wijkwerk.money.figures import funding_by_funder, ledger_rows, money_totals
from wijkwerk.money.ledger import reverse_entry
from wijkwerk.money.payouts import payouts_in
from wijkwerk.money.periods import Period, month, quarter, year


async def test_ledger_rows_are_flat_and_hold_no_names(db):
    project = await make_project()
    await make_entry("materials", 1200, project=project["id"], neighbourhood=project["neighbourhood"])
    await make_entry("subsidy", 5000, funder=(await make_funder(kind="lottery"))["id"], entry_date=date(2026, 4, 1))
    rows = await ledger_rows(month(2026, 3))
    assert rows == [{"entry_date": date(2026, 3, 15), "kind": "materials", "amount_cents": 1200,
                     "neighbourhood": project["neighbourhood"], "project": project["id"], "funder_kind": None}]
    assert sum(row["amount_cents"] for row in await ledger_rows(year(2026))) == 6200


async def test_funding_by_funder_nets_reversals_and_sums_to_the_subsidy_total(db):
    gemeente, fonds = await make_funder(name="Gemeente", kind="gemeente"), await make_funder(name="Fonds")
    await make_entry("subsidy", 9000, funder=gemeente["id"])
    wrong = await make_entry("subsidy", 4000, funder=fonds["id"])
    await make_entry("subsidy", 3000, funder=fonds["id"])
    await reverse_entry(wrong, None)
    rows = await funding_by_funder(quarter(2026, 1))
    assert [(row["funder_name"], row["funder_kind"], row["cents"]) for row in rows] == [
        ("Gemeente", "gemeente", 9000), ("Fonds", "fund", 3000)]
    assert sum(row["cents"] for row in rows) == (await money_totals(quarter(2026, 1))).subsidy_cents


async def test_payouts_in_a_period_take_every_month_it_overlaps(db):
    job, worker = await make_job(), await make_worker(rate_cents_per_hour=500)
    for month_number in (1, 2, 3):
        await make_worked(worker["id"], job["id"], datetime(2026, month_number, 10, 8, tzinfo=timezone.utc), 120)
    lines = await payouts_in(Period(date(2026, 2, 15), date(2026, 4, 1), "custom"))
    assert [(line.month, line.amount_cents) for line in lines] == [(date(2026, 2, 1), 1000), (date(2026, 3, 1), 1000)]
    assert len(await payouts_in(year(2026))) == 3 and await payouts_in(year(2025)) == []


async def test_worker_and_job_lookups_in_chunks_miss_nobody(db, monkeypatch):
    jobs = [await make_job(price_kind="hourly", price_cents=1200) for _ in range(3)]
    workers = [await make_worker(rate_cents_per_hour=400) for _ in range(3)]
    for index, (job, worker) in enumerate(zip(jobs, workers)):
        await make_worked(worker["id"], job["id"], datetime(2026, 3, 2 + index, 8, tzinfo=timezone.utc), 60)
    whole = await attended.attended_rows(month(2026, 3))
    monkeypatch.setattr(attended, "CHUNK", 1)
    assert await attended.attended_rows(month(2026, 3)) == whole
    assert {row["rate"] for row in whole} == {400} and {row["price_cents"] for row in whole} == {1200}
