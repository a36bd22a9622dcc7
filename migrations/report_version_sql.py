"""SQL for the report data version: one counter row that the database bumps on every write to a
table the impact report reads (not a migration; shared by the migrations that add tables).

The counter lives in a raw table, not a Piccolo Table, so the tests' cleanup never truncates it.
SQLite bumps it in an AFTER trigger per row. PostgreSQL bumps it once per transaction from a
deferred constraint trigger: the counter row is then locked only at commit, after every other
lock the transaction takes, so two writers cannot deadlock over it, and it is held for no longer
than the commit. A transaction-local setting makes the later rows of the same transaction skip
the UPDATE. TRUNCATE fires no row triggers, so each table also gets a statement-level one.
"""

from piccolo.engine import engine_finder

VERSION_TABLE = "report_data_version"
BUMP_FUNCTION = "report_data_version_bump"
BUMPED_SETTING = "wijkwerk.report_version_bumped"

# What the report loaders read (wijkwerk/reports/loaders*.py), as of the migration that added the
# counter. Do not edit this tuple once released: migrations must replay the same way, so a later
# migration that makes the report read another table passes its own list to table_statements().
# tests/test_report_data_version.py checks that the loaders' tables all have the triggers.
TABLES = (
    "assignment", "attendance", "shift", "job", "job_type", "client", "worker", "compensation_cap",
    "other_allowance", "allocation", "ledger_entry", "funder", "neighbourhood", "neighbourhood_project",
    "worker_exit", "exit_follow_up", "progression_instrument", "progression_dimension", "progression_level",
    "progression_measurement", "skill_level_decision", "worker_skill", "candidate", "candidate_follow_up",
    "guarantee_agreement", "sector",
)
SQLITE_EVENTS = ("INSERT", "UPDATE", "DELETE")


def counter_statements(engine_type: str) -> list[str]:
    """The counter table with its one row (id 1, version 0), and on PostgreSQL the bump function."""
    statements = [
        f"CREATE TABLE {VERSION_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL DEFAULT 0)",
        f"INSERT INTO {VERSION_TABLE} (id, version) VALUES (1, 0)",
    ]
    if engine_type != "sqlite":
        # RETURN NULL: the result of an AFTER trigger is ignored. The setting reverts at the end
        # of the transaction (and with a rolled-back savepoint), so the next one bumps again.
        statements.append(
            f"CREATE OR REPLACE FUNCTION {BUMP_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF current_setting('{BUMPED_SETTING}', true) = 'on' THEN RETURN NULL; END IF; "
            f"PERFORM set_config('{BUMPED_SETTING}', 'on', true); "
            f"UPDATE {VERSION_TABLE} SET version = version + 1 WHERE id = 1; "
            f"RETURN NULL; END $$")
    return statements


def table_statements(engine_type: str, tables) -> list[str]:
    """Triggers that bump the counter on every write to each of `tables`."""
    statements = []
    for table in tables:
        if engine_type == "sqlite":
            # Per row: SQLite has no statement or deferred triggers. The version only needs to
            # change, not to count transactions, and SQLite has one writer at a time anyway.
            statements += [
                f'CREATE TRIGGER report_version_{table}_{event.lower()} AFTER {event} ON "{table}" FOR EACH ROW '
                f"BEGIN UPDATE {VERSION_TABLE} SET version = version + 1 WHERE id = 1; END"
                for event in SQLITE_EVENTS]
        else:
            statements += [
                f'CREATE CONSTRAINT TRIGGER report_version_bump AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {BUMP_FUNCTION}()",
                # Statement triggers cannot be deferred; TRUNCATE already locks the whole table.
                f'CREATE TRIGGER report_version_truncate AFTER TRUNCATE ON "{table}" '
                f"FOR EACH STATEMENT EXECUTE FUNCTION {BUMP_FUNCTION}()",
            ]
    return statements


def drop_table_statements(engine_type: str, tables) -> list[str]:
    statements = []
    for table in tables:
        if engine_type == "sqlite":
            statements += [f"DROP TRIGGER IF EXISTS report_version_{table}_{event.lower()}" for event in SQLITE_EVENTS]
        else:
            statements += [f'DROP TRIGGER IF EXISTS report_version_bump ON "{table}"',
                           f'DROP TRIGGER IF EXISTS report_version_truncate ON "{table}"']
    return statements


def drop_counter_statements(engine_type: str) -> list[str]:
    statements = [] if engine_type == "sqlite" else [f"DROP FUNCTION IF EXISTS {BUMP_FUNCTION}()"]
    return statements + [f"DROP TABLE IF EXISTS {VERSION_TABLE}"]


async def run(statements_for) -> None:
    engine = engine_finder()
    for statement in statements_for(engine.engine_type):
        await engine.run_ddl(statement)
