"""Improves a roster one person at a time, for problems too large for the full model.

When no hard rule links two people, each person's best roster given everyone else's is a small
CP-SAT model: their own hard rules, and for each shift what one more person there is worth
(cover and their own requests). Re-planning people in turn never makes the roster worse.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from .construct import construct
from .decompose import Marginal, personal_model, personal_solver, valid_for_person
from .index import Index
from .schema import SolveOptions

QUICK_ROUNDS = 3  # rounds of solver-free rebuilds before the exact re-plans
PERSON_SECONDS = 3.0  # at most this long per person and visit, so everyone gets a turn


def applies(index: Index) -> bool:
    """Whether cover and requests are the whole objective, so the per-person gains are exact."""
    problem = index.problem
    return not problem.previous and all(
        not w.target_minutes and not w.history.target_minutes and not w.liked_job_types
        and not w.disliked_job_types and not w.preferred_days and not w.neighbourhood
        and not any(level == "learning" for level in w.skills.values()) for w in problem.workers
    ) and all(not s.job for s in problem.shifts)


@dataclass
class SweepStats:
    visits: int = 0
    improved: int = 0
    gained: int = 0  # fall in the objective


def _rebuild(index: Index, wi: int, own: set, marginal: Marginal) -> tuple[set, int]:
    """The quick version: the person's roster built again without a solver, now that everyone
    else's is known (see construct.py)."""
    mine = {si for _, si in own}

    def gain(si: int) -> int:
        return marginal.gain(wi, si, marginal.count[si] - (si in mine))

    new = construct(index, wi, gain)
    if new is None or not valid_for_person(index, wi, new):
        return own, 0
    better = sum(gain(si) for _, si in new) - sum(gain(si) for _, si in own)
    return (new, better) if better > 0 else (own, 0)


def _replan(index: Index, wi: int, own: set, marginal: Marginal, options: SolveOptions,
            seconds: float) -> tuple[set, int]:
    """The person's best roster with everyone else fixed, and how much it lowers the objective."""
    model, variables = personal_model(index, wi)
    mine = {si for _, si in own}
    gains = {key: marginal.gain(wi, key[1], marginal.count[key[1]] - (key[1] in mine))
             for key in variables.x}
    model.maximize(sum(gain * variables.x[key] for key, gain in gains.items() if gain))
    for key, var in variables.x.items():
        model.add_hint(var, key in own)
    solver = personal_solver(options, seconds)
    # Without presolve the hinted roster is there at once and improvements follow within a
    # second; with it, presolve alone took ~0.9 s per person of Curtois 24.
    solver.parameters.cp_model_presolve = False
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return own, 0
    new = {key for key, var in variables.x.items() if solver.boolean_value(var)}
    better = sum(gains[key] for key in new) - sum(gains[key] for key in own)
    return (new, better) if better > 0 else (own, 0)


def sweep(index: Index, pairs: set[tuple[int, int]], options: SolveOptions,
          seconds: float) -> tuple[set[tuple[int, int]], SweepStats]:
    """Rounds of quick rebuilds while they pay, then rounds of exact personal re-plans."""
    started, stats = time.perf_counter(), SweepStats()
    marginal = Marginal(index, pairs)
    mine: list[set] = [set() for _ in index.workers]
    for key in pairs:
        mine[key[0]].add(key)
    order = list(range(len(index.workers)))
    random.Random(options.seed).shuffle(order)
    exact, rounds = False, 0
    while True:
        rounds += 1
        before = stats.gained
        for turn, wi in enumerate(order):
            left = seconds - (time.perf_counter() - started)
            if left < 0.5:
                return set().union(*mine), stats
            if exact:
                share = min(PERSON_SECONDS, max(0.3, left / (len(order) - turn) - 0.3))  # 0.3 s: building
                new, better = _replan(index, wi, mine[wi], marginal, options, share)
            else:
                new, better = _rebuild(index, wi, mine[wi], marginal)
            stats.visits += 1
            if better:
                marginal.move(mine[wi], new)
                mine[wi] = new
                stats.improved += 1
                stats.gained += better
        if stats.gained == before or rounds == QUICK_ROUNDS:  # on to exact re-plans, or done
            if exact and stats.gained == before:
                return set().union(*mine), stats
            exact = True
