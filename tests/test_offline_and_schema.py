"""Pages ship their own assets (no CDN), static files are served, and the API is documented."""

from __future__ import annotations

import re

import pytest

from tests.helpers import login

EXTERNAL_ASSET = re.compile(r'<(?:script|img|link|iframe)[^>]+(?:src|href)="(?:https?:)?//', re.I)


@pytest.mark.parametrize("path", [
    "/beheer", "/beheer/wijken", "/beheer/diensten", "/beheer/diensten?weergave=lijst",
    "/beheer/deelnemers", "/beheer/opdrachten", "/beheer/opdrachtgevers", "/beheer/vaardigheden",
])
async def test_manager_pages_load_nothing_from_outside(manager_client, path):
    response = await manager_client.get(path)
    assert response.status_code == 200, path
    assert not EXTERNAL_ASSET.search(response.text)
    assert '/static/wijkwerk.css' in response.text


async def test_login_page_and_stylesheet_are_local(client):
    page = await client.get("/login")
    assert page.status_code == 200 and not EXTERNAL_ASSET.search(page.text)
    css = await client.get("/static/wijkwerk.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]


async def test_openapi_schema_lists_the_api_and_not_the_pages(client):
    schema = (await client.get("/schema/openapi.json")).json()
    for path in ("/api/v1/workers", "/api/v1/shifts", "/api/v1/jobs", "/api/v1/clients",
                 "/api/v1/skills", "/api/v1/neighbourhoods"):
        assert path in schema["paths"], path
    assert "/login" not in schema["paths"] and not any(p.startswith("/beheer") for p in schema["paths"])


async def test_unknown_page_is_a_dutch_404(manager_client):
    response = await manager_client.get("/beheer/bestaat-niet")
    assert response.status_code == 404 and "Deze pagina bestaat niet" in response.text


async def test_resident_page_has_no_foreign_assets(client):
    await login(client, "bewoner", role="resident")
    response = await client.get("/mijn")
    assert response.status_code == 200 and not EXTERNAL_ASSET.search(response.text)
