"""The append-only ledger: entries through the API, reversals, database refusal of edits, roles."""

from __future__ import annotations

import pytest

from tests.builders import make_job, make_neighbourhood
from tests.helpers import login
from tests.money_builders import make_entry, make_funder, make_project
from wijkwerk.tables import LedgerEntry


def _body(**overrides) -> dict:
    return {"kind": "materials", "amount_cents": 12345, "entry_date": "2026-03-10", "description": "Harken",
            **overrides}


async def test_manager_books_a_subsidy_for_a_funder(manager_client):
    funder = await make_funder(name="Oranje Fonds")
    response = await manager_client.post("/api/v1/ledger", json=_body(kind="subsidy", funder=funder["id"]))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["amount_cents"] == 12345 and body["funder"] == funder["id"] and body["entered_by"] is not None
    assert (await manager_client.get(f"/api/v1/ledger/{body['id']}")).json()["kind"] == "subsidy"


async def test_an_entry_takes_its_neighbourhood_from_the_project(manager_client):
    project = await make_project()
    response = await manager_client.post("/api/v1/ledger", json=_body(project=project["id"]))
    assert response.json()["neighbourhood"] == project["neighbourhood"]


@pytest.mark.parametrize("overrides, field", [
    ({"amount_cents": 12.5}, "amount_cents"),
    ({"amount_cents": "12,50"}, "amount_cents"),
    ({"amount_cents": -100}, "amount_cents"),
    ({"amount_cents": 0}, "amount_cents"),
    ({"amount_cents": 10**12}, "amount_cents"),
    ({"kind": "revenue"}, "kind"),
    ({"kind": "bribe"}, "kind"),
    ({"project": 99999}, "project"),
    ({"funder": 99999}, "funder"),
    ({"kind": "subsidy"}, "funder"),
    ({"entry_date": "1850-01-01"}, "entry_date"),
    ({"surprise": 1}, "surprise"),
])
async def test_bad_entries_are_refused_with_the_field_and_nothing_is_written(manager_client, overrides, field):
    response = await manager_client.post("/api/v1/ledger", json=_body(**overrides))
    assert response.status_code == 400, response.text
    assert field in response.text
    assert await LedgerEntry.count() == 0


async def test_a_reversal_nets_to_zero_and_keeps_the_links(manager_client):
    job = await make_job()
    created = (await manager_client.post("/api/v1/ledger", json=_body(job=job["id"]))).json()
    response = await manager_client.post(f"/api/v1/ledger/{created['id']}/reversal", json={"reason": "dubbel"})
    assert response.status_code == 201
    reversal = response.json()
    assert reversal["amount_cents"] == -12345 and reversal["reverses"] == created["id"]
    assert (reversal["job"], reversal["neighbourhood"], reversal["entry_date"]) == (
        job["id"], job["neighbourhood"], created["entry_date"])
    assert sum(row["amount_cents"] for row in await LedgerEntry.select()) == 0
    assert (await manager_client.get(f"/api/v1/ledger/{created['id']}")).json()["reversed_by"] == reversal["id"]


async def test_an_entry_is_reversed_only_once_and_a_reversal_never(manager_client):
    created = (await manager_client.post("/api/v1/ledger", json=_body())).json()
    reversal = (await manager_client.post(f"/api/v1/ledger/{created['id']}/reversal", json={})).json()
    again = await manager_client.post(f"/api/v1/ledger/{created['id']}/reversal", json={})
    of_reversal = await manager_client.post(f"/api/v1/ledger/{reversal['id']}/reversal", json={})
    assert again.status_code == 409 and "already_reversed" in again.text
    assert of_reversal.status_code == 409 and "is_reversal" in of_reversal.text
    assert await LedgerEntry.count() == 2


async def test_reversing_an_unknown_entry_is_404(manager_client):
    assert (await manager_client.post("/api/v1/ledger/4242/reversal", json={})).status_code == 404


@pytest.mark.parametrize("statement", [
    'UPDATE "ledger_entry" SET amount_cents = 1',
    'UPDATE "ledger_entry" SET description = \'stil aangepast\'',
    'DELETE FROM "ledger_entry"',
])
async def test_the_database_refuses_to_change_or_delete_ledger_rows(db, statement):
    await make_entry("overhead", 5000)
    with pytest.raises(Exception, match="append-only"):
        await LedgerEntry.raw(statement)
    rows = await LedgerEntry.select()
    assert len(rows) == 1 and rows[0]["amount_cents"] == 5000 and rows[0]["description"] == ""


async def test_the_database_refuses_a_negative_original_entry(db):
    with pytest.raises(Exception, match="ck_ledger_entry_amount"):
        await make_entry("overhead", -5000)


async def test_the_ledger_list_filters_by_kind_funder_and_dates(manager_client):
    funder = await make_funder()
    await make_entry("subsidy", 1000, funder=funder["id"])
    await make_entry("overhead", 2000)
    await make_entry("overhead", 3000, entry_date=__import__("datetime").date(2026, 5, 1))
    subsidies = (await manager_client.get(f"/api/v1/ledger?funder={funder['id']}")).json()
    march = (await manager_client.get("/api/v1/ledger?kind=overhead&start=2026-03-01&end=2026-03-31")).json()
    assert [row["amount_cents"] for row in subsidies["items"]] == [1000]
    assert [row["amount_cents"] for row in march["items"]] == [2000] and march["total"] == 1


@pytest.mark.parametrize("role", ["resident", "funder"])
@pytest.mark.parametrize("method, url", [
    ("get", "/api/v1/ledger"), ("post", "/api/v1/ledger"), ("get", "/api/v1/allocations"),
    ("post", "/api/v1/allocations"), ("get", "/api/v1/allocations/balance"),
    ("get", "/beheer/geld"), ("get", "/beheer/geld/facturen"), ("get", "/beheer/geld/vergoedingen"),
    ("get", "/beheer/geld/resultaat"), ("get", "/beheer/geld/projecten"), ("get", "/beheer/geld/herinvestering"),
    ("get", "/beheer/geld/facturen/export?klant=1&maand=2026-03&formaat=csv"),
])
async def test_residents_and_funders_get_403_and_no_money(client, role, method, url):
    await make_entry("subsidy", 987654, funder=(await make_funder(name="Geheim Fonds"))["id"])
    await login(client, f"someone-{role}", role=role)
    kwargs = {"json": _body()} if method == "post" and url.startswith("/api") else {}
    response = await getattr(client, method)(url, **kwargs)
    assert response.status_code == 403
    assert "9876" not in response.text and "Geheim" not in response.text
    assert await LedgerEntry.count() == 1


async def test_anonymous_api_calls_are_401(client):
    assert (await client.get("/api/v1/ledger")).status_code == 401


async def test_neighbourhood_filter_needs_no_neighbourhood_on_funder_entries(manager_client):
    wijk = await make_neighbourhood()
    await make_entry("materials", 700, neighbourhood=wijk["id"])
    await make_entry("overhead", 900)
    listed = (await manager_client.get(f"/api/v1/ledger?neighbourhood={wijk['id']}")).json()
    assert [row["amount_cents"] for row in listed["items"]] == [700]
