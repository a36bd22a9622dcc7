"""A CP-SAT stage never ends worse than the roster it started from: a greedy start that CP-SAT,
cut off early, did not beat is kept, with the stage's terms fixed at its values."""

from __future__ import annotations

import sys

from ortools.sat.python import cp_model

from optimiser import SolveOptions, problem_from_dict, solve
from optimiser.generate import generate
from optimiser.heuristic import quick_roster
from optimiser.index import Index
from optimiser.model import build
from optimiser.plan import Plan
from optimiser.rules import FIRST_STAGE_TERMS
from optimiser.validation import check, check_plan

SOLVE = sys.modules["optimiser.solve"]
# A week where CP-SAT's stage 0, with one worker and seed 0, holds a roster worse than the greedy
# start after 0.5 deterministic seconds and a much better one after 1.0 (OR-Tools 9.15). The test
# asserts which case it got, so a change in CP-SAT or the rules cannot make it pass vacuously.
WEEK = {"workers": 150, "shifts": 120, "seed": 1}


def _solve_with_budgets(monkeypatch, first_stage: float, later: float = 0.2):
    """Solves WEEK with fixed deterministic budgets per CP-SAT stage, so the cut-off does not
    depend on the machine's load; returns the solution, the problem and the greedy start's report."""
    problem = problem_from_dict(generate(**WEEK))
    configure, calls, seen = SOLVE.configure, [], {}

    def fixed(solver, options, budget, strong_lp=True):
        configure(solver, options, later if calls else first_stage, strong_lp)
        solver.parameters.max_time_in_seconds = 120  # only the deterministic limit may stop it
        calls.append(budget)

    def greedy(index: Index):
        seen["pairs"] = quick_roster(index)
        seen["report"] = check_plan(Plan(index, seen["pairs"]))
        return seen["pairs"]

    monkeypatch.setattr(SOLVE, "configure", fixed)
    monkeypatch.setattr(SOLVE, "quick_roster", greedy)
    solution = solve(problem, SolveOptions(time_limit_s=60, workers=1, seed=0))
    assert solution.stages[0]["terms"] == ("quick_roster",)
    return solution, problem, seen["report"]


def _first_stage_value(terms: dict[str, int]) -> int:
    return sum(terms[name] for name in FIRST_STAGE_TERMS)


def test_a_cut_off_stage_worse_than_the_greedy_start_keeps_the_greedy_roster(monkeypatch):
    solution, problem, greedy = _solve_with_budgets(monkeypatch, first_stage=0.5)
    first = solution.stages[1]
    assert first["terms"] == FIRST_STAGE_TERMS
    assert first["rejected_objective"] > _first_stage_value(greedy.terms), "CP-SAT was not worse here"
    assert first["kept"] == "quick_roster" and first["objective"] == _first_stage_value(greedy.terms)
    for name in FIRST_STAGE_TERMS:  # fixed at the greedy roster's values, not CP-SAT's worse ones
        assert solution.terms[name] <= greedy.terms[name]
    assert solution.objective <= greedy.objective
    assert solution.violations == [] and check(problem, solution.assignments).violations == []


def test_a_stage_where_cp_sat_beats_the_greedy_start_keeps_cp_sats_roster(monkeypatch):
    solution, problem, greedy = _solve_with_budgets(monkeypatch, first_stage=1.0)
    first = solution.stages[1]
    assert first["kept"] is None and first["rejected_objective"] is None
    assert first["objective"] < _first_stage_value(greedy.terms)
    assert _first_stage_value(solution.terms) <= first["objective"]
    assert solution.violations == [] and check(problem, solution.assignments).violations == []


def test_the_validator_gives_each_term_the_models_least_value_for_a_roster():
    """The guard fixes a stage's terms at the validator's values for the kept roster; that is only
    sound if they are the model's own least values for it, under the same names and scale."""
    index = Index(problem_from_dict(generate(**WEEK)))
    built, pairs = build(index), quick_roster(index)
    for key, var in built.vars.x.items():
        domain = built.model.proto.variables[var.index].domain
        domain[0] = domain[1] = int(key in pairs)
    least = {}
    for name, expr in built.terms.items():
        built.model.minimize(expr)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        assert solver.solve(built.model) == cp_model.OPTIMAL
        least[name] = round(solver.objective_value)
    validator = check_plan(Plan(index, pairs)).terms
    assert set(FIRST_STAGE_TERMS) <= set(least)
    assert least == {name: validator[name] for name in built.terms}
