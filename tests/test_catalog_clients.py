"""Clients (opdrachtgevers) through the real API and pages: CRUD, filters, bad input, in-use deletes."""

from __future__ import annotations

import pytest

from tests.builders import make_client, make_job
from tests.helpers import post_form
from wijkwerk.tables import Client


async def test_create_read_update_delete(staff):
    created = await staff.post("/api/v1/clients", json={"name": "Gemeente Groningen", "kind": "gemeente"})
    assert created.status_code == 201, created.text
    item = created.json()
    assert item["kind"] == "gemeente" and item["email"] == ""

    updated = await staff.patch(f"/api/v1/clients/{item['id']}", json={"contact_name": "Wijkteam Noordwest"})
    assert updated.json()["contact_name"] == "Wijkteam Noordwest" and updated.json()["name"] == "Gemeente Groningen"

    assert (await staff.delete(f"/api/v1/clients/{item['id']}")).status_code == 204
    assert (await staff.get(f"/api/v1/clients/{item['id']}")).status_code == 404


async def test_list_filters_by_kind_and_pages(staff):
    await make_client(name="A", kind="gemeente")
    await make_client(name="B", kind="housing_corporation")
    await make_client(name="C", kind="gemeente")
    page = (await staff.get("/api/v1/clients?kind=gemeente&per_page=1&page=2")).json()
    assert page["total"] == 2 and [row["name"] for row in page["items"]] == ["C"]


async def test_unknown_kind_filter_is_400(staff):
    assert (await staff.get("/api/v1/clients?kind=bank")).status_code == 400


@pytest.mark.parametrize("body, key", [
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "X" * 151}, "name"),
    ({"name": "X", "kind": "bank"}, "kind"),
    ({"name": "X", "email": "geen-adres"}, "email"),
    ({"name": "X", "website": "x.nl"}, "website"),
    ({"name": ["X"]}, "name"),
    ({}, "name"),
])
async def test_bad_input_is_a_field_level_400(staff, body, key):
    response = await staff.post("/api/v1/clients", json=body)
    assert response.status_code == 400, response.text
    assert any(key == error.get("key") or key in error.get("message", "") for error in response.json()["extra"])
    assert await Client.count() == 0


@pytest.mark.parametrize("url", ["/api/v1/clients", "/api/v1/job-types", "/api/v1/jobs", "/api/v1/skills"])
async def test_malformed_json_is_400(staff, url):
    response = await staff.post(url, content=b'{"name": "X"', headers={"content-type": "application/json"})
    assert response.status_code == 400


@pytest.mark.parametrize("method", ["post", "patch"])
async def test_duplicate_name_is_409_with_field(staff, method):
    await make_client(name="Woonstichting Noorderhuis")
    other = await make_client(name="School")
    url = "/api/v1/clients" if method == "post" else f"/api/v1/clients/{other['id']}"
    response = await getattr(staff, method)(url, json={"name": "Woonstichting Noorderhuis"})
    assert response.status_code == 409 and response.json()["extra"][0]["key"] == "name"


async def test_deleting_a_client_with_jobs_is_409_and_keeps_it(staff):
    job = await make_job()
    response = await staff.delete(f"/api/v1/clients/{job['client']}")
    assert response.status_code == 409 and response.json()["extra"][0]["key"] == "id"
    assert await Client.count() == 1


async def test_page_create_redirects_to_detail(staff):
    response = await post_form(staff, "/beheer/opdrachtgevers", {"name": "OBS De Zonnewijzer", "kind": "other"})
    assert response.status_code == 303
    detail = await staff.get(response.headers["location"])
    assert "OBS De Zonnewijzer" in detail.text and "Opgeslagen." in detail.text


@pytest.mark.parametrize("form, message", [
    ({"name": "", "kind": "other"}, "Vul dit veld in."),
    ({"name": "X", "kind": "other", "email": "x@"}, "Vul een geldig e-mailadres in"),
    ({"name": "X", "kind": "bank"}, "Kies een van"),
])
async def test_page_form_shows_dutch_message_and_saves_nothing(staff, form, message):
    response = await post_form(staff, "/beheer/opdrachtgevers", form)
    assert response.status_code == 400
    assert message in response.text and 'aria-invalid="true"' in response.text
    assert await Client.count() == 0


async def test_page_edit_error_keeps_stored_data(staff):
    client = await make_client(name="Gemeente")
    response = await post_form(staff, f"/beheer/opdrachtgevers/{client['id']}", {"name": "", "kind": "gemeente"})
    assert response.status_code == 400 and "Vul dit veld in." in response.text
    assert (await Client.select(Client.name).first())["name"] == "Gemeente"


async def test_detail_lists_the_clients_jobs(staff):
    job = await make_job(title="Trappenhuizen Selwerd")
    page = await staff.get(f"/beheer/opdrachtgevers/{job['client']}")
    assert page.status_code == 200 and f'/beheer/opdrachten/{job["id"]}' in page.text


async def test_list_page_filters_by_kind(staff):
    await make_client(name="Gemeente Groningen", kind="gemeente")
    await make_client(name="Woonstichting", kind="housing_corporation")
    page = await staff.get("/beheer/opdrachtgevers?soort=gemeente")
    assert "Gemeente Groningen" in page.text and "Woonstichting" not in page.text


async def test_page_delete_of_client_in_use_explains_and_keeps_it(staff):
    job = await make_job()
    response = await post_form(staff, f"/beheer/opdrachtgevers/{job['client']}/verwijderen", {})
    assert response.status_code == 409 and "heeft nog opdrachten" in response.text
    assert await Client.count() == 1


async def test_page_delete_removes_unused_client(staff):
    client = await make_client()
    response = await post_form(staff, f"/beheer/opdrachtgevers/{client['id']}/verwijderen", {})
    assert response.status_code == 303 and await Client.count() == 0
