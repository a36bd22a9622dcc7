"""Job matching through the service: seed people and vacancies in a database, time `run_matching`.

Called by `python -m bench.matching --service`; the instance mirrors the in-memory one (20 %
candidates with a diploma, 500 vacancies with 0-3 skill requirements, 40 agreements).
"""

from __future__ import annotations

import asyncio
import os
import random
import tempfile
import time
from datetime import date, datetime, timezone

from bench.matching import COURSES, SECTORS

LEVELS = ["learning", "competent", "can_teach"]
DAY = date(2026, 10, 1)


def _prepare_environment() -> str:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    from wijkwerk.migrate import use_wijkwerk_conf

    use_wijkwerk_conf(url)
    return url


async def _insert(table, rows: list, returning=None) -> list[int]:
    """Insert in batches (PostgreSQL takes at most 32,767 parameters per statement)."""
    ids = []
    for start in range(0, len(rows), 500):
        query = table.insert(*rows[start:start + 500])
        if returning is not None:
            ids += [row["id"] for row in await query.returning(returning)]
        else:
            await query
    return ids


async def _seed(people: int, vacancies: int, guarantees: int, seed: int) -> None:
    from wijkwerk.tables import (
        Candidate, Employer, GuaranteeAgreement, JobSeekerProfile, JobSeekerSector, Neighbourhood,
        NeighbourhoodNeighbour, Sector, Skill, Vacancy, VacancyRequirement, Worker, WorkerSkill,
    )

    rng = random.Random(seed)
    sectors = {row["code"]: row["id"] for row in await Sector.select(Sector.id, Sector.code)}
    wijken = await _insert(Neighbourhood, [Neighbourhood(name=f"Wijk {i}") for i in range(20)], Neighbourhood.id)
    await _insert(NeighbourhoodNeighbour, [NeighbourhoodNeighbour(neighbourhood=wijken[i], neighbour=wijken[i + 1])
                                           for i in range(19)])
    skills = await _insert(Skill, [Skill(name=f"Vaardigheid {i}", certificate_required=i % 3 == 0)
                                   for i in range(30)], Skill.id)
    employers = await _insert(Employer, [Employer(name=f"Werkgever {i}", sector=sectors[SECTORS[i % len(SECTORS)]])
                                         for i in range(60)], Employer.id)
    agreements = await _insert(GuaranteeAgreement, [GuaranteeAgreement(
        employer=rng.choice(employers), sector=sectors[rng.choice(SECTORS[:5])], course_name=course[0],
        course_level=course[1], crebo=course[2], places_per_year=rng.randint(2, 10), hours_per_week=32,
        neighbourhood=rng.choice(wijken), valid_from=date(2026, 1, 1))
        for course in (rng.choice(COURSES) for _ in range(guarantees))], GuaranteeAgreement.id)
    workers = await _insert(Worker, [Worker(
        first_name=f"Persoon{i}", last_name="Test", birth_date=date(1990, 1, 1), starts_on=date(2025, 1, 1),
        neighbourhood=rng.choice(wijken)) for i in range(people)], Worker.id)
    await _insert(WorkerSkill, [WorkerSkill(
        worker=worker, skill=skill, level=rng.choice(LEVELS),
        certificate_obtained_on=date(2025, 1, 1) if rng.random() < 0.5 else None)
        for worker in workers for skill in rng.sample(skills, rng.randint(1, 6))])
    candidates, seekers = workers[: people // 5], workers[people // 5:]
    await _insert(Candidate, [Candidate(
        first_name="Kandidaat", last_name=str(worker), birth_date=date(2007, 1, 1), worker=worker,
        neighbourhood=rng.choice(wijken), sector=sectors[rng.choice(SECTORS[:5])], agreement=rng.choice(agreements),
        school="Noorderpoort", course_name=course[0], course_level=course[1], crebo=course[2],
        starts_on=date(2024, 9, 1), expected_diploma_on=date(2026, 7, 1), state="diploma",
        diploma_on=date(2026, 7, 1), wanted_hours_per_week=rng.choice([16, 20, 24, 32, 36]))
        for worker, course in ((w, rng.choice(COURSES)) for w in candidates)])
    profiles = await _insert(JobSeekerProfile, [JobSeekerProfile(
        worker=worker, ready_for_work=True, wanted_hours_per_week=rng.choice([16, 20, 24, 32, 36]))
        for worker in seekers], JobSeekerProfile.id)
    await _insert(JobSeekerSector, [JobSeekerSector(profile=profile, sector=sectors[code])
                                    for profile in profiles for code in rng.sample(SECTORS, rng.randint(0, 3))])
    vacancy_ids = await _insert(Vacancy, [Vacancy(
        employer=rng.choice(employers), title=f"Vacature {i}", sector=sectors[rng.choice(SECTORS)],
        hours_per_week=rng.choice([16, 24, 32, 36]), neighbourhood=rng.choice(wijken), places=rng.randint(1, 3),
        created_on=DAY) for i in range(vacancies)], Vacancy.id)
    needs = [VacancyRequirement(vacancy=vacancy, skill=skill, min_level=rng.choice(LEVELS),
                                certificate_required=rng.random() < 0.3)
             for vacancy in vacancy_ids for skill in rng.sample(skills, rng.randint(0, 3))]
    await _insert(VacancyRequirement, needs)


async def _run(url: str, people: int, vacancies: int, guarantees: int, seed: int) -> dict:
    from wijkwerk import clock
    from wijkwerk.db import bind_tables, engine_from_url
    from wijkwerk.migrate import migrate_forwards

    engine = engine_from_url(url)
    bind_tables(engine)
    await migrate_forwards()
    await _seed(people, vacancies, guarantees, seed)
    clock.now = lambda: datetime(2026, 10, 1, 10, tzinfo=timezone.utc)  # the seeded agreements' year
    from wijkwerk.matching.runs import get_run, run_matching

    started = time.perf_counter()
    run_id = await run_matching()
    elapsed = time.perf_counter() - started
    run = await get_run(run_id)
    return {"mode": "service", "engine": engine.engine_type, "people": run["people"], "openings": run["openings"],
            "matched": run["matched"], "min_score": run["min_score"], "total_score": run["total_score"],
            "solve_seconds": round(run["elapsed_seconds"], 2), "seconds": round(elapsed, 2)}


def run_service(people: int, vacancies: int, guarantees: int, seed: int) -> dict:
    return asyncio.run(_run(_prepare_environment(), people, vacancies, guarantees, seed))
