"""A first roster found person by person, for large problems whose hard rules never link people.

When no shift needs skills or mentors and no headcount ceiling can bind, every hard rule is about
one person's own days, so a feasible roster is the union of feasible personal rosters. Each one
is a small CP-SAT model built from the same rule classes; the union seeds the full search.
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from .index import Index
from .rules import HARD_RULES
from .rules.base import Context, Guards
from .schema import SolveOptions
from .variables import Variables


def separable(index: Index) -> bool:
    return all(not shift.required_skills and shift.max_headcount >= len(index.by_shift[si])
               for si, shift in enumerate(index.shifts))


def _personal(index: Index, wi: int, options: SolveOptions, seconds: float) -> set[tuple[int, int]] | None:
    model = cp_model.CpModel()
    variables = Variables(model, index, workers=[wi])
    ctx = Context(model, index, variables, Guards(model))
    for rule in HARD_RULES:
        rule().add(ctx)
    solver = cp_model.CpSolver()
    # Feasibility only, on every core: CP-SAT's portfolio finds a personal roster of a year in
    # milliseconds with two workers, but often needs seconds with one (Curtois 21: 0.35 s
    # against 15 s for six people).
    solver.parameters.num_workers = max(1, options.workers)
    # Restarts without LP find these long personal rosters far sooner than the default LP search
    # (Curtois 22, one person's year: 0.13 s against 1.5-5 s).
    solver.parameters.subsolvers.append("quick_restart_no_lp")
    solver.parameters.random_seed = options.seed
    solver.parameters.max_time_in_seconds = seconds
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return {key for key, var in variables.x.items() if solver.boolean_value(var)}


def personal_rosters(index: Index, options: SolveOptions, budget: float) -> set[tuple[int, int]] | None:
    """The union of one feasible roster per person, or None if someone has none within the budget.

    A first pass gives everyone an equal short slice; the few hard people then share what is left.
    """
    started, pairs = time.perf_counter(), set()
    pending = list(range(len(index.workers)))
    for attempt in range(2):
        failed = []
        for done, wi in enumerate(pending):
            left = budget - (time.perf_counter() - started)
            share = left / (len(pending) - done) if attempt else min(1.0, budget / (2 * len(pending)))
            found = _personal(index, wi, options, max(0.05, share))
            if found is None:
                failed.append(wi)
            else:
                pairs |= found
        pending = failed
        if not pending:
            return pairs
    return None
