"""Large neighbourhood search around CP-SAT, with neighbourhoods shaped like rosters.

Rules bind one person's days together and cover binds people on one day, so a neighbourhood
frees either a few people over the whole period or everyone over a few days, fixes the rest to
the incumbent roster and lets CP-SAT re-solve that part exactly. Two neighbourhoods run side by
side (one per core) in wall-clock mode; in deterministic mode they run one after the other and
stop on CP-SAT's deterministic time, so a seed always gives the same roster.
"""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from ortools.sat.python import cp_model

from .model import Built
from .schema import SolveOptions


@dataclass
class LnsStats:
    iterations: int = 0
    improvements: int = 0
    start_objective: int = 0
    final_objective: int = 0


@dataclass
class _Size:
    """Adapts how much is freed: grow while sub-problems solve to optimality fast, shrink if not."""

    workers: int
    days: int

    def adapt(self, solved_fast: bool, limit_workers: int, limit_days: int) -> None:
        step = 1 if solved_fast else -1
        self.workers = min(limit_workers, max(1, self.workers + step))
        self.days = min(limit_days, max(1, self.days + step))


def _free_keys(built: Built, rng: random.Random, size: _Size) -> set[tuple[int, int]]:
    index = built.index
    if rng.random() < 0.5:  # a few people, the whole period
        chosen = set(rng.sample(range(len(index.workers)), min(size.workers, len(index.workers))))
        return {key for key in built.vars.x if key[0] in chosen}
    first = rng.randrange(max(1, index.days - size.days + 1))  # everyone, a few days
    return {key for key in built.vars.x if first <= index.facts[key[1]].day < first + size.days}


def _sub_solve(built: Built, values: dict, free: set, seconds: float, seed: int, deterministic: bool):
    sub = built.model.clone()
    sub.clear_hints()
    for key, var in built.vars.x.items():
        value = int(values[key])
        if key in free:
            sub.add_hint(sub.get_bool_var_from_proto_index(var.index), value)
        else:
            domain = sub.proto.variables[var.index].domain
            domain[0] = value
            domain[1] = value
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.linearization_level = 2  # the full LP closes small sub-problems fast
    solver.parameters.random_seed = seed
    if deterministic:
        solver.parameters.max_deterministic_time = seconds
    solver.parameters.max_time_in_seconds = seconds * (3 if deterministic else 1)
    code = solver.solve(sub)
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, code, solver.deterministic_time
    found = {key: solver.boolean_value(sub.get_bool_var_from_proto_index(var.index))
             for key, var in built.vars.x.items()}
    return (round(solver.objective_value), found), code, solver.deterministic_time


def improve(built: Built, pairs: set[tuple[int, int]], objective: int, options: SolveOptions,
            budget: float) -> tuple[set[tuple[int, int]], LnsStats]:
    """Improves the roster `pairs` (objective value `objective`) within `budget` seconds."""
    rng = random.Random(options.seed)
    values = {key: key in pairs for key in built.vars.x}
    stats = LnsStats(start_objective=objective, final_objective=objective)
    size = _Size(workers=3, days=max(1, built.index.days // 4))
    limit_w, limit_d = len(built.index.workers), built.index.days
    parallel = 1 if options.deterministic else max(1, options.workers)
    spent, started = 0.0, time.perf_counter()
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        while spent < budget:
            step = min(2.0, max(0.05, budget - spent))
            tasks = [(built, values, _free_keys(built, rng, size), step, rng.randrange(1 << 30),
                      options.deterministic) for _ in range(parallel)]
            results = list(pool.map(lambda args: _sub_solve(*args), tasks))
            stats.iterations += len(results)
            best = min((r for r, _, _ in results if r is not None), default=None, key=lambda r: r[0])
            if best is not None and best[0] <= stats.final_objective:
                stats.improvements += best[0] < stats.final_objective
                stats.final_objective, values = best[0], best[1]
            fast = all(code == cp_model.OPTIMAL for _, code, _ in results)
            size.adapt(fast, limit_w, limit_d)
            if options.deterministic:
                spent += sum(dtime for _, _, dtime in results)
            else:
                spent = time.perf_counter() - started
    return {key for key, on in values.items() if on}, stats
