"""Progression benchmarks: level-up suggestions, a worker's progression page data and outflow lists at city scale.

Usage: python -m bench.progression [--workers 500] [--weeks 52]
Runs on a fresh SQLite file (or DATABASE_URL if set to an empty PostgreSQL database) and
prints one JSON line per figure. Record them in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import tempfile
import time
from datetime import date, datetime, timedelta, timezone

TODAY = date(2026, 11, 30)
CREW = 4


def _prepare_environment() -> str:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    from wijkwerk.migrate import use_wijkwerk_conf

    use_wijkwerk_conf(url)
    return url


async def _insert(table, rows: list, batch: int = 500) -> list[int]:
    ids = []
    for start in range(0, len(rows), batch):
        ids += [r["id"] for r in await table.insert(*rows[start:start + batch]).returning(table.id)]
    return ids


async def _seed(workers: int, weeks: int, seed: int = 11) -> None:
    """Workers learning one of five skills, a tenth of them able to teach, two attended shifts a week each."""
    from wijkwerk.tables import (
        Assignment, Attendance, Client, Job, JobType, Neighbourhood, Roster, Shift, ShiftSkillRequirement, Skill,
        Worker, WorkerSkill,
    )

    rng = random.Random(seed)
    hood = (await Neighbourhood.insert(Neighbourhood(name="Selwerd", municipality="Groningen")).returning(Neighbourhood.id))[0]["id"]
    client = (await Client.insert(Client(name="Gemeente")).returning(Client.id))[0]["id"]
    kind = (await JobType.insert(JobType(code="groen", name_nl="Groen", name_en="Green")).returning(JobType.id))[0]["id"]
    job = (await Job.insert(Job(title="Groen", client=client, job_type=kind, neighbourhood=hood,
                                active_from=date(2025, 1, 1))).returning(Job.id))[0]["id"]
    skills = await _insert(Skill, [Skill(name=f"Vaardigheid {i}") for i in range(5)])
    worker_ids = await _insert(Worker, [Worker(first_name=f"W{i}", last_name="Bench", birth_date=date(1990, 1, 1),
                                               starts_on=date(2025, 1, 1)) for i in range(workers)])
    await _insert(WorkerSkill, [WorkerSkill(worker=w, skill=skills[i % 5], level="can_teach" if i % 10 == 0 else "learning")
                                for i, w in enumerate(worker_ids)])
    start = datetime.combine(TODAY - timedelta(weeks=weeks), datetime.min.time(), timezone.utc)
    shifts_per_week = workers * 2 // CREW
    for week in range(weeks):
        monday = start + timedelta(weeks=week)
        roster = (await Roster.insert(Roster(iso_year=monday.isocalendar()[0], iso_week=monday.isocalendar()[1],
                                             status="published", created_at=monday)).returning(Roster.id))[0]["id"]
        begins = [monday + timedelta(days=i % 5, hours=8) for i in range(shifts_per_week)]
        shift_ids = await _insert(Shift, [Shift(job=job, starts_at=b, ends_at=b + timedelta(hours=4)) for b in begins])
        await _insert(ShiftSkillRequirement, [ShiftSkillRequirement(shift=s, skill=skills[i % 5])
                                              for i, s in enumerate(shift_ids)])
        assignments = []
        for shift in shift_ids:
            assignments += [Assignment(roster=roster, shift=shift, worker=w) for w in rng.sample(worker_ids, CREW)]
        assignment_ids = await _insert(Assignment, assignments)
        await _insert(Attendance, [Attendance(assignment=a, status=rng.choice(["present"] * 8 + ["excused", "no_show"]),
                                              minutes_worked=240, recorded_at=monday) for a in assignment_ids])
    await _seed_progress(worker_ids, rng)


async def _seed_progress(worker_ids: list[int], rng: random.Random) -> None:
    """Two ladder measurements per worker, and an exit with follow-ups for every fifth worker."""
    from wijkwerk.outflow.services import follow_up_dates
    from wijkwerk.tables import ExitFollowUp, ProgressionLevel, ProgressionMeasurement, WorkerExit

    levels = {r["rank"]: r["id"] for r in await ProgressionLevel.select(ProgressionLevel.id, ProgressionLevel.rank)}
    now = datetime.now(timezone.utc)
    await _insert(ProgressionMeasurement, [
        ProgressionMeasurement(worker=w, level=levels[step], measured_on=day, created_at=now)
        for w in worker_ids for day, step in ((TODAY - timedelta(days=300), 3), (TODAY - timedelta(days=20), rng.choice([3, 4, 5])))])
    leaving = worker_ids[1::5]
    exits = await _insert(WorkerExit, [WorkerExit(worker=w, exit_on=TODAY - timedelta(days=rng.randrange(30, 500)),
                                                  kind="job", employer="Werkgever", created_at=now) for w in leaving])
    dates = {r["id"]: r["exit_on"] for r in await WorkerExit.select(WorkerExit.id, WorkerExit.exit_on)}
    await _insert(ExitFollowUp, [ExitFollowUp(exit=e, weeks=weeks, due_on=due, answer=rng.choice([None, "yes", "no"]))
                                 for e in exits for weeks, due in follow_up_dates(dates[e])])


async def _timed(name: str, call, repeat: int = 3) -> None:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = await call()
        times.append(time.perf_counter() - started)
    print(json.dumps({"figure": name, "best_s": round(min(times), 3), "result": result}))


async def main(workers: int, weeks: int) -> None:
    url = _prepare_environment()
    from wijkwerk import clock
    from wijkwerk.db import bind_tables, engine_from_url
    from wijkwerk.migrate import migrate_forwards
    from wijkwerk.outflow.services import due_follow_ups, lasting_outflow_figures
    from wijkwerk.progression.movement import ladder_movement_between
    from wijkwerk.progression.overview import build_page
    from wijkwerk.progression.suggestions import level_up_suggestions

    clock.now = lambda: datetime.combine(TODAY, datetime.min.time(), timezone.utc)  # a fixed, repeatable "today"
    engine = engine_from_url(url)
    bind_tables(engine)
    await migrate_forwards()
    if engine.engine_type == "postgres":
        await engine.start_connection_pool(min_size=1, max_size=4)
    started = time.perf_counter()
    await _seed(workers, weeks)
    print(json.dumps({"figure": "seed", "seconds": round(time.perf_counter() - started, 1), "workers": workers,
                      "weeks": weeks, "engine": engine.engine_type}))
    await _timed("level_up_suggestions (everyone)", lambda: _count(level_up_suggestions()))
    await _timed("progression page data (one worker)", lambda: _page(build_page(2, TODAY)))
    await _timed("due follow-ups", lambda: _count(due_follow_ups(TODAY)))
    await _timed("lasting outflow figures", lambda: _count(lasting_outflow_figures(TODAY)))
    await _timed("ladder movement", lambda: _count(ladder_movement_between(TODAY - timedelta(weeks=weeks), TODAY)))
    if engine.engine_type == "postgres":
        await engine.close_connection_pool()


async def _count(awaitable) -> int | str:
    result = await awaitable
    return len(result) if hasattr(result, "__len__") else str(result)


async def _page(awaitable) -> int:
    page = await awaitable
    return len(page.reliability)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=52)
    args = parser.parse_args()
    asyncio.run(main(args.workers, args.weeks))
