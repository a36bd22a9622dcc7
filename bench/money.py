"""Times the money functions on a generated year of attendance, on SQLite or PostgreSQL.

Usage: python -m bench.money --url sqlite:////tmp/bench-money.sqlite3 --workers 1000 [--fresh]
Each worker works two shifts a week all year (104 attendance rows per worker); 20 jobs, half
priced per shift and half per hour. Prints one JSON line: seconds per function and peak memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import time
from datetime import date, datetime, timedelta, timezone

from wijkwerk.migrate import use_wijkwerk_conf

JOBS, SHIFTS_PER_WEEK, YEAR = 20, 2, 2026


async def _bulk(table, rows: list, batch: int = 1000) -> list[int]:
    ids = []
    for start in range(0, len(rows), batch):
        done = await table.insert(*rows[start:start + batch]).returning(table._meta.primary_key)
        ids += [row["id"] for row in done]
    return ids


async def generate(workers: int, seed: int) -> int:
    from wijkwerk.tables import (Assignment, Attendance, Client, Job, JobType, Neighbourhood, Roster, Shift,
                                 Worker)

    rng = random.Random(seed)
    wijk = (await _bulk(Neighbourhood, [Neighbourhood(name="Bench", municipality="Groningen")]))[0]
    client = (await _bulk(Client, [Client(name="Bench client", kind="gemeente")]))[0]
    kind = (await _bulk(JobType, [JobType(code="bench", name_nl="Bench", name_en="Bench")]))[0]
    jobs = await _bulk(Job, [Job(title=f"Job {i}", client=client, job_type=kind, neighbourhood=wijk,
                                 price_kind="hourly" if i % 2 else "per_shift", price_cents=2000 + 50 * i,
                                 active_from=date(YEAR, 1, 1)) for i in range(JOBS)])
    people = await _bulk(Worker, [Worker(first_name="W", last_name=str(i), birth_date=date(1980, 1, 1),
                                         starts_on=date(YEAR, 1, 1), rate_cents_per_hour=rng.choice([300, 450, 500]))
                                  for i in range(workers)])
    monday = date(YEAR, 1, 5)
    rosters, shifts = [], []
    for week in range(52):
        rosters.append(Roster(iso_year=YEAR, iso_week=week + 2, status="published",
                              created_at=datetime(YEAR, 1, 1, tzinfo=timezone.utc)))
        for day in range(5):
            for job in jobs:
                start = datetime.combine(monday + timedelta(weeks=week, days=day), datetime.min.time(),
                                         timezone.utc) + timedelta(hours=8)
                shifts.append(Shift(job=job, starts_at=start, ends_at=start + timedelta(hours=4)))
    roster_ids, shift_ids = await _bulk(Roster, rosters), await _bulk(Shift, shifts)
    per_week = 5 * JOBS
    assignments = [Assignment(roster=roster_ids[week], worker=person,
                              shift=shift_ids[week * per_week + rng.randrange(per_week)])
                   for week in range(52) for person in people for _ in range(SHIFTS_PER_WEEK)]
    # A person twice on one shift is not allowed to mean double work: keep the first.
    seen, unique = set(), []
    for assignment in assignments:
        key = (assignment.worker, assignment.shift)
        if key not in seen:
            seen.add(key)
            unique.append(assignment)
    assignment_ids = await _bulk(Assignment, unique)
    now = datetime(YEAR, 1, 1, tzinfo=timezone.utc)
    await _bulk(Attendance, [Attendance(assignment=a, status="present", minutes_worked=rng.choice([180, 210, 240]),
                                        recorded_at=now) for a in assignment_ids])
    return len(assignment_ids)


async def measure() -> dict:
    from wijkwerk.money.figures import money_totals
    from wijkwerk.money.payouts import payout_months
    from wijkwerk.money.periods import year
    from wijkwerk.money.revenue import revenue_lines

    timings = {}
    for name, call in (("revenue_lines_year", lambda: revenue_lines(year(YEAR))),
                       ("payout_months_year", lambda: payout_months(YEAR, 12)),
                       ("money_totals_year", lambda: money_totals(year(YEAR)))):
        start = time.perf_counter()
        await call()
        timings[name] = round(time.perf_counter() - start, 2)
    return timings


async def main_async(url: str, workers: int, fresh: bool, seed: int) -> dict:
    from wijkwerk.db import bind_tables, engine_from_url
    from wijkwerk.migrate import migrate_forwards
    from wijkwerk.tables import Attendance

    engine = engine_from_url(url)
    bind_tables(engine)
    await migrate_forwards()
    if engine.engine_type == "postgres":
        await engine.start_connection_pool(min_size=1, max_size=4)
    rows = await Attendance.count()
    generated = 0.0
    if fresh or rows == 0:
        start = time.perf_counter()
        rows = await generate(workers, seed)
        # Fresh statistics, as autovacuum would have them in production: without them PostgreSQL
        # plans the attendance join as if the tables were empty (9 s instead of 1.5 s at 100k rows).
        await Attendance.raw("ANALYZE")
        generated = round(time.perf_counter() - start, 1)
    from wijkwerk.tables import Worker

    result = {"engine": engine.engine_type, "workers": await Worker.count(), "attendance_rows": rows,
              "generate_seconds": generated, **await measure(),
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    if engine.engine_type == "postgres":
        await engine.close_connection_pool()
    return result


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--url", required=True)
    args.add_argument("--workers", type=int, default=1000)
    args.add_argument("--seed", type=int, default=0)
    args.add_argument("--fresh", action="store_true")
    opts = args.parse_args()
    use_wijkwerk_conf(opts.url)
    print(json.dumps(asyncio.run(main_async(opts.url, opts.workers, opts.fresh, opts.seed))))


if __name__ == "__main__":
    main()
