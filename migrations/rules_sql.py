"""SQL for database-enforced rules, shared by the migrations that add them (not a migration).

PostgreSQL gets real CHECK constraints. SQLite cannot add a CHECK to an existing table, so it
gets BEFORE INSERT/UPDATE triggers with the same condition; both engines reject the row and
name the rule in the error, which the service turns into a 4xx. Conditions use {n} where a
SQLite trigger needs the NEW. row prefix.
"""

from piccolo.engine import engine_finder


def in_values(column: str, values: list[str]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{{n}}{column} IN ({quoted})"


def _sqlite_triggers(name: str, table: str, condition: str) -> list[str]:
    new_condition = condition.format(n="NEW.")
    return [
        f'CREATE TRIGGER {name}_{event.lower()} BEFORE {event} ON "{table}" FOR EACH ROW '
        f"WHEN NOT ({new_condition}) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {name}'); END"
        for event in ("INSERT", "UPDATE")
    ]


def forward_statements(engine_type: str, uniques: dict, checks: dict) -> list[str]:
    statements = [
        f'CREATE UNIQUE INDEX {name} ON "{table}" ({", ".join(columns)})'
        for name, (table, columns) in uniques.items()
    ]
    for name, (table, condition) in checks.items():
        if engine_type == "sqlite":
            statements += _sqlite_triggers(name, table, condition)
        else:
            statements.append(
                f'ALTER TABLE "{table}" ADD CONSTRAINT {name} CHECK ({condition.format(n="")})'
            )
    return statements


def backward_statements(engine_type: str, uniques: dict, checks: dict) -> list[str]:
    statements = [f"DROP INDEX IF EXISTS {name}" for name in uniques]
    for name, (table, _) in checks.items():
        if engine_type == "sqlite":
            statements += [f"DROP TRIGGER IF EXISTS {name}_insert", f"DROP TRIGGER IF EXISTS {name}_update"]
        else:
            statements.append(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS {name}')
    return statements


async def run(statements_for) -> None:
    engine = engine_finder()
    for statement in statements_for(engine.engine_type):
        await engine.run_ddl(statement)


def manager_for(migration_id: str, description: str, uniques: dict, checks: dict):
    """A MigrationManager that adds these rules forwards and drops them backwards."""
    from piccolo.apps.migrations.auto.migration_manager import MigrationManager

    manager = MigrationManager(migration_id=migration_id, app_name="wijkwerk", description=description)

    async def run_forwards():
        await run(lambda engine_type: forward_statements(engine_type, uniques, checks))

    async def run_backwards():
        await run(lambda engine_type: backward_statements(engine_type, uniques, checks))

    manager.add_raw(run_forwards)
    manager.add_raw_backwards(run_backwards)
    return manager
