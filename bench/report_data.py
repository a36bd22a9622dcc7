"""Generate impact-report benchmark data: 5,000 workers × 3 years ≈ 2 million attendance rows.

Usage:
  python -m bench.report_data sqlite:////tmp/report-bench.sqlite3
  python -m bench.report_data postgresql://postgres@127.0.0.1:5432/ww_report_bench
The database must be empty (it is migrated first). Rows are generated in Python with a fixed
seed and written in bulk: executemany in one transaction on SQLite, COPY on PostgreSQL; the
ORM is not used row by row. Prints one JSON line with the counts and the time taken.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import time
from datetime import date, datetime, timedelta, timezone

from wijkwerk.migrate import use_wijkwerk_conf

YEARS = (2024, 2025, 2026)
WORKERS = 5000
SHIFTS_PER_WEEK = 3200  # × 4 residents × 52 weeks × 3 years ≈ 2.0 million attendance rows
CREW = 4
NEIGHBOURHOODS = ["Selwerd", "Paddepoel", "Vinkhuizen", "Beijum", "Lewenborg", "De Hoogte", "Korrewegwijk", "Oosterpark"]
JOB_TYPES = [("groen", "Groenonderhoud", "Green maintenance"), ("afval", "Zwerfafval", "Litter picking"),
             ("schoon", "Schoonmaak", "Cleaning"), ("klus", "Klussen", "Odd jobs"),
             ("woning", "Woningen opknappen", "Refurbishing homes")]
CLIENT_KINDS = ["gemeente", "housing_corporation", "other"]
BENEFITS = ["bijstand"] * 5 + ["ww"] * 2 + ["wia", "wajong", "none", "none"]


class Rows:
    """Every table's rows as (columns, tuples), ids assigned here so children can point at parents."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.tables: dict[str, tuple[list[str], list[tuple]]] = {}

    def add(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        self.tables[table] = (["id"] + columns, [(index + 1, *row) for index, row in enumerate(rows)])

    def catalogue(self) -> None:
        now = datetime(2024, 1, 1, tzinfo=timezone.utc)
        self.add("neighbourhood", ["name", "municipality"], [(name, "Groningen") for name in NEIGHBOURHOODS])
        self.add("client", ["name", "kind", "contact_name", "email", "phone"],
                 [(f"Opdrachtgever {i}", CLIENT_KINDS[i % 3], "", "", "") for i in range(12)])
        self.add("job_type", ["code", "name_nl", "name_en"], JOB_TYPES)
        self.add("job", ["title", "client", "job_type", "neighbourhood", "meeting_point", "address", "what_to_bring",
                         "work_mode", "additionality", "price_kind", "price_cents", "active_from", "active_until",
                         "supervisor_name", "supervisor_phone"],
                 [(f"Opdracht {i}", i % 12 + 1, i % len(JOB_TYPES) + 1, i % len(NEIGHBOURHOODS) + 1, "", "", "",
                   "employee" if i % 10 == 0 else "volunteer", "Extra werk", "hourly", 2500, date(2024, 1, 1),
                   None, "", "") for i in range(60)])
        self.now = now

    def workers(self) -> None:
        rng, rows = self.rng, []
        for i in range(WORKERS):
            start = date(2023, 6, 1) + timedelta(days=rng.randrange(3 * 365))
            rows.append((f"Voornaam{i}", f"Achternaam{i}", "", "", "", rng.randrange(len(NEIGHBOURHOODS)) + 1,
                         date(1960, 1, 1) + timedelta(days=rng.randrange(45 * 365)), "nl", rng.choice(BENEFITS),
                         False, None, rng.choice([450, 500, 560]), rng.choice([8, 12, 16]) * 60, 24 * 60, 8 * 60, "",
                         start, "active"))
        self.add("worker", ["first_name", "last_name", "email", "phone", "address", "neighbourhood", "birth_date",
                            "languages", "benefit_type", "benefit_reported", "benefit_reported_on",
                            "rate_cents_per_hour", "target_minutes_per_week", "max_minutes_per_week",
                            "max_minutes_per_day", "work_limitations", "starts_on", "status"], rows)

    def weeks(self) -> None:
        rng = self.rng
        rosters, shifts, assignments, attendance = [], [], [], []
        monday = date.fromisocalendar(YEARS[0], 1, 1)
        people = list(range(1, WORKERS + 1))
        while monday.year <= YEARS[-1] and monday < date(YEARS[-1], 12, 28):
            year, week, _ = monday.isocalendar()
            rosters.append((year, week, 1, "published", self.now, self.now, "", 1, ""))
            roster_id = len(rosters)
            for _ in range(SHIFTS_PER_WEEK):
                day = monday + timedelta(days=rng.randrange(5))
                hour = rng.choice((7, 12))  # UTC; 08:00/13:00 or 09:00/14:00 in Amsterdam
                starts = datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)
                shifts.append((rng.randrange(60) + 1, None, starts, starts + timedelta(hours=4), 2, CREW, CREW,
                               False, False, "", "generated"))
                shift_id = len(shifts)
                for worker in rng.sample(people, CREW):
                    assignments.append((roster_id, shift_id, worker, False, "worker", ""))
                    roll = rng.random()
                    status = "present" if roll < 0.9 else "excused" if roll < 0.97 else "no_show"
                    minutes = rng.choice((180, 210, 240)) if status == "present" else 0
                    attendance.append((len(assignments), status, minutes, "", starts + timedelta(hours=5)))
            monday += timedelta(days=7)
        self.add("roster", ["iso_year", "iso_week", "version", "status", "created_at", "published_at", "note",
                            "lock_version", "solver_report"], rosters)
        self.add("shift", ["job", "recurrence", "starts_at", "ends_at", "headcount_min", "headcount_target",
                           "headcount_max", "supervisor_required", "cancelled", "note", "source"], shifts)
        self.add("assignment", ["roster", "shift", "worker", "pinned", "role", "override_reason"], assignments)
        self.add("attendance", ["assignment", "status", "minutes_worked", "note", "recorded_at"], attendance)


    def extras(self, level_ids: list[int]) -> None:
        """Ladder measurements twice a year, exits with follow-ups, and a ledger with reinvestment, so
        every section of the report has data (the attendance above is what makes the report heavy)."""
        rng, now = self.rng, self.now
        measurements, exits, follow_ups, ledger, allocations = [], [], [], [], []
        for worker in range(1, WORKERS + 1):
            step = rng.randrange(2, 5)
            for year in YEARS:
                for month in (3, 9):
                    step = max(1, min(6, step + rng.choice((-1, 0, 0, 1))))
                    measurements.append((worker, level_ids[step - 1], date(year, month, 1), None, "", now))
            if rng.random() < 0.1:
                exit_on = date(2024, 1, 1) + timedelta(days=rng.randrange(2 * 365))
                kind = rng.choice(("job", "job", "job", "education", "other_benefit", "moved", "unknown"))
                exits.append((worker, exit_on, kind, "", "permanent" if kind == "job" else "none", 0, "unknown", "",
                              None, None, now))
                for weeks in (26, 52):
                    follow_ups.append((len(exits), weeks, exit_on + timedelta(weeks=weeks),
                                       rng.choice(("yes", "yes", "no", "unreachable")), exit_on + timedelta(weeks=weeks),
                                       "", None))
        self.add("progression_measurement", ["worker", "level", "measured_on", "measured_by", "note", "created_at"],
                 measurements)
        self.add("worker_exit", ["worker", "exit_on", "kind", "employer", "contract_type", "minutes_per_week",
                                 "benefit_ended", "note", "reentered_on", "registered_by", "created_at"], exits)
        self.add("exit_follow_up", ["exit", "weeks", "due_on", "answer", "answered_on", "note", "answered_by"],
                 follow_ups)
        self.add("funder", ["name", "kind"], [("Gemeente Groningen", "gemeente"), ("Wijkfonds", "fund")])
        self.add("neighbourhood_project", ["name", "neighbourhood", "description", "budget_cents", "status"],
                 [(f"Buurtproject {i}", i % len(NEIGHBOURHOODS) + 1, "", 500000, "running") for i in range(12)])
        for year in YEARS:
            for month in range(1, 13):
                day = date(year, month, 28)
                for kind, cents in (("revenue", 900000), ("compensation", 700000), ("supervision", 150000),
                                    ("materials", 30000), ("overhead", 50000)):
                    ledger.append((day, kind, cents + rng.randrange(10000), "", date(year, month, 1), None, None,
                                   None, None, None, rng.randrange(len(NEIGHBOURHOODS)) + 1, None, None, now))
                if month % 3 == 0:
                    ledger.append((day, "subsidy", 500000, "", None, None, None, 1, None, None, None, None, None, now))
                    allocations.append((rng.randrange(12) + 1, 20000, day, "", None, now))
        self.add("ledger_entry", ["entry_date", "kind", "amount_cents", "description", "period", "job", "client",
                                  "funder", "project", "allocation", "neighbourhood", "reverses", "entered_by",
                                  "created_at"], ledger)
        self.add("allocation", ["project", "amount_cents", "decided_on", "reason", "decided_by", "created_at"],
                 allocations)


