"""One report publication per (year, quarters): two requests computing it at once cannot both
insert it; the loser reads the winner's (reports/publication.py).

A migration of its own because Piccolo runs a migration's raw steps before its new tables.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-06T04:18:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "Unique index on report_publication (year, quarters)"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="wijkwerk", description=DESCRIPTION)

    async def run_forwards():
        await engine_finder().run_ddl(
            "CREATE UNIQUE INDEX ux_report_publication_year_quarters ON report_publication (year, quarters)")

    async def run_backwards():
        await engine_finder().run_ddl("DROP INDEX IF EXISTS ux_report_publication_year_quarters")

    manager.add_raw(run_forwards)
    manager.add_raw_backwards(run_backwards)
    return manager
