"""Neighbourhoods through the real API and pages: CRUD, bad input, roles."""

from __future__ import annotations

import pytest

from tests.builders import make_job, make_neighbourhood
from tests.helpers import post_form


async def test_create_read_update_delete(manager_client):
    created = await manager_client.post("/api/v1/neighbourhoods", json={"name": "Selwerd"})
    assert created.status_code == 201
    item = created.json()
    assert item["name"] == "Selwerd" and item["municipality"] == "Groningen"

    updated = await manager_client.patch(f"/api/v1/neighbourhoods/{item['id']}", json={"name": "Selwerd-Zuid"})
    assert updated.json()["name"] == "Selwerd-Zuid"

    listing = (await manager_client.get("/api/v1/neighbourhoods")).json()
    assert [row["name"] for row in listing["items"]] == ["Selwerd-Zuid"] and listing["total"] == 1

    assert (await manager_client.delete(f"/api/v1/neighbourhoods/{item['id']}")).status_code == 204
    assert (await manager_client.get(f"/api/v1/neighbourhoods/{item['id']}")).status_code == 404


async def test_pagination_reports_total(manager_client):
    for name in ("A", "B", "C"):
        await make_neighbourhood(name=name)
    page = (await manager_client.get("/api/v1/neighbourhoods?page=2&per_page=2")).json()
    assert page["total"] == 3 and [row["name"] for row in page["items"]] == ["C"]


@pytest.mark.parametrize("body, key", [
    ({"name": ""}, "name"),
    ({"name": "X", "colour": "red"}, "colour"),
    ({"name": 12}, "name"),
    ({}, "name"),
])
async def test_bad_input_is_a_field_level_400(manager_client, body, key):
    response = await manager_client.post("/api/v1/neighbourhoods", json=body)
    assert response.status_code == 400
    assert any(key in (error.get("key") or "") or key in error.get("message", "") for error in response.json()["extra"])


async def test_malformed_json_is_400(manager_client):
    response = await manager_client.post(
        "/api/v1/neighbourhoods", content=b'{"name": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400


async def test_duplicate_name_is_409_with_field(manager_client):
    await make_neighbourhood(name="Paddepoel")
    response = await manager_client.post("/api/v1/neighbourhoods", json={"name": "Paddepoel"})
    assert response.status_code == 409
    assert response.json()["extra"][0]["key"] == "name"


async def test_deleting_a_neighbourhood_in_use_is_409_and_keeps_it(manager_client):
    job = await make_job()
    response = await manager_client.delete(f"/api/v1/neighbourhoods/{job['neighbourhood']}")
    assert response.status_code == 409
    assert (await manager_client.get(f"/api/v1/neighbourhoods/{job['neighbourhood']}")).status_code == 200


async def test_page_form_shows_dutch_message_next_to_field(manager_client):
    response = await post_form(manager_client, "/beheer/wijken", {"name": "  "})
    assert response.status_code == 400
    assert "Vul dit veld in." in response.text and 'aria-invalid="true"' in response.text


async def test_page_form_creates_and_redirects(manager_client):
    response = await post_form(manager_client, "/beheer/wijken", {"name": "Vinkhuizen"})
    assert response.status_code == 303
    assert "Vinkhuizen" in (await manager_client.get("/beheer/wijken")).text


@pytest.mark.parametrize("path", ["/api/v1/neighbourhoods/99999999999", "/api/v1/shifts/99999999999999999999"])
async def test_ids_beyond_the_database_range_are_4xx(manager_client, path):
    response = await manager_client.get(path)
    assert response.status_code in (400, 404)
