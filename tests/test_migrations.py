"""Migrations run forward, backward and forward again on the configured engine."""

from __future__ import annotations

from wijkwerk.migrate import migrate_backwards, migrate_forwards
from wijkwerk.tables import ALL_TABLES, CompensationCap, MinimumWage


async def _existing_tables(engine) -> set[str]:
    if engine.engine_type == "postgres":
        rows = await engine.run_ddl(
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")
    else:
        rows = await engine.run_ddl("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row["name"] for row in rows}


async def test_up_down_up(db):
    migrated = db
    expected = {table._meta.tablename for table in ALL_TABLES}
    assert expected <= await _existing_tables(migrated)

    await migrate_backwards()
    assert not expected & await _existing_tables(migrated)

    await migrate_forwards()
    assert expected <= await _existing_tables(migrated)
    # The seeded legal amounts come back with the schema, exactly once.
    assert await CompensationCap.count() == 8
    assert await MinimumWage.count() == 12


async def test_database_rejects_rows_that_break_a_check(db):
    import pytest

    from tests.builders import make_job
    from wijkwerk.tables import Job

    job = await make_job()
    with pytest.raises(Exception) as raised:
        await Job.update({Job.price_cents: -1}).where(Job.id == job["id"])
    assert "ck_job_price" in str(raised.value)
    assert (await Job.select(Job.price_cents).first())["price_cents"] == 10000
