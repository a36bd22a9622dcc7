"""A first roster found person by person, for large problems whose hard rules never link people.

When no shift needs skills or mentors and no headcount ceiling can bind, every hard rule is about
one person's own days, so a feasible roster is the union of feasible personal rosters. Each one
is first built without a solver (`construct.py`), people in turn, each preferring the shifts
still short of cover; only when that fails does a small CP-SAT model built from the same rule
classes look for one.
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from .construct import construct
from .index import Index
from .plan import Plan
from .rules import HARD_RULES
from .rules.base import Context, Guards, worker_name
from .rules.cover import _weights
from .schema import SolveOptions
from .variables import Variables

PERSONAL_RULES = tuple(rule for rule in HARD_RULES if rule.__name__ not in
                       ("MaxHeadcount", "RequiredSkills", "MentorForLearners"))  # they link people


def separable(index: Index) -> bool:
    return all(not shift.required_skills and shift.max_headcount >= len(index.by_shift[si])
               for si, shift in enumerate(index.shifts))


def personal_model(index: Index, wi: int) -> tuple[cp_model.CpModel, Variables]:
    """One worker's variables and hard rules, built from the same rule classes as the full model."""
    model = cp_model.CpModel()
    variables = Variables(model, index, workers=[wi])
    ctx = Context(model, index, variables, Guards(model))
    for rule in HARD_RULES:
        rule().add(ctx)
    return model, variables


def personal_solver(options: SolveOptions, seconds: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    # Every core: CP-SAT's portfolio finds a personal roster of a year in milliseconds with two
    # workers, but often needs seconds with one (Curtois 21: 0.35 s against 15 s for six people).
    solver.parameters.num_workers = max(1, options.workers)
    # Restarts without LP find these long personal rosters far sooner than the default LP search
    # (Curtois 22, one person's year: 0.13 s against 1.5-5 s).
    solver.parameters.subsolvers.append("quick_restart_no_lp")
    solver.parameters.random_seed = options.seed
    solver.parameters.max_time_in_seconds = seconds
    return solver


def _personal(index: Index, wi: int, options: SolveOptions, seconds: float) -> set[tuple[int, int]] | None:
    model, variables = personal_model(index, wi)
    solver = personal_solver(options, seconds)
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return {key for key, var in variables.x.items() if solver.boolean_value(var)}


class Marginal:
    """What one more person on a shift is worth to the objective, given who else is on it.

    Counts cover (minimum, target, over target) and the person's own on/off requests: the terms
    that decide a Curtois roster, and all of them separable person by person.
    """

    def __init__(self, index: Index, pairs: set[tuple[int, int]]):
        self.index = index
        self.count = [0] * len(index.shifts)
        for _, si in pairs:
            self.count[si] += 1
        self.requests: dict[tuple[int, int], int] = {}
        for req in index.problem.requests:
            key = (index.worker_pos[req.worker], index.shift_pos[req.shift])
            self.requests[key] = self.requests.get(key, 0) + (req.weight if req.kind == "on" else -req.weight)
        weights = [_weights(index, shift) for shift in index.shifts]
        self.under, self.over = [u for u, _ in weights], [o for _, o in weights]
        self.minimum = index.problem.weights.cover_minimum

    def gain(self, wi: int, si: int, others: int | None = None) -> int:
        """The fall in the objective if `wi` works `si` (with `others` people already on it)."""
        shift, n = self.index.shifts[si], self.count[si] if others is None else others
        cover = self.under[si] if n < shift.target_headcount else -self.over[si]
        if n < shift.min_headcount:
            cover += self.minimum
        return cover + self.requests.get((wi, si), 0)

    def move(self, old: set[tuple[int, int]], new: set[tuple[int, int]]) -> None:
        for _, si in old:
            self.count[si] -= 1
        for _, si in new:
            self.count[si] += 1


def valid_for_person(index: Index, wi: int, pairs: set[tuple[int, int]]) -> bool:
    """The validator's verdict on one person's roster (the others, absent, break their minimums)."""
    plan, name = Plan(index, pairs), worker_name(index, wi) + " "
    return not any(text.startswith(name) for rule in PERSONAL_RULES for text in rule().violations(plan))


def personal_rosters(index: Index, options: SolveOptions, budget: float) -> set[tuple[int, int]] | None:
    """The union of one feasible roster per person, or None if someone has none within the budget.

    Everyone is first built without a solver; CP-SAT then gives the people that pass failed an
    equal short slice each, and the few hard ones share what is left.
    """
    started, pairs = time.perf_counter(), set()
    marginal = Marginal(index, set())
    pending = []
    for wi in range(len(index.workers)):
        found = construct(index, wi, lambda si, wi=wi: marginal.gain(wi, si))
        if found is not None and valid_for_person(index, wi, found):
            pairs |= found
            marginal.move(set(), found)
        else:
            pending.append(wi)
    for attempt in range(2):
        if not pending:
            return pairs
        failed = []
        for done, wi in enumerate(pending):
            left = budget - (time.perf_counter() - started)
            share = left / (len(pending) - done) if attempt else min(1.0, left / (2 * len(pending)))
            found = _personal(index, wi, options, max(0.05, share))
            if found is None:
                failed.append(wi)
            else:
                pairs |= found
        pending = failed
    return pairs if not pending else None
