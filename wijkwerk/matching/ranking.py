"""Ranked lists for managers: every opening for one person, every person for one vacancy.

These score each pair with the same pure scorer the matcher uses, and show infeasible pairs
too, with their reasons, so a manager sees why an option is missing.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from optimiser.match_scoring import ranked, score_pair
from wijkwerk.matching.adapter import (
    candidate_people, guarantee_openings, load_problem, neighbours, vacancy_openings, worker_people,
)
from wijkwerk.matching.labels import describe
from wijkwerk.matching.runs import SETTINGS


def _rows(scores, names: dict, key: str) -> list[dict]:
    return [{"id": getattr(score, key), "name": names.get(getattr(score, key), getattr(score, key)),
             "feasible": score.feasible, "score": score.score,
             "reasons": describe([asdict(reason) for reason in score.reasons])} for score in ranked(scores)]


async def for_person(kind: str, person_id: int, day: date) -> list[dict] | None:
    """Every open vacancy and valid guarantee, best first, for a worker or a candidate."""
    if kind == "candidate":
        people, _ = await candidate_people(day, [person_id])
    else:
        people, _ = await worker_people(day, [person_id])
    if not people:
        return None
    vacancies, vacancy_names = await vacancy_openings()
    guarantees, guarantee_names = await guarantee_openings(day)
    pairs = await neighbours()
    scores = [score_pair(people[0], opening, pairs, SETTINGS) for opening in vacancies + guarantees]
    rows = _rows(scores, {**vacancy_names, **guarantee_names}, "opening")
    capacity = {opening.id: opening.capacity for opening in vacancies + guarantees}
    return [{**row, "places_left": capacity[row["id"]]} for row in rows]


async def for_vacancy(vacancy_id: int, day: date) -> list[dict] | None:
    """Everyone looking for work, best first, for one vacancy."""
    openings, _ = await vacancy_openings([vacancy_id])
    if not openings:
        return None
    problem, names = await load_problem(day, SETTINGS)
    scores = [score_pair(person, openings[0], problem.neighbours, SETTINGS) for person in problem.people]
    return _rows(scores, names.people, "person")
