"""Checks a matching without the solver: hard rules, and the lexicographic objective it reaches.

Tests use it on every solver result and on every brute-force candidate; anyone can use it on a
matching that was changed by hand.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .match_schema import MatchProblem
from .match_scoring import score_pair


@dataclass
class MatchCheck:
    problems: list[str] = field(default_factory=list)
    matched: int = 0
    min_score: int | None = None
    total_score: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def objective(self) -> tuple[int, int, int]:
        """(people matched, lowest score, total score): larger is better, compared in that order."""
        return self.matched, self.min_score or 0, self.total_score


def check_matching(problem: MatchProblem, chosen: list[tuple[str, str]]) -> MatchCheck:
    people = {person.id: person for person in problem.people}
    openings = {opening.id: opening for opening in problem.openings}
    report, scores = MatchCheck(), []
    for person, count in Counter(person for person, _ in chosen).items():
        if count > 1:
            report.problems.append(f"{person} has {count} proposals")
    for opening, count in Counter(opening for _, opening in chosen).items():
        if opening in openings and count > openings[opening].capacity:
            report.problems.append(f"{opening} has {count} people for {openings[opening].capacity} places")
    for person, opening in chosen:
        if person not in people or opening not in openings:
            report.problems.append(f"unknown pair {person}-{opening}")
            continue
        scored = score_pair(people[person], openings[opening], problem.neighbours, problem.settings)
        if not scored.feasible:
            report.problems.append(f"{person}-{opening} is not feasible")
        scores.append(scored.score)
    report.matched, report.total_score = len(chosen), sum(scores)
    report.min_score = min(scores) if scores else None
    return report
