"""Planning benchmarks through the service (issue 4): database -> solve -> store, review, publish.

Usage: python -m bench.planning [--district-limit SECONDS]
Runs on a fresh SQLite file (or DATABASE_URL if set to an empty PostgreSQL database) and
prints one JSON line per figure. Record them in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import tempfile
import time
from datetime import date, time as clock

DEMO_DAY = date(2026, 3, 4)  # week 10 of 2026


def _prepare_environment() -> str:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    from wijkwerk.migrate import use_wijkwerk_conf

    use_wijkwerk_conf(url)
    return url


async def _seed_district(workers: int, shifts: int, seed: int = 7) -> None:
    """A district-sized week: the demo's jobs, many more shifts and people, seeded for repeatability."""
    from wijkwerk.tables import AvailabilityWindow, Job, Shift, Skill, Worker, WorkerSkill
    from wijkwerk.shifts.weeks import local_instant, week_days

    rng = random.Random(seed)
    jobs = await Job.select(Job.id)
    skills = [row["id"] for row in await Skill.select(Skill.id)]
    days = week_days(2026, 10)
    rows = []
    for index in range(shifts):
        start = rng.choice([clock(8), clock(9), clock(13)])
        day = days[index % 6]
        rows.append(Shift(job=rng.choice(jobs)["id"], starts_at=local_instant(day, start),
                          ends_at=local_instant(day, clock(start.hour + rng.choice([2, 3, 4]))),
                          headcount_min=1, headcount_target=rng.choice([2, 3]), headcount_max=4, source="bench"))
    await Shift.insert(*rows)
    for index in range(workers):
        created = await Worker.insert(Worker(
            first_name=f"Deelnemer{index}", last_name="Bench", birth_date=date(1980, 1, 1 + index % 28),
            starts_on=date(2025, 1, 6), rate_cents_per_hour=450, target_minutes_per_week=rng.choice([480, 720, 960]),
            max_minutes_per_week=1440, max_minutes_per_day=480)).returning(Worker.id)
        worker_id = created[0]["id"]
        for day in rng.sample(range(6), 4):
            await AvailabilityWindow.insert(AvailabilityWindow(worker=worker_id, weekday=day,
                                                               start_time=clock(8), end_time=clock(17)))
        await WorkerSkill.insert(WorkerSkill(worker=worker_id, skill=rng.choice(skills),
                                             level=rng.choice(["competent", "learning", "can_teach"])))


async def _plan(runner, seconds: int) -> tuple[float, dict]:
    from wijkwerk.tables import SolveJob

    started = time.perf_counter()
    job_id = await runner.start(2026, 10, seconds, None)
    await runner.wait(job_id)
    elapsed = time.perf_counter() - started
    return elapsed, await SolveJob.select().where(SolveJob.id == job_id).first()


async def _time_review(client, roster_id: int, repeats: int = 7) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        response = await client.get(f"/beheer/planning/rooster/{roster_id}")
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200
    return statistics.median(timings[1:])  # the first render also compiles the template


async def main(district_limit: int) -> None:
    url = _prepare_environment()
    from tests.helpers import asgi_client, login
    from wijkwerk.app import create_app
    from wijkwerk.db import bind_tables, engine_from_url
    from wijkwerk.demo.loader import load_demo
    from wijkwerk.migrate import migrate_forwards
    from wijkwerk.rosters.jobs import SolveRunner
    from wijkwerk.rosters.pages import DEFAULT_TIME_LIMIT
    from wijkwerk.rosters.publishing import publish
    from wijkwerk.settings import Settings
    from wijkwerk.tables import Roster, Worker

    engine = engine_from_url(url)
    bind_tables(engine)
    await migrate_forwards()
    await load_demo("bench-password", today=DEMO_DAY)
    runner = SolveRunner()
    demo_seconds, demo_job = await _plan(runner, DEFAULT_TIME_LIMIT)
    print(json.dumps({"figure": "plan demo week end to end", "workers": await Worker.count(),
                      "time_limit_s": DEFAULT_TIME_LIMIT, "seconds": round(demo_seconds, 2),
                      "status": demo_job["status"], "objective": demo_job["best_objective"]}))

    await _seed_district(300 - await Worker.count(), 250 - 21)
    district_seconds, district_job = await _plan(runner, district_limit)
    roster_id = district_job["result_roster"]
    print(json.dumps({"figure": "plan district week end to end", "workers": await Worker.count(),
                      "time_limit_s": district_limit, "seconds": round(district_seconds, 2),
                      "status": district_job["status"], "objective": district_job["best_objective"]}))
    async with asgi_client(create_app(Settings(database_url=url), engine=engine)) as client:
        await login(client, "bench-manager")
        review = await _time_review(client, roster_id)
    print(json.dumps({"figure": "review page 300 workers x 250 shifts", "median_ms": round(review * 1000, 1)}))
    lock = (await Roster.select(Roster.lock_version).where(Roster.id == roster_id).first())["lock_version"]
    started = time.perf_counter()
    await publish(roster_id, lock)
    print(json.dumps({"figure": "publish 300-worker week", "ms": round((time.perf_counter() - started) * 1000, 1)}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--district-limit", type=int, default=30)
    asyncio.run(main(parser.parse_args().district_limit))
