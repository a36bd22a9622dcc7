"""The report data version: the database changes it on every committed write to a table the report
reads, and on nothing else (migrations/report_version_sql.py, wijkwerk/reports/data_version.py)."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from datetime import date, datetime, timezone

import pytest
from piccolo.table import Table

import wijkwerk.reports
from tests.builders import make_shift, make_user, make_worker
from tests.builders_aandebak import make_agreement, sector_pk
from tests.money_builders import make_funder, make_roster
from tests.progression_helpers import ladder_dimension
from wijkwerk.reports import data_version
from wijkwerk.tables import (
    Assignment, Attendance, Candidate, LedgerEntry, Neighbourhood, OtherAllowance, ProgressionLevel,
    ProgressionMeasurement, Session, Worker, WorkerExit,
)

NOW = datetime(2026, 3, 2, 8, tzinfo=timezone.utc)
WORKER = {"first_name": "Fatma", "last_name": "Yılmaz", "birth_date": date(1985, 5, 1), "starts_on": date(2026, 1, 5),
          "rate_cents_per_hour": 500, "target_minutes_per_week": 720, "max_minutes_per_week": 1200,
          "max_minutes_per_day": 480}


# Per covered table: the values of one new row (its parents made first) and a change to it.

async def _attendance() -> dict:
    worker, shift = await make_worker(), await make_shift(starts_at=NOW)
    assignment = await Assignment.insert(Assignment(roster=await make_roster(NOW), worker=worker["id"],
                                                    shift=shift["id"])).returning(Assignment.id)
    return {"assignment": assignment[0]["id"], "status": "present", "minutes_worked": 240, "recorded_at": NOW}


async def _ledger_entry() -> dict:
    return {"kind": "subsidy", "amount_cents": 10000, "entry_date": date(2026, 3, 15),
            "funder": (await make_funder())["id"], "created_at": NOW}


async def _worker() -> dict:
    return dict(WORKER)


async def _worker_exit() -> dict:
    return {"worker": (await make_worker())["id"], "exit_on": date(2026, 3, 1), "kind": "moved", "created_at": NOW}


async def _measurement() -> dict:
    level = await ProgressionLevel.select(ProgressionLevel.id).where(
        ProgressionLevel.dimension == await ladder_dimension()).first()
    return {"worker": (await make_worker())["id"], "level": level["id"], "measured_on": date(2026, 3, 1),
            "created_at": NOW}


async def _candidate() -> dict:
    return {"first_name": "Sanne", "last_name": "Bakker", "birth_date": date(2007, 4, 1), "sector": await sector_pk(),
            "agreement": (await make_agreement())["id"], "school": "Noorderpoort", "course_name": "Verzorgende IG",
            "course_level": 3, "starts_on": date(2024, 9, 1), "expected_diploma_on": date(2026, 7, 1)}


async def _other_allowance() -> dict:
    return {"worker": (await make_worker())["id"], "month": date(2026, 3, 1), "amount_cents": 1500,
            "declared_at": NOW}


COVERED = [  # (table, new row, change; None for an append-only table, whose UPDATE and DELETE are refused)
    (Attendance, _attendance, {Attendance.minutes_worked: 180}),
    (LedgerEntry, _ledger_entry, None),
    (Worker, _worker, {Worker.phone: "0612345678"}),
    (WorkerExit, _worker_exit, {WorkerExit.note: "Verhuisd naar Assen"}),
    (ProgressionMeasurement, _measurement, {ProgressionMeasurement.note: "Na het gesprek"}),
    (Candidate, _candidate, {Candidate.school: "Alfa-college"}),
    (OtherAllowance, _other_allowance, {OtherAllowance.amount_cents: 2000}),
]
WRITES = [pytest.param(table, new_row, change, event, id=f"{table._meta.tablename}-{event}")
          for table, new_row, change in COVERED for event in ("insert", "update", "delete")
          if event == "insert" or change is not None]


@pytest.mark.parametrize("table, new_row, change, event", WRITES)
async def test_a_write_to_a_report_table_changes_the_version(db, table, new_row, change, event):
    values = await new_row()
    if event == "insert":
        before = await data_version.current(db)
        await table.insert(table(**values))
    else:
        row_id = (await table.insert(table(**values)).returning(table.id))[0]["id"]
        before = await data_version.current(db)
        query = table.update(change) if event == "update" else table.delete()
        await query.where(table.id == row_id)
    assert await data_version.current(db) > before


async def test_a_write_to_a_table_the_report_does_not_read_leaves_the_version(db):
    before = await data_version.current(db)
    user = await make_user(username="anna")
    await Session.insert(Session(token_hash="a" * 64, user=user["id"], created_at=NOW, expires_at=NOW))
    await Session.update({Session.user_agent: "Firefox"}).where(Session.user == user["id"])
    await Session.delete().where(Session.user == user["id"])
    assert await data_version.current(db) == before


async def test_a_rolled_back_transaction_leaves_the_version(db):
    before = await data_version.current(db)
    with pytest.raises(RuntimeError):
        async with db.transaction():
            await Worker.insert(Worker(**WORKER))
            raise RuntimeError("undo")
    assert await Worker.count() == 0
    assert await data_version.current(db) == before


async def test_one_transaction_bumps_once_on_postgresql_and_per_row_on_sqlite(db):
    before = await data_version.current(db)
    async with db.transaction():
        await Worker.insert(*[Worker(**{**WORKER, "last_name": f"Yılmaz {n}"}) for n in range(5)])
        await Worker.update({Worker.phone: "0612345678"}, force=True)
        await Neighbourhood.insert(Neighbourhood(name="Selwerd", municipality="Groningen"))
    # PostgreSQL's deferred trigger updates the counter row once, at commit. SQLite has no
    # deferred triggers and bumps per row written: the version only has to change, not count.
    rows_written = 5 + 5 + 1
    assert await data_version.current(db) - before == (1 if db.engine_type == "postgres" else rows_written)


async def test_truncate_changes_the_version_on_postgresql(db):
    if db.engine_type != "postgres":
        pytest.skip("SQLite has no TRUNCATE; its DELETE fires the row triggers")
    await OtherAllowance.insert(OtherAllowance(**await _other_allowance()))
    before = await data_version.current(db)
    await db.run_ddl('TRUNCATE "other_allowance"')
    assert await data_version.current(db) == before + 1


async def test_two_writers_do_not_deadlock_over_the_version(db):
    """Each takes a worker row, then the first waits for the second's row. With an immediate
    trigger the second would already be waiting for the first's counter row: a deadlock."""
    if db.engine_type != "postgres":
        pytest.skip("SQLite has one writer at a time")
    a, b = (await make_worker())["id"], (await make_worker())["id"]
    before = await data_version.current(db)
    update = 'UPDATE "worker" SET phone = $1 WHERE id = $2'
    first, second = await db.get_new_connection(), await db.get_new_connection()
    try:
        await first.execute("BEGIN")
        await second.execute("BEGIN")
        await first.execute(update, "1", a)
        await asyncio.wait_for(second.execute(update, "2", b), 5)
        waiting = asyncio.create_task(first.execute(update, "1", b))
        await asyncio.sleep(0.2)
        assert not waiting.done()  # it waits for the second's lock on row b, as it should
        await asyncio.wait_for(second.execute("COMMIT"), 5)
        await asyncio.wait_for(waiting, 5)
        await first.execute("COMMIT")
    finally:
        await first.close()
        await second.close()
    assert await data_version.current(db) == before + 2


