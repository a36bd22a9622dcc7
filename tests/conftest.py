"""Test fixtures: a real database (SQLite by default, PostgreSQL when DATABASE_URL says so).

Migrations run once per session; every test starts from empty tables (the seeded legal
amounts stay) and talks to the real ASGI app through Litestar's test client.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from wijkwerk.migrate import use_wijkwerk_conf

_TMP = tempfile.mkdtemp(prefix="wijkwerk-tests-")
DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{Path(_TMP) / 'test.sqlite3'}"
# Piccolo reads its configuration at first import, so this happens before anything else.
use_wijkwerk_conf(DATABASE_URL)

from tests.helpers import TEST_PASSWORD, asgi_client, clear_tables, login  # noqa: E402
from wijkwerk.app import create_app  # noqa: E402
from wijkwerk.db import bind_tables, engine_from_url  # noqa: E402
from wijkwerk.migrate import migrate_forwards  # noqa: E402
from wijkwerk.settings import Settings  # noqa: E402


# Shared fixtures of the catalog tests (one signed-in manager per module).
pytest_plugins = ["tests.catalog_fixtures"]


@pytest.fixture(scope="session")
def database_url() -> str:
    return DATABASE_URL


@pytest.fixture(scope="session")
async def migrated(database_url):
    engine = engine_from_url(database_url)
    bind_tables(engine)
    await migrate_forwards()
    if engine.engine_type == "postgres":
        # Opened on the session's event loop, which the tests and their requests share.
        await engine.start_connection_pool(min_size=1, max_size=5)
    yield engine
    if engine.engine_type == "postgres":
        await engine.close_connection_pool()


@pytest.fixture
async def db(migrated):
    """An empty database (legal amounts kept), with tables bound to it."""
    bind_tables(migrated)
    await clear_tables(migrated)
    return migrated


@pytest.fixture
def settings(database_url) -> Settings:
    return Settings(database_url=database_url, secret_key="test-secret", login_attempts_per_minute=5)


@pytest.fixture
async def client(db, settings):
    """An anonymous browser against the real app."""
    async with asgi_client(create_app(settings, engine=db)) as test_client:
        yield test_client


@pytest.fixture
async def manager_client(client):
    """A browser signed in as a manager, with the CSRF header set for API calls."""
    await login(client, "manager", role="manager")
    return client


__all__ = ["TEST_PASSWORD"]
