"""Indexes for reading attendance by period: shifts by start time, assignments by shift.

The impact report (and every week view) selects shifts in a date range and then their
assignments; without these both engines scan every attendance row of all years.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-29T21:32:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "Indexes on shift.starts_at and assignment.shift for period reports"

INDEXES = {"ix_shift_starts_at": ("shift", "starts_at"), "ix_assignment_shift": ("assignment", "shift")}


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="wijkwerk", description=DESCRIPTION)

    async def run_forwards():
        engine = engine_finder()
        for name, (table, column) in INDEXES.items():
            await engine.run_ddl(f'CREATE INDEX IF NOT EXISTS {name} ON "{table}" ({column})')

    async def run_backwards():
        engine = engine_finder()
        for name in INDEXES:
            await engine.run_ddl(f"DROP INDEX IF EXISTS {name}")

    manager.add_raw(run_forwards)
    manager.add_raw_backwards(run_backwards)
    return manager
