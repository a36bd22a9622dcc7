"""Revenue from jobs and attendance, checked against a hand-computed fixture, and the invoice pages.

Fixture (March 2026, client "Woonborg"):
- "Tuinen" per shift at € 85,00: shift A with two people present (counts once), shift B with one
  present, shift C where the only person was a no-show (does not count) → 2 × 85,00 = € 170,00.
- "Trappenhuizen" hourly at € 22,50: 3 h + 2 h 30 + 1 h 20 = 410 minutes → 22,50 × 410 / 60 =
  € 153,75.
- A cancelled shift with attendance, and April work, are not in March.
Total for Woonborg in March: € 323,75.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest

from tests.builders import make_client, make_job, make_shift, make_worker
from tests.helpers import post_form
from tests.money_builders import add_attendance, make_worked
from tests.xlsx_cells import read_sheet
from wijkwerk.money.periods import month
from wijkwerk.money.revenue import hourly_amount, invoice_lines, invoices, revenue_lines
from wijkwerk.tables import LedgerEntry, Shift


def _at(day: int, hour: int = 8, month_: int = 3) -> datetime:
    return datetime(2026, month_, day, hour, 0, tzinfo=timezone.utc)


async def _fixture() -> dict:
    client = await make_client(name="Woonborg")
    per_shift = await make_job(client=client["id"], title="Tuinen", price_kind="per_shift", price_cents=8500)
    hourly = await make_job(client=client["id"], title="Trappenhuizen", price_kind="hourly", price_cents=2250)
    anna, bram = await make_worker(first_name="Anna"), await make_worker(first_name="Bram")
    shift_a = await make_worked(anna["id"], per_shift["id"], _at(2), 240)
    await add_attendance(bram["id"], shift_a["shift"], _at(2), 180)
    await make_worked(anna["id"], per_shift["id"], _at(9), 240)
    await make_worked(bram["id"], per_shift["id"], _at(16), 0, status="no_show")
    await make_worked(anna["id"], hourly["id"], _at(3), 180)
    await make_worked(bram["id"], hourly["id"], _at(10), 150)
    await make_worked(anna["id"], hourly["id"], _at(17), 80)
    cancelled = await make_worked(anna["id"], hourly["id"], _at(24), 240)
    await Shift.update({Shift.cancelled: True}).where(Shift.id == cancelled["shift"])
    await make_worked(anna["id"], hourly["id"], _at(7, month_=4), 240)
    return {"client": client, "per_shift": per_shift, "hourly": hourly}


async def test_revenue_for_both_price_kinds_matches_the_hand_computed_fixture(db):
    fixture = await _fixture()
    lines = {line.job_title: line for line in await revenue_lines(month(2026, 3))}
    assert (lines["Tuinen"].shifts, lines["Tuinen"].amount_cents) == (2, 17000)
    assert (lines["Trappenhuizen"].minutes, lines["Trappenhuizen"].amount_cents) == (410, 15375)
    [invoice] = invoices(list(lines.values()))
    assert invoice.client_id == fixture["client"]["id"] and invoice.total_cents == 32375


async def test_a_shift_after_midnight_amsterdam_time_counts_in_its_local_month(db):
    job = await make_job(price_kind="per_shift", price_cents=1000)
    # 31 March 23:30 UTC is 1 April 01:30 in Amsterdam (summer time).
    await make_worked((await make_worker())["id"], job["id"], datetime(2026, 3, 31, 23, 30, tzinfo=timezone.utc), 60)
    assert await revenue_lines(month(2026, 3)) == []
    assert [line.amount_cents for line in await revenue_lines(month(2026, 4))] == [1000]


@pytest.mark.parametrize("price, minutes, cents", [(2250, 410, 15375), (1000, 1, 17), (1000, 2, 33), (999, 90, 1499)])
def test_hourly_amounts_round_half_up_to_a_cent(price, minutes, cents):
    assert hourly_amount(price, minutes) == cents


def test_invoice_lines_sum_to_the_invoice_totals():
    rows = [{"client": c, "client_name": f"C{c}", "job": j, "job_title": f"J{j}", "shift": s, "minutes_worked": m,
             "price_kind": "hourly" if j % 2 else "per_shift", "price_cents": 1234, "neighbourhood": 1,
             "day": datetime(2026, 3, 1 + s % 28).date()}
            for c, j, s, m in [(1, 1, 1, 61), (1, 2, 2, 30), (2, 3, 3, 45), (2, 3, 4, 15), (1, 2, 5, 60)]]
    lines = invoice_lines(rows)
    assert sum(i.total_cents for i in invoices(lines)) == sum(line.amount_cents for line in lines)


async def test_invoice_page_shows_each_client_with_lines_and_total(manager_client):
    await _fixture()
    page = await manager_client.get("/beheer/geld/facturen?maand=2026-03")
    assert page.status_code == 200
    assert "Woonborg" in page.text and "Tuinen" in page.text and "€\xa0323,75" in page.text


async def test_invoice_csv_and_xlsx_carry_exact_amounts(manager_client):
    fixture = await _fixture()
    url = f"/beheer/geld/facturen/export?klant={fixture['client']['id']}&maand=2026-03"
    text = (await manager_client.get(url + "&formaat=csv")).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[-1][0] == "Totaal" and rows[-1][-1] == "323.75"
    assert {row[0]: row[-1] for row in rows[1:-1]} == {"Trappenhuizen": "153.75", "Tuinen": "170.00"}
    response = await manager_client.get(url + "&formaat=xlsx")
    cells, formats = read_sheet(response.content)
    assert cells[-1][-1] == 323.75 and "€" in formats[-1][-1]
    assert sorted(row[-1] for row in cells[1:-1]) == [153.75, 170.0]


@pytest.mark.parametrize("query", ["klant=99999&maand=2026-03&formaat=csv", "klant=abc&maand=2026-03&formaat=csv",
                                   "klant=1&maand=2026-03&formaat=pdf"])
async def test_invoice_export_for_nothing_is_404(manager_client, query):
    await _fixture()
    assert (await manager_client.get(f"/beheer/geld/facturen/export?{query}")).status_code == 404


async def test_booking_an_invoice_twice_books_each_job_once(manager_client):
    fixture = await _fixture()
    form = {"klant": fixture["client"]["id"], "maand": "2026-03"}
    assert (await post_form(manager_client, "/beheer/geld/facturen/boeken", form)).status_code == 303
    await post_form(manager_client, "/beheer/geld/facturen/boeken", form)
    rows = await LedgerEntry.select().where(LedgerEntry.kind == "revenue")
    assert sorted(row["amount_cents"] for row in rows) == [15375, 17000]
    assert {row["period"].isoformat() for row in rows} == {"2026-03-01"}
    assert {row["entry_date"].isoformat() for row in rows} == {"2026-03-31"}


async def test_a_reversed_invoice_line_can_be_booked_again(manager_client):
    fixture = await _fixture()
    form = {"klant": fixture["client"]["id"], "maand": "2026-03"}
    await post_form(manager_client, "/beheer/geld/facturen/boeken", form)
    first = (await LedgerEntry.select().where(LedgerEntry.job == fixture["hourly"]["id"]))[0]
    await manager_client.post(f"/api/v1/ledger/{first['id']}/reversal", json={"reason": "uren aangepast"})
    await post_form(manager_client, "/beheer/geld/facturen/boeken", form)
    amounts = [row["amount_cents"] for row in await LedgerEntry.select().where(LedgerEntry.job == fixture["hourly"]["id"])]
    assert sorted(amounts) == [-15375, 15375, 15375] and sum(amounts) == 15375


async def test_no_money_for_a_shift_without_presence(db):
    job = await make_job(price_kind="per_shift", price_cents=5000)
    await make_shift(job=job["id"], starts_at=_at(5))
    assert await revenue_lines(month(2026, 3)) == []
