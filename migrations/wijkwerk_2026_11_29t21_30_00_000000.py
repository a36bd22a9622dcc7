"""Reinvestment decisions are append-only too: an allocation is never edited or deleted, so the
record of what was decided stays, and no UPDATE can raise an amount past the available profit."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

from migrations import append_only_sql

ID = "2026-11-29T21:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "allocations append-only"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="wijkwerk", description=DESCRIPTION)

    async def append_only():
        engine_type = engine_finder().engine_type
        await append_only_sql.run(append_only_sql.forward_statements(engine_type, "allocation"))

    async def not_append_only():
        engine_type = engine_finder().engine_type
        await append_only_sql.run(append_only_sql.backward_statements(engine_type, "allocation"))

    manager.add_raw(append_only)
    manager.add_raw_backwards(not_append_only)
    return manager