async def test_the_test_cleanup_keeps_the_counter(db):
    from tests.helpers import clear_tables

    await Worker.insert(Worker(**WORKER))
    before = await data_version.current(db)
    await clear_tables(db)
    assert await data_version.current(db) > before


def _loader_tables() -> set[str]:
    """Every table imported by a report loader module (the loaders are the report's only reads)."""
    names = set()
    for module_info in pkgutil.iter_modules(wijkwerk.reports.__path__):
        if module_info.name.startswith("loaders"):
            module = importlib.import_module(f"wijkwerk.reports.{module_info.name}")
            names |= {value._meta.tablename for value in vars(module).values()
                      if isinstance(value, type) and issubclass(value, Table)}
    return names


async def _triggers(engine) -> dict[str, set[str]]:
    if engine.engine_type == "postgres":
        rows = await engine.run_ddl(
            "SELECT c.relname AS tbl_name, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname LIKE 'report_version%' AND (t.tgname <> 'report_version_bump' OR t.tginitdeferred)")
    else:
        rows = await engine.run_ddl("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE 'report_version%'")
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["tbl_name"], set()).add(row["name"])
    return found


async def test_every_table_the_report_loaders_read_has_the_triggers(db):
    tables = _loader_tables()
    assert {"attendance", "ledger_entry", "worker_exit", "progression_measurement", "candidate"} <= tables
    triggers = await _triggers(db)
    for table in tables:
        expected = ({"report_version_bump", "report_version_truncate"} if db.engine_type == "postgres" else
                    {f"report_version_{table}_{event}" for event in ("insert", "update", "delete")})
        assert triggers.get(table) == expected, table
