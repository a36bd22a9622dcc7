"""Job matching benchmark (issue 6): 2,000 people against 500 vacancies plus guarantee places.

Usage: python -m bench.matching [--people 2000] [--vacancies 500] [--top-k 0] [--seed 7] [--service]
Builds a seeded random instance in memory and runs the pure matcher (`optimiser.matching`)
with 2 CP-SAT workers, printing one JSON line. With --service it seeds a fresh SQLite file (or
DATABASE_URL, an empty PostgreSQL database) and times the service's whole run instead: load
from the database, match, store the run with its proposals and explanations
(`bench.matching_service`). Record the figures in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from optimiser.match_schema import (
    GUARANTEE, VACANCY, Diploma, MatchProblem, MatchSettings, Opening, Person, Requirement,
)
from optimiser.matching import match

SECTORS = ["zorg", "techniek", "haven", "kinderopvang", "bouw", "groen", "schoonmaak", "logistiek",
           "horeca", "detailhandel"]
COURSES = [("Verzorgende IG", 3, "25491"), ("Monteur elektrotechniek", 2, "25262"),
           ("Pedagogisch medewerker", 3, "25486"), ("Allround timmerman", 3, "25177")]


def instance(people: int, vacancies: int, guarantees: int, seed: int, top_k: int | None) -> MatchProblem:
    rng = random.Random(seed)
    skills = [f"skill{i}" for i in range(30)]
    wijken = [f"wijk{i}" for i in range(20)]
    neighbours = frozenset((wijken[i], wijken[i + 1]) for i in range(len(wijken) - 1))
    persons = []
    for i in range(people):
        held = {skill: rng.randint(1, 3) for skill in rng.sample(skills, rng.randint(1, 6))}
        candidate = rng.random() < 0.2
        course = rng.choice(COURSES)
        persons.append(Person(
            id=f"p{i}", wanted_hours=rng.choice([16, 20, 24, 32, 36]), skills=held,
            certificates=frozenset(skill for skill in held if rng.random() < 0.5),
            neighbourhood=rng.choice(wijken), preferred_sectors=frozenset(rng.sample(SECTORS, rng.randint(0, 3))),
            is_candidate=candidate, diploma=Diploma(*course) if candidate else None,
            guarantee=f"g{rng.randrange(guarantees)}" if candidate else None))
    openings = [Opening(
        id=f"v{i}", kind=VACANCY, sector=rng.choice(SECTORS), hours=rng.choice([16, 24, 32, 36]),
        capacity=rng.randint(1, 3), neighbourhood=rng.choice(wijken),
        requirements=tuple(Requirement(skill, rng.randint(1, 3), rng.random() < 0.3)
                           for skill in rng.sample(skills, rng.randint(0, 3))))
        for i in range(vacancies)]
    openings += [Opening(id=f"g{i}", kind=GUARANTEE, sector=rng.choice(SECTORS[:5]), hours=32,
                         capacity=rng.randint(2, 10), neighbourhood=rng.choice(wijken),
                         diploma=Diploma(*rng.choice(COURSES)))
                 for i in range(guarantees)]
    return MatchProblem(tuple(persons), tuple(openings), neighbours,
                        MatchSettings(top_k=top_k, time_limit_seconds=10.0, workers=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--vacancies", type=int, default=500)
    parser.add_argument("--guarantees", type=int, default=40)
    parser.add_argument("--top-k", type=int, default=0, help="0: off (all feasible pairs)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--service", action="store_true", help="through the database and the service")
    args = parser.parse_args()
    if args.service:
        from bench.matching_service import run_service

        print(json.dumps(run_service(args.people, args.vacancies, args.guarantees, args.seed)))
        return
    problem = instance(args.people, args.vacancies, args.guarantees, args.seed, args.top_k or None)
    started = time.perf_counter()
    result = match(problem)
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "people": args.people, "vacancies": args.vacancies, "guarantees": args.guarantees,
        "places": sum(o.capacity for o in problem.openings), "top_k": args.top_k, "status": result.status,
        "pairs": result.pairs_considered, "matched": result.matched, "min_score": result.min_score,
        "total_score": result.total_score, "unmatched": len(result.unmatched), "seconds": round(elapsed, 2),
    }))


if __name__ == "__main__":
    main()
