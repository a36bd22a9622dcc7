"""Apply or undo the Piccolo migrations in the top-level migrations/ folder."""

from __future__ import annotations

import os


class MigrationFailed(RuntimeError):
    pass


def use_wijkwerk_conf(database_url: str) -> None:
    """Point Piccolo's configuration finder at our conf module and database.

    Piccolo reads its engine from piccolo_conf at import time, so the environment must be
    set before the first import; every entry point calls this first.
    """
    os.environ["PICCOLO_CONF"] = "wijkwerk.piccolo_conf"
    os.environ["DATABASE_URL"] = database_url


async def migrate_forwards() -> None:
    from piccolo.apps.migrations.commands.forwards import run_forwards

    result = await run_forwards(app_name="wijkwerk", migration_id="all")
    if not result.success:
        raise MigrationFailed(result.message or "migrations failed")


async def migrate_backwards() -> None:
    """Undo every migration (used by the up/down/up test and by a full reset)."""
    from piccolo.apps.migrations.commands.backwards import run_backwards

    result = await run_backwards(app_name="wijkwerk", migration_id="all", auto_agree=True)
    if not result.success:
        raise MigrationFailed(result.message or "backwards migrations failed")