ORDER = ["neighbourhood", "client", "job_type", "job", "worker", "roster", "shift", "assignment", "attendance"]
EXTRAS = ["progression_measurement", "worker_exit", "exit_follow_up", "funder", "neighbourhood_project",
          "allocation", "ledger_entry"]


def _sqlite_value(value):
    if isinstance(value, datetime):
        return str(value.astimezone(timezone.utc))  # Piccolo's text form for timestamptz
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_sqlite(path: str, rows: Rows, tables: list[str]) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = OFF")
    with connection:
        for table in tables:
            columns, data = rows.tables[table]
            sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
            connection.executemany(sql, ([_sqlite_value(v) for v in row] for row in data))
    connection.close()


async def write_postgres(url: str, rows: Rows, tables: list[str]) -> None:
    from wijkwerk.db import engine_from_url

    engine = engine_from_url(url)
    connection = await engine.get_new_connection()
    try:
        async with connection.transaction():
            for table in tables:
                columns, data = rows.tables[table]
                await connection.copy_records_to_table(table, records=data, columns=columns)
                await connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), {max(len(data), 1)})")
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


async def _ladder_levels() -> list[int]:
    """Ids of the seeded Participatieladder's steps 1–6 (seeded by a migration)."""
    from wijkwerk.tables import ProgressionLevel

    rows = await ProgressionLevel.select(ProgressionLevel.id).where(
        ProgressionLevel.dimension.instrument.is_default.eq(True)).order_by(ProgressionLevel.rank)
    return [row["id"] for row in rows]


async def main(url: str, seed: int, extras_only: bool) -> dict:
    use_wijkwerk_conf(url)
    from wijkwerk.db import bind_tables, engine_from_url
    from wijkwerk.migrate import migrate_forwards

    started = time.perf_counter()
    bind_tables(engine_from_url(url))
    await migrate_forwards()
    rows = Rows(seed)
    rows.catalogue()
    rows.workers()
    tables = EXTRAS if extras_only else ORDER + EXTRAS
    if not extras_only:
        rows.weeks()
    rows.extras(await _ladder_levels())
    generated = time.perf_counter()
    if url.startswith("sqlite"):
        write_sqlite(url[len("sqlite:///"):], rows, tables)
    else:
        await write_postgres(url, rows, tables)
    return {"bench": "report_data", "database": url.split(":")[0],
            "rows": {table: len(rows.tables[table][1]) for table in tables},
            "generate_s": round(generated - started, 1), "write_s": round(time.perf_counter() - generated, 1)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--extras-only", action="store_true",
                        help="add only progression, outflow and money rows to a database generated earlier")
    arguments = parser.parse_args()
    print(json.dumps(asyncio.run(main(arguments.database_url, arguments.seed, arguments.extras_only))))
