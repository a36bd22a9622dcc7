"""Every access path (password login, login-card link, calendar feed, report link) is rate limited per address."""

from __future__ import annotations

import pytest

from tests.helpers import asgi_client, csrf_from
from wijkwerk.app import create_app
from wijkwerk.auth.controller import ACCESS_PATHS, ACCESS_PREFIXES

ATTEMPTS: dict[str, tuple[str, str]] = {
    "password login": ("POST", "/login"),
    "login card, opening": ("GET", "/k/abcd-efgh-jkmn-pq"),
    "login card, signing in": ("POST", "/k/abcd-efgh-jkmn-pq"),
    "calendar feed": ("GET", "/agenda/not-a-real-secret.ics"),
    "report share link": ("GET", "/gedeeld/rapport/not-a-real-token"),
}


def test_the_table_covers_every_declared_access_path():
    covered = {(method, path) for method, path in ATTEMPTS.values()}
    assert ACCESS_PATHS <= covered
    assert all(any(path.startswith(prefix) for _, path in covered) for prefix in ACCESS_PREFIXES)


@pytest.mark.parametrize("name", ATTEMPTS)
async def test_guessing_is_stopped_with_429(name, db, settings):
    method, path = ATTEMPTS[name]
    async with asgi_client(create_app(settings, engine=db)) as client:
        token = csrf_from(client, (await client.get("/login")).text)
        data = {"username": "nobody", "password": "wrong", "_csrf_token": token}
        codes = []
        for _ in range(settings.login_attempts_per_minute + 1):
            response = await client.request(method, path, data=data if method == "POST" else None,
                                            follow_redirects=False)
            codes.append(response.status_code)
        assert 429 not in codes[:-1] and codes[-1] == 429, codes
        assert "ratelimit-reset" in {key.lower() for key in response.headers}
        # Other pages stay reachable: only the ways in are throttled.
        assert (await client.get("/login")).status_code == 200


async def test_the_limit_is_per_address(db, settings):
    app = create_app(settings, engine=db)
    async with asgi_client(app) as first:
        for _ in range(settings.login_attempts_per_minute + 1):
            last = await first.get("/agenda/guess.ics")
        assert last.status_code == 429
    import httpx

    transport = httpx.ASGITransport(app=app, client=("127.0.0.2", 50001))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as second:
        assert (await second.get("/agenda/guess.ics")).status_code == 404
