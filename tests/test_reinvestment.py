"""Reinvestment: allocations never exceed the available profit (also under simultaneous requests),
and spending never exceeds its allocation; refusals are 4xx with a Dutch message and write nothing."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.helpers import clear_tables, post_form
from tests.money_builders import make_entry, make_funder, make_project
from wijkwerk.common.validation import InvalidInput
from wijkwerk.money import reinvestment
from wijkwerk.tables import Allocation, LedgerEntry


def _allocation(target: dict, cents: int, **overrides) -> dict:
    body = {"project": target["id"], "amount_cents": cents, "decided_on": "2026-03-20",
            "reason": "Bewonersraad besloot"}
    return {**body, **overrides}


async def test_an_allocation_within_the_available_profit_is_saved(manager_client):
    await make_entry("subsidy", 100000)
    await make_entry("materials", 30000)
    project = await make_project()
    response = await manager_client.post("/api/v1/allocations", json=_allocation(project, 70000))
    assert response.status_code == 201, response.text
    assert (await manager_client.get("/api/v1/allocations/balance")).json() == {
        "net_result_cents": 70000, "allocated_cents": 70000, "available_cents": 0}


async def test_an_allocation_beyond_the_profit_is_409_and_writes_nothing(manager_client):
    await make_entry("subsidy", 50000)
    project = await make_project()
    response = await manager_client.post("/api/v1/allocations", json=_allocation(project, 50001))
    assert response.status_code == 409
    assert response.json()["extra"][0]["code"] == "exceeds_available"
    assert "€\xa0500,00" in response.json()["extra"][0]["message"]
    assert await Allocation.count() == 0


@pytest.mark.parametrize("overrides, field, status", [
    ({"amount_cents": 100.5}, "amount_cents", 400),
    ({"amount_cents": -100}, "amount_cents", 400),
    ({"project": 99999}, "project", 400),
    ({"reason": ""}, "reason", 400),
    ({"decided_on": "gisteren"}, "decided_on", 400),
])
async def test_bad_allocations_are_refused_per_field(manager_client, overrides, field, status):
    await make_entry("subsidy", 50000)
    project = await make_project()
    response = await manager_client.post("/api/v1/allocations", json=_allocation(project, 1000, **overrides))
    assert response.status_code == status and field in response.text
    assert await Allocation.count() == 0


async def test_simultaneous_allocations_never_exceed_the_available_profit(manager_client):
    await make_entry("subsidy", 100000)  # room for exactly ten allocations of € 100
    project = await make_project()
    responses = await asyncio.gather(*[
        manager_client.post("/api/v1/allocations", json=_allocation(project, 10000)) for _ in range(25)])
    codes = sorted(response.status_code for response in responses)
    assert codes == [201] * 10 + [409] * 15
    assert await reinvestment.allocated_cents() == 100000 and await reinvestment.available_cents() == 0


async def test_simultaneous_spending_never_exceeds_the_allocation(manager_client):
    await make_entry("subsidy", 100000)
    allocation = (await manager_client.post("/api/v1/allocations", json=_allocation(await make_project(), 50000))).json()
    url = f"/api/v1/allocations/{allocation['id']}/spending"
    responses = await asyncio.gather(*[
        manager_client.post(url, json={"amount_cents": 15000, "entry_date": "2026-04-01", "description": "Zaden"})
        for _ in range(12)])
    assert sorted(r.status_code for r in responses) == [201] * 3 + [409] * 9
    assert await reinvestment.spent_cents(allocation["id"]) == 45000


async def test_spending_is_booked_against_the_allocation_and_its_project(manager_client):
    await make_entry("subsidy", 100000)
    project = await make_project()
    allocation = (await manager_client.post("/api/v1/allocations", json=_allocation(project, 50000))).json()
    response = await manager_client.post(f"/api/v1/allocations/{allocation['id']}/spending",
                                         json={"amount_cents": 12000, "entry_date": "2026-04-01"})
    entry = response.json()
    assert response.status_code == 201 and entry["kind"] == "reinvestment_spending"
    assert (entry["allocation"], entry["project"], entry["neighbourhood"]) == (
        allocation["id"], project["id"], project["neighbourhood"])
    # Spending is not a cost: the allocation already took the money out of what is available.
    assert (await manager_client.get("/api/v1/allocations/balance")).json()["available_cents"] == 50000


async def test_spending_on_an_unknown_allocation_is_404(manager_client):
    response = await manager_client.post("/api/v1/allocations/777/spending",
                                         json={"amount_cents": 100, "entry_date": "2026-04-01"})
    assert response.status_code == 404 and await LedgerEntry.count() == 0


async def test_the_page_refuses_an_allocation_beyond_profit_in_dutch(manager_client):
    await make_entry("subsidy", 20000)
    project = await make_project()
    response = await post_form(manager_client, "/beheer/geld/herinvestering", {
        "project": project["id"], "amount": "250,00", "decided_on": "2026-03-20", "reason": "Buurtbus"})
    assert response.status_code == 409
    assert "Er is maar €\xa0200,00 beschikbaar voor herinvestering" in response.text
    assert await Allocation.count() == 0


async def test_the_page_allocates_and_books_spending(manager_client):
    await make_entry("subsidy", 20000)
    project = await make_project()
    response = await post_form(manager_client, "/beheer/geld/herinvestering", {
        "project": project["id"], "amount": "150,00", "decided_on": "2026-03-20", "reason": "Buurtbus"})
    assert response.status_code == 303
    [allocation] = await Allocation.select()
    spent = await post_form(manager_client, f"/beheer/geld/herinvestering/{allocation['id']}/besteding",
                            {"amount": "160,00", "entry_date": "2026-04-02", "description": "Benzine"})
    assert spent.status_code == 409 and "Van deze toekenning is nog maar €\xa0150,00 over." in spent.text
    ok = await post_form(manager_client, f"/beheer/geld/herinvestering/{allocation['id']}/besteding",
                         {"amount": "60,00", "entry_date": "2026-04-02", "description": "Benzine"})
    assert ok.status_code == 303
    page = await manager_client.get("/beheer/geld/herinvestering")
    assert "€\xa050,00" in page.text and "€\xa090,00" in page.text  # available, and left on the allocation


_steps = st.lists(st.one_of(
    st.tuples(st.just("income"), st.integers(1, 50000)),
    st.tuples(st.just("cost"), st.integers(1, 50000)),
    st.tuples(st.just("allocate"), st.integers(1, 80000)),
), min_size=1, max_size=12)


@given(steps=_steps)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
async def test_allocations_never_exceed_the_net_result_at_the_moment_they_are_made(db, steps):
    await clear_tables(db)
    funder = await make_funder()
    project = await make_project()
    for kind, cents in steps:
        if kind == "income":
            await make_entry("subsidy", cents, funder=funder["id"])
        elif kind == "cost":
            await make_entry("overhead", cents)
        else:
            before = await reinvestment.available_cents()
            count = await Allocation.count()
            try:
                await reinvestment.allocate({"project": project["id"], "amount_cents": cents,
                                             "decided_on": date(2026, 3, 1), "reason": "x"}, None)
                assert cents <= before
                assert await reinvestment.available_cents() == before - cents >= 0
            except InvalidInput:
                assert cents > before and await Allocation.count() == count


@pytest.mark.parametrize("body, field", [
    ({"amount_cents": 10.0, "entry_date": "2026-04-01"}, "amount_cents"),
    ({"amount_cents": -1, "entry_date": "2026-04-01"}, "amount_cents"),
    ({"amount_cents": 100}, "entry_date"),
    ({"amount_cents": 100, "entry_date": "2026-04-01", "allocation": 1}, "allocation"),
])
async def test_bad_spending_is_refused_per_field_and_writes_nothing(manager_client, body, field):
    await make_entry("subsidy", 100000)
    allocation = (await manager_client.post("/api/v1/allocations", json=_allocation(await make_project(), 50000))).json()
    before = await LedgerEntry.count()
    response = await manager_client.post(f"/api/v1/allocations/{allocation['id']}/spending", json=body)
    assert response.status_code == 400 and field in response.text
    assert await LedgerEntry.count() == before


async def test_income_dated_after_today_is_not_yet_available(manager_client, monkeypatch):
    from wijkwerk import clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 31))
    await make_entry("subsidy", 10000, entry_date=date(2026, 3, 31))
    await make_entry("subsidy", 90000, entry_date=date(2026, 4, 1))
    project = await make_project()
    refused = await manager_client.post("/api/v1/allocations", json=_allocation(project, 10001))
    assert refused.status_code == 409
    assert (await manager_client.post("/api/v1/allocations", json=_allocation(project, 10000))).status_code == 201


@pytest.mark.parametrize("statement", ['UPDATE "allocation" SET amount_cents = 999999', 'DELETE FROM "allocation"'])
async def test_the_database_refuses_to_change_or_delete_an_allocation(manager_client, statement):
    await make_entry("subsidy", 50000)
    await manager_client.post("/api/v1/allocations", json=_allocation(await make_project(), 20000))
    with pytest.raises(Exception, match="append-only"):
        await Allocation.raw(statement)
    assert [row["amount_cents"] for row in await Allocation.select()] == [20000]
