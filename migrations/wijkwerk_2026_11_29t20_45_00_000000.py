"""Indexes for the residents' pages (and the caps): look-ups by worker, shift, week and time.

A year of rosters for 2,000 residents is about 200,000 assignments; without these, every
"my week" page scanned them (docs/BENCHMARKS.md, "Resident page load"). Plain CREATE INDEX
works the same on PostgreSQL and SQLite; the tables keep their Piccolo definitions.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-29T20:45:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "indexes for the resident pages and the caps"

INDEXES = {
    "ix_assignment_worker": ("assignment", "worker"),
    "ix_assignment_shift": ("assignment", "shift"),
    "ix_shift_starts_at": ("shift", "starts_at"),
    "ix_roster_week": ("roster", "iso_year, iso_week"),
    "ix_absence_report_assignment": ("absence_report", "assignment"),
    "ix_worker_skill_worker": ("worker_skill", "worker"),
    "ix_availability_exception_worker": ("availability_exception", "worker, on_date"),
    "ix_calendar_feed_worker": ("calendar_feed", "worker"),
    "ix_session_user": ("wijkwerk_session", '"user"'),
    "ix_login_token_user": ("login_token", '"user"'),
}


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="wijkwerk", description=DESCRIPTION)

    async def create():
        engine = engine_finder()
        for name, (table, columns) in INDEXES.items():
            await engine.run_ddl(f'CREATE INDEX IF NOT EXISTS {name} ON "{table}" ({columns})')

    async def drop():
        engine = engine_finder()
        for name in INDEXES:
            await engine.run_ddl(f"DROP INDEX IF EXISTS {name}")

    manager.add_raw(create)
    manager.add_raw_backwards(drop)
    return manager
