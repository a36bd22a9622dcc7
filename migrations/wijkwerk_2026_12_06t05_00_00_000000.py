"""The report data version: a counter the database bumps on every write to a table the impact
report reads, so a stored disclosure pattern can be reused until its data changes (see
migrations/report_version_sql.py and wijkwerk/reports/data_version.py)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

from migrations import report_version_sql as sql

ID = "2026-12-06T05:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "report_data_version counter and its triggers"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="wijkwerk", description=DESCRIPTION)

    async def add_version():
        await sql.run(lambda engine_type: sql.counter_statements(engine_type)
                      + sql.table_statements(engine_type, sql.TABLES))

    async def drop_version():
        # Triggers first: on PostgreSQL they depend on the function.
        await sql.run(lambda engine_type: sql.drop_table_statements(engine_type, sql.TABLES)
                      + sql.drop_counter_statements(engine_type))

    manager.add_raw(add_version)
    manager.add_raw_backwards(drop_version)
    return manager
