"""A signed-in manager shared by the tests of one catalog module, with every record emptied before each test.

Building the app and signing in (argon2) cost most of a test's time, and the catalog tests only
need a manager, so each module does that once. Role denial uses the ordinary per-test fixtures.
"""

from __future__ import annotations

import pytest
from tests.helpers import CLEAR_INSTRUMENTS, INSTRUMENT_TABLES, KEPT_TABLES, asgi_client, clear_tables, login
from wijkwerk.app import create_app
from wijkwerk.db import bind_tables
from wijkwerk.settings import Settings
from wijkwerk.tables import ALL_TABLES, Session, User

# The manager's own account and session stay; everything a test can create goes.
RECORD_TABLES = [table._meta.tablename for table in reversed(ALL_TABLES)
                 if table not in (User, Session) and table._meta.tablename not in KEPT_TABLES | INSTRUMENT_TABLES]


@pytest.fixture(scope="module")
async def module_manager(migrated, database_url):
    bind_tables(migrated)
    await clear_tables(migrated)
    settings = Settings(database_url=database_url, secret_key="test-secret")
    async with asgi_client(create_app(settings, engine=migrated)) as test_client:
        await login(test_client, "catalog-manager", role="manager")
        yield test_client


@pytest.fixture
async def staff(module_manager, migrated):
    """The module's signed-in manager, against empty record tables."""
    async with migrated.transaction():
        for name in RECORD_TABLES:
            await migrated.run_ddl(f'DELETE FROM "{name}"')
        for statement in CLEAR_INSTRUMENTS:
            await migrated.run_ddl(statement)
    return module_manager
