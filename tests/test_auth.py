"""Sign-in, sessions, CSRF and role guards through the real app."""

from __future__ import annotations

import pytest

from tests.builders import make_user, make_worker
from tests.helpers import TEST_PASSWORD, csrf_from, login, post_form
from wijkwerk.tables import Neighbourhood, Session

GENERIC_FAILURE = "Gebruikersnaam of wachtwoord klopt niet."


async def _attempt(client, username: str, password: str):
    return await post_form(client, "/login", {"username": username, "password": password})


async def test_login_sets_httponly_lax_cookie_and_lands_by_role(client):
    await make_user(username="anna", role="manager")
    response = await _attempt(client, "anna", TEST_PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/beheer"
    cookie = response.headers["set-cookie"].lower()
    assert "wijkwerk_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie  # plain http in tests; WIJKWERK_SECURE_COOKIES turns it on
    assert (await client.get("/beheer")).status_code == 200


@pytest.mark.parametrize("username, password, active", [
    ("anna", "wrong password", True),
    ("nobody", TEST_PASSWORD, True),
    ("anna", TEST_PASSWORD, False),  # inactive user: same message, no session
])
async def test_failed_login_gives_one_generic_message(client, username, password, active):
    await make_user(username="anna", role="manager", active=active)
    response = await _attempt(client, username, password)
    assert response.status_code == 401 and GENERIC_FAILURE in response.text
    assert await Session.count() == 0


async def test_login_is_rate_limited(client):
    await make_user(username="anna")
    statuses = [(await _attempt(client, "anna", "wrong")).status_code for _ in range(6)]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    # Even the right password waits until the window passes.
    assert (await _attempt(client, "anna", TEST_PASSWORD)).status_code == 429


async def test_logout_ends_the_server_side_session(client):
    await login(client, "anna")
    assert await Session.count() == 1
    response = await post_form(client, "/logout", {})
    assert response.status_code == 303 and await Session.count() == 0
    assert (await client.get("/beheer", follow_redirects=False)).status_code == 303


async def test_anonymous_page_redirects_to_login_and_api_says_401(client):
    page = await client.get("/beheer/diensten", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login?next=")
    api = await client.get("/api/v1/shifts")
    assert api.status_code == 401 and api.json()["status_code"] == 401


async def test_next_parameter_cannot_leave_the_site(client):
    await make_user(username="anna")
    page = await client.get("/login")
    response = await client.post("/login", data={
        "username": "anna", "password": TEST_PASSWORD, "next": "//evil.example/x",
        "_csrf_token": csrf_from(client, page.text)}, follow_redirects=False)
    assert response.headers["location"] == "/beheer"


async def test_form_without_csrf_token_is_refused_and_changes_nothing(manager_client):
    response = await manager_client.post("/beheer/wijken", data={"name": "Zonder token"},
                                         headers={"x-csrftoken": ""}, follow_redirects=False)
    assert response.status_code == 403 and "formulier is verlopen" in response.text
    assert await Neighbourhood.count() == 0


async def test_api_write_without_csrf_header_is_403(manager_client):
    del manager_client.headers["x-csrftoken"]
    response = await manager_client.post("/api/v1/neighbourhoods", json={"name": "X"})
    assert response.status_code == 403 and await Neighbourhood.count() == 0


@pytest.mark.parametrize("path", ["/beheer", "/beheer/wijken", "/api/v1/shifts", "/api/v1/neighbourhoods"])
async def test_funder_reaches_no_worker_or_manager_data(client, path):
    await login(client, "fenna", role="funder")
    response = await client.get(path, follow_redirects=False)
    assert response.status_code == 403
    assert (await client.get("/rapportage")).status_code == 200


async def test_resident_sees_only_their_own_worker(client):
    me = await make_worker(first_name="Fatma")
    other = await make_worker(first_name="Khadija", last_name="Geheim")
    await login(client, "fatma", role="resident", worker_id=me["id"])
    own = await client.get("/mijn")
    assert own.status_code == 200 and "Fatma" in own.text and "Geheim" not in own.text
    for path in (f"/api/v1/workers/{other['id']}", "/beheer", "/api/v1/shifts", "/rapportage"):
        response = await client.get(path, follow_redirects=False)
        assert response.status_code in (403, 404) and "Geheim" not in response.text


async def test_language_switch_is_remembered_for_the_user(client):
    await login(client, "anna")
    response = await post_form(client, "/taal", {"language": "en", "next": "/beheer"})
    assert response.status_code == 303 and response.headers["location"] == "/beheer"
    page = await client.get("/beheer/wijken")
    assert '<html lang="en"' in page.text


async def test_session_cookie_is_secure_behind_https(client):
    await make_user(username="anna")
    page = await client.get("/login")
    response = await client.post("/login", data={
        "username": "anna", "password": TEST_PASSWORD, "_csrf_token": csrf_from(client, page.text)},
        headers={"x-forwarded-proto": "https"}, follow_redirects=False)
    assert "secure" in response.headers["set-cookie"].lower()
