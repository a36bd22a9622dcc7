"""Load benchmark of the residents' "my week" page (issue 5): locust, headless, loopback only.

Usage:
    python -m bench.resident_load --engine sqlite|postgres [--users 200] [--seconds 60]
                                  [--max-requests 20000] [--workers 2000] [--weeks 52]

Seeds a fresh database (SQLite file, or the PostgreSQL database ww_resident_bench, dropped
afterwards) with 2,000 residents and a year of published rosters with attendance, signs every
resident in (server-side sessions), serves the real app with uvicorn (one process) on
127.0.0.1, and lets locust's simulated residents open /mijn. Bounded twice: by --seconds and
by --max-requests. Prints one JSON line with the figures (record them in docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import hashlib
import json
import os
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_DB = "ww_resident_bench"
TEAM = 4  # residents per shift
SHIFTS_PER_WORKER_PER_WEEK = 2
BATCH = 500


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _psql(sql: str) -> None:
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc", sql], check=True)


async def _insert(table, rows: list, returning: bool = True) -> list[int]:
    ids: list[int] = []
    for start in range(0, len(rows), BATCH):
        query = table.insert(*rows[start:start + BATCH])
        if returning:
            ids += [row["id"] for row in await query.returning(table.id)]
        else:
            await query
    return ids


async def seed(workers: int, weeks: int, tokens_file: Path) -> dict:
    """A year of history: weekly published rosters, two shifts a week per resident in teams of
    four, attendance for every shift that has started, and a signed-in session per resident."""
    from wijkwerk.migrate import migrate_forwards
    from wijkwerk.shifts.weeks import iso_week_of, week_range_utc
    from wijkwerk.tables import (
        Assignment, Attendance, Client, Job, JobType, Neighbourhood, Roster, Session, Shift, User, Worker,
    )

    random.seed(5)
    await migrate_forwards()
    now = datetime.now(timezone.utc)
    place = (await Neighbourhood.insert(Neighbourhood(name="Selwerd", municipality="Groningen"))
             .returning(Neighbourhood.id))[0]["id"]
    client = (await Client.insert(Client(name="Gemeente", kind="gemeente")).returning(Client.id))[0]["id"]
    job_type = (await JobType.insert(JobType(code="groen", name_nl="Groen", name_en="Green"))
                .returning(JobType.id))[0]["id"]
    jobs = await _insert(Job, [Job(
        title=f"Groenonderhoud {n}", client=client, job_type=job_type, neighbourhood=place,
        meeting_point=f"Buurthuis {n}", address=f"Eikenlaan {n}", what_to_bring="Werkschoenen",
        supervisor_name="Ingrid", supervisor_phone="050 123 4567", work_mode="volunteer",
        price_kind="per_shift", price_cents=10000, active_from=date(2020, 1, 1), additionality="Extra werk.",
    ) for n in range(40)])
    worker_ids = await _insert(Worker, [Worker(
        first_name=f"Bewoner{n}", last_name=f"Achternaam{n}", birth_date=date(1980 + n % 30, 1 + n % 12, 1),
        starts_on=date(2020, 1, 6), rate_cents_per_hour=500, target_minutes_per_week=8 * 60,
        max_minutes_per_week=20 * 60, max_minutes_per_day=8 * 60, languages=random.choice(["nl", "ar,nl", "tr", "pl"]),
    ) for n in range(workers)])
    today = now.date()
    counts = {"shift": 0, "assignment": 0, "attendance": 0}
    for offset in range(-weeks, 2):
        year, week = iso_week_of(today + timedelta(weeks=offset))
        start, _ = week_range_utc(year, week)
        roster = (await Roster.insert(Roster(
            iso_year=year, iso_week=week, version=1, status="published", created_at=start - timedelta(days=5),
            published_at=start - timedelta(days=4))).returning(Roster.id))[0]["id"]
        shift_count = workers * SHIFTS_PER_WORKER_PER_WEEK // TEAM
        starts = [start + timedelta(days=n % 5, hours=8 + 4 * (n // 5 % 2)) for n in range(shift_count)]
        shift_ids = await _insert(Shift, [Shift(
            job=random.choice(jobs), starts_at=moment, ends_at=moment + timedelta(hours=3), headcount_min=2,
            headcount_target=TEAM, headcount_max=TEAM, source="generated") for moment in starts])
        # Each round gives every resident one shift, in teams of distinct people.
        people = []
        for _ in range(SHIFTS_PER_WORKER_PER_WEEK):
            people += random.sample(worker_ids, len(worker_ids))
        pairs = [(shift_ids[n // TEAM], people[n]) for n in range(len(shift_ids) * TEAM)]
        assignment_ids = await _insert(Assignment, [Assignment(roster=roster, shift=shift, worker=worker)
                                                    for shift, worker in pairs])
        started = {shift for shift, moment in zip(shift_ids, starts) if moment < now}
        await _insert(Attendance, [Attendance(assignment=assignment, status="present", minutes_worked=180,
                                              recorded_at=now) for assignment, (shift, _) in zip(assignment_ids, pairs)
                                   if shift in started], returning=False)
        counts["shift"] += len(shift_ids)
        counts["assignment"] += len(assignment_ids)
        counts["attendance"] += sum(1 for shift, _ in pairs if shift in started)
    user_ids = await _insert(User, [User(
        username=f"bewoner{n}", password_hash="not-a-password", role="resident", worker=worker_id, active=True,
        created_at=now, roster_seen_at=now - timedelta(days=3)) for n, worker_id in enumerate(worker_ids)])
    tokens = [secrets.token_urlsafe(32) for _ in user_ids]
    await _insert(Session, [Session(token_hash=hashlib.sha256(token.encode()).hexdigest(), user=user_id,
                                    created_at=now, expires_at=now + timedelta(days=90), last_seen_at=now)
                            for token, user_id in zip(tokens, user_ids)], returning=False)
    tokens_file.write_text("\n".join(tokens))
    # A live database has planner statistics (autovacuum); a bulk load this fresh has none yet.
    await Session._meta.db.run_ddl("ANALYZE")
    return {"workers": workers, "weeks": weeks + 2, **counts}


def _serve(url: str, port: int) -> None:
    """The server process: one uvicorn worker, no access log (it would be the bottleneck)."""
    from wijkwerk.migrate import use_wijkwerk_conf

    use_wijkwerk_conf(url)
    import uvicorn

    from wijkwerk.app import create_app
    from wijkwerk.settings import Settings

    uvicorn.run(create_app(Settings(database_url=url)), host="127.0.0.1", port=port, workers=1,
                log_level="warning", access_log=False)


def _wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/health", timeout=2):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.3)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), to report CPU per request:
    unlike latency, it hardly depends on what else the machine is doing."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _postgres_cpu_seconds() -> float:
    """CPU time so far of every PostgreSQL server process (Linux /proc): on PostgreSQL a page
    also costs work in the database's own processes, which the app's figure does not show.
    Backends that ended during the run are not counted, so this is a lower bound."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if "(postgres)" in text:
            fields = text.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _aggregate(csv_prefix: str) -> dict:
    with open(f"{csv_prefix}_stats.csv", newline="") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    row = rows["Aggregated"]
    return {"requests": int(row["Request Count"]), "failures": int(row["Failure Count"]),
            "rps": round(float(row["Requests/s"]), 1), "p50_ms": float(row["50%"]), "p95_ms": float(row["95%"]),
            "p99_ms": float(row["99%"]), "max_ms": round(float(row["Max Response Time"]), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spawn-rate", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--think", default="5,15", help="seconds between a resident's page views: min,max")
    parser.add_argument("--serve", nargs=2, metavar=("URL", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        _serve(args.serve[0], int(args.serve[1]))
        return

    folder = Path(tempfile.mkdtemp(prefix="ww-resident-bench-"))
    if args.engine == "postgres":
        _psql(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        _psql(f"CREATE DATABASE {PG_DB}")
        url = f"postgresql://postgres@127.0.0.1:5432/{PG_DB}"
    else:
        url = f"sqlite:///{folder}/bench.sqlite3"
    server = None
    try:
        from wijkwerk.migrate import use_wijkwerk_conf

        use_wijkwerk_conf(url)
        from wijkwerk.db import bind_tables, engine_from_url

        bind_tables(engine_from_url(url))
        tokens = folder / "tokens.txt"
        began = time.monotonic()
        data = asyncio.run(seed(args.workers, args.weeks, tokens))
        seed_seconds = round(time.monotonic() - began, 1)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        server = subprocess.Popen([sys.executable, "-m", "bench.resident_load", "--serve", url, str(port)],
                                  cwd=ROOT, env=env)
        _wait_until_up(base, server)
        prefix = str(folder / "locust")
        locust = [str(Path(sys.executable).parent / "locust"), "-f", str(ROOT / "bench" / "resident_locustfile.py"),
                  "--headless", "--only-summary", "-u", str(args.users), "-r", str(args.spawn_rate),
                  "-t", f"{args.seconds}s", "--host", base, "--csv", prefix, "--stop-timeout", "5"]
        cpu_before = _cpu_seconds(server.pid)
        database_before = _postgres_cpu_seconds() if args.engine == "postgres" else 0.0
        subprocess.run(locust, cwd=ROOT, check=False, env={
            **env, "RESIDENT_TOKENS": str(tokens), "RESIDENT_MAX_REQUESTS": str(args.max_requests),
            "RESIDENT_THINK": args.think})
        cpu = _cpu_seconds(server.pid) - cpu_before
        figures = _aggregate(prefix)
        figures["server_cpu_ms_per_request"] = round(1000 * cpu / max(1, figures["requests"]), 1)
        if args.engine == "postgres":
            database = _postgres_cpu_seconds() - database_before
            figures["database_cpu_ms_per_request"] = round(1000 * database / max(1, figures["requests"]), 1)
        figures["load_average_1m"] = round(os.getloadavg()[0], 1)
        result = {"engine": args.engine, "users": args.users, "think_seconds": args.think, "seconds": args.seconds,
                  "max_requests": args.max_requests, "seed_seconds": seed_seconds, **data, **figures,
                  "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
        print(json.dumps(result))
        with (ROOT / "bench" / "results" / "resident_load.jsonl").open("a") as out:
            out.write(json.dumps(result) + "\n")
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if args.engine == "postgres":
            _psql(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")


if __name__ == "__main__":
    main()
