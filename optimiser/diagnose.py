"""Explains an infeasible problem: finds a small set of hard constraints that cannot hold together.

Every hard constraint group is switched by an assumption literal; CP-SAT returns a subset of
those that is already infeasible, which is then shrunk by dropping one group at a time.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from .index import Index
from .model import build
from .schema import SolveOptions

MAX_SHRINK = 12  # shrinking costs one solve per group; larger cores are reported as found


def _run(model: cp_model.CpModel, literals: list, options: SolveOptions, budget: float):
    model.clear_assumptions()
    model.add_assumptions(literals)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # cores from assumptions come from the sequential search
    solver.parameters.random_seed = options.seed
    solver.parameters.max_time_in_seconds = budget
    return solver.solve(model), solver


def _core(model: cp_model.CpModel, literals: list, options: SolveOptions, budget: float) -> list:
    code, solver = _run(model, literals, options, budget)
    if code != cp_model.INFEASIBLE:
        return []
    found = set(solver.sufficient_assumptions_for_infeasibility())
    return [lit for lit in literals if lit.index in found]


def diagnose(index: Index, options: SolveOptions) -> list[str]:
    """The conflicting rules in a manager's words, or a general note when none can be isolated."""
    built = build(index, diagnose=True)
    literals = list(built.guards.literals.values())
    budget = max(1.0, options.time_limit_s / 4)
    core = _core(built.model, literals, options, budget)
    if not core:
        return ["The rules contradict each other, but no small set of them could be isolated in time."]
    if len(core) <= MAX_SHRINK:
        for lit in list(core):
            rest = [other for other in core if other is not lit]
            if rest and _run(built.model, rest, options, budget / len(core))[0] == cp_model.INFEASIBLE:
                core = rest
    texts = [built.guards.texts[lit.index] for lit in core]
    return ["These rules cannot all hold together: " + "; ".join(texts) + "."] + texts
