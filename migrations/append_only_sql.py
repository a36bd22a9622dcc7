"""SQL that makes a table append-only: the database itself refuses UPDATE and DELETE of its rows.

Shared by the ledger migration and the test cleanup (not a migration). SQLite gets one
BEFORE trigger per event; PostgreSQL one trigger function. TRUNCATE is left alone on
PostgreSQL: it is a schema-owner operation, not something the application ever issues.
"""

from piccolo.engine import engine_finder


def forward_statements(engine_type: str, table: str) -> list[str]:
    if engine_type == "sqlite":
        return [
            f'CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON "{table}" FOR EACH ROW '
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {event} refused'); END"
            for event in ("UPDATE", "DELETE")
        ]
    return [
        f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{table} is append-only: % refused', TG_OP; END $$",
        f'CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()",
    ]


def backward_statements(engine_type: str, table: str) -> list[str]:
    if engine_type == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {table}_no_update", f"DROP TRIGGER IF EXISTS {table}_no_delete"]
    return [f'DROP TRIGGER IF EXISTS {table}_append_only ON "{table}"',
            f"DROP FUNCTION IF EXISTS {table}_append_only()"]


async def run(statements: list[str]) -> None:
    engine = engine_finder()
    for statement in statements:
        await engine.run_ddl(statement)
