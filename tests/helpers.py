"""Helpers for tests: table cleanup, signing in, and CSRF-aware requests."""

from __future__ import annotations

import re

import httpx

from migrations import append_only_sql
from wijkwerk.tables import ALL_TABLES

TEST_PASSWORD = "correct horse battery"
KEPT_TABLES = {"compensation_cap", "minimum_wage", "sector"}  # seeded data from migrations
# Instruments keep their seeded (builtin) rows; anything a test added is deleted.
INSTRUMENT_TABLES = {"progression_instrument", "progression_dimension", "progression_level"}
_ADDED = "SELECT id FROM progression_instrument WHERE NOT builtin"
CLEAR_INSTRUMENTS = [
    "DELETE FROM progression_level WHERE dimension IN "
    f"(SELECT id FROM progression_dimension WHERE instrument IN ({_ADDED}))",
    f"DELETE FROM progression_dimension WHERE instrument IN ({_ADDED})",
    "DELETE FROM progression_instrument WHERE NOT builtin",
]
APPEND_ONLY_TABLES = ["ledger_entry"]


async def clear_tables(engine) -> None:
    names = [t._meta.tablename for t in reversed(ALL_TABLES)
             if t._meta.tablename not in KEPT_TABLES | INSTRUMENT_TABLES]
    if engine.engine_type == "postgres":
        await engine.run_ddl(f"TRUNCATE {', '.join(chr(34) + n + chr(34) for n in names)} RESTART IDENTITY CASCADE")
        for statement in CLEAR_INSTRUMENTS:
            await engine.run_ddl(statement)
    else:
        # One transaction: one fsync instead of one per table. Append-only tables refuse DELETE,
        # so their triggers are dropped for the cleanup and put back before it commits.
        async with engine.transaction():
            for table in APPEND_ONLY_TABLES:
                for statement in append_only_sql.backward_statements("sqlite", table):
                    await engine.run_ddl(statement)
            for name in names:
                await engine.run_ddl(f'DELETE FROM "{name}"')
            for table in APPEND_ONLY_TABLES:
                for statement in append_only_sql.forward_statements("sqlite", table):
                    await engine.run_ddl(statement)
            for statement in CLEAR_INSTRUMENTS:
                await engine.run_ddl(statement)


def csrf_from(client, html: str | None = None) -> str:
    """The CSRF token: from a rendered form if given, else from the cookie."""
    if html:
        match = re.search(r'name="_csrf_token" value="([^"]+)"', html)
        if match:
            return match.group(1)
    return client.cookies.get("wijkwerk_csrf", "")


async def login(client, username: str, role: str = "manager", password: str = TEST_PASSWORD,
                worker_id: int | None = None, create: bool = True):
    """Create the user (unless create=False) and sign in through the real login form."""
    from tests.builders import make_user

    if create:
        await make_user(username=username, role=role, password=password, worker_id=worker_id)
    page = await client.get("/login")
    response = await client.post(
        "/login", data={"username": username, "password": password, "_csrf_token": csrf_from(client, page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    client.headers["x-csrftoken"] = csrf_from(client)
    return response


async def post_form(client, url: str, data: dict, **kwargs):
    """Submit a form the way a browser does: fetch a page for the token, then POST with it."""
    if "wijkwerk_csrf" not in client.cookies:
        await client.get("/login")
    return await client.post(url, data={**data, "_csrf_token": csrf_from(client)}, follow_redirects=False, **kwargs)


def asgi_client(app) -> httpx.AsyncClient:
    """A browser-like client that runs the app on the test's own event loop.

    Litestar's AsyncTestClient runs requests on a portal thread with its own loop, which a
    PostgreSQL connection pool opened by the tests cannot be shared with. Startup hooks do not
    run here; the fixtures bind the tables to the shared engine themselves.
    """
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver.local", follow_redirects=True)
