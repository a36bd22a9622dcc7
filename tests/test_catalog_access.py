"""Only managers and admins reach the catalog: residents and funders get 403, anonymous visitors 401 or a login."""

from __future__ import annotations

import pytest

from tests.helpers import login

API = ["/api/v1/clients", "/api/v1/job-types", "/api/v1/jobs", "/api/v1/skills"]
PAGES = ["/beheer/opdrachtgevers", "/beheer/opdrachten", "/beheer/opdrachten/nieuw", "/beheer/vaardigheden",
         "/beheer/soorten-werk"]


@pytest.mark.parametrize("role", ["resident", "funder"])
async def test_other_roles_are_refused_everywhere(client, role):
    await login(client, "x", role=role)
    for url in API + PAGES:
        assert (await client.get(url)).status_code == 403, url
    assert (await client.post("/api/v1/clients", json={"name": "X"})).status_code == 403


async def test_anonymous_api_call_is_401(client):
    assert (await client.get("/api/v1/jobs")).status_code == 401


async def test_anonymous_page_visit_goes_to_login(client):
    response = await client.get("/beheer/opdrachten", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


async def test_admin_may_manage_the_catalog(client):
    await login(client, "admin", role="admin")
    assert (await client.post("/api/v1/skills", json={"name": "EHBO"})).status_code == 201


@pytest.mark.parametrize("url", PAGES)
async def test_every_catalog_page_renders_for_a_manager(manager_client, url):
    assert (await manager_client.get(url)).status_code == 200
