"""A greedy baseline: first come, first served by availability and skill, as rosters are made by hand.

Shifts are filled in time order, each up to its target, from the worker list in its own order:
skilled people first for the skill places, then anyone available who is not already busy at
that time. It does not look at caps, rest, weekly hours, mentors or history, like a busy planner.
"""

from __future__ import annotations

from optimiser.index import Index
from optimiser.schema import Problem

HAND_CHECKS = ("forbidden", "unavailable", "outside_area", "not_this_type")


def _free(index: Index, taken: list[list[int]], wi: int, si: int) -> bool:
    if index.blocked(wi, si, mentor=False) in HAND_CHECKS:
        return False
    mine, f = taken[wi], index.facts[si]
    same_day = sum(1 for s in mine if index.facts[s].day == f.day)
    overlap = any(index.facts[s].start < f.end and f.start < index.facts[s].end for s in mine)
    return not overlap and same_day < index.workers[wi].max_shifts_per_day


def greedy(problem: Problem) -> list[tuple[str, str]]:
    index = Index(problem)
    taken: list[list[int]] = [[] for _ in index.workers]
    order = sorted(range(len(index.shifts)), key=lambda si: (index.facts[si].start, si))
    for si in order:
        shift, chosen = index.shifts[si], []
        for skill, count in shift.required_skills.items():
            able = [wi for wi in range(len(index.workers)) if wi not in chosen
                    and skill in index.counts_for(wi, si) and _free(index, taken, wi, si)]
            chosen += able[:count]
        for wi in range(len(index.workers)):
            if len(chosen) >= shift.target_headcount:
                break
            if wi not in chosen and _free(index, taken, wi, si):
                chosen.append(wi)
        for wi in chosen[: shift.max_headcount]:
            taken[wi].append(si)
    return [(index.workers[wi].id, index.shifts[si].id) for wi, shifts in enumerate(taken) for si in shifts]
