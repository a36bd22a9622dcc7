"""Person by person: personal rosters built without a solver, and re-planned one person at a time."""

from __future__ import annotations

import sys

from optimiser import SolveOptions
from optimiser.construct import construct
from optimiser.decompose import Marginal, personal_rosters, valid_for_person
from optimiser.index import Index
from optimiser.sweep import sweep
from optimiser.plan import Plan
from optimiser.validation import check_plan

from .builders import MONDAY, make_problem, make_shift, make_worker, parsed, solved

KINDS = {"E": (7, 8), "L": (14, 8), "N": (22, 8)}  # start hour, hours


def make_rota(days: int = 28, people: int = 6, **worker) -> dict:
    """A small Curtois-like rota: three shift types a day, runs, weekends and rotations."""
    shifts = [make_shift(f"{kind}:{d}", day=d, hour=hour, hours=hours, shift_type=kind,
                         target_headcount=2, max_headcount=people, under_target_weight=100,
                         over_target_weight=1)
              for d in range(days) for kind, (hour, hours) in KINDS.items()]
    limits = {"max_consecutive_days": 5, "min_consecutive_days": 2, "min_consecutive_days_off": 2,
              "max_weekends": 2, "min_minutes": 8 * 60 * 14, "max_minutes": 8 * 60 * 16,
              "max_shifts_per_type": {"N": 4}}
    limits.update(worker)
    workers = [make_worker(f"p{i}", days_off=[MONDAY.date().isoformat()] if i == 0 else [], **limits)
               for i in range(people)]
    return make_problem(shifts, workers, days=days, cannot_follow=[["N", "E"], ["L", "E"]],
                        weights={"lexicographic_fairness": False})


def test_constructed_personal_rosters_pass_the_validator():
    index = Index(parsed(make_rota()))
    marginal = Marginal(index, set())
    for wi in range(len(index.workers)):
        pairs = construct(index, wi, lambda si, wi=wi: marginal.gain(wi, si))
        assert pairs is not None
        assert valid_for_person(index, wi, pairs)
        marginal.move(set(), pairs)


def test_personal_rosters_together_are_a_valid_roster():
    index = Index(parsed(make_rota()))
    pairs = personal_rosters(index, SolveOptions(workers=1), budget=5)
    assert check_plan(Plan(index, pairs)).violations == []


def test_construction_gives_up_on_rules_it_does_not_follow():
    index = Index(parsed(make_rota(max_shifts_per_day=2)))
    assert construct(index, 0, lambda si: 0) is None


def test_sweep_never_makes_the_roster_worse():
    index = Index(parsed(make_rota()))
    start = personal_rosters(index, SolveOptions(workers=1), budget=5)
    before = check_plan(Plan(index, start))
    better, stats = sweep(index, start, SolveOptions(workers=1, seed=1), seconds=1.5)
    after = check_plan(Plan(index, better))
    assert after.violations == []
    assert after.objective <= before.objective
    assert after.objective == before.objective - stats.gained


def test_very_large_separable_problems_skip_the_full_model(monkeypatch):
    monkeypatch.setattr(sys.modules["optimiser.solve"], "FULL_MODEL_VARS", 0)
    solution = solved(make_rota(days=14, people=4, min_minutes=8 * 60 * 6, max_minutes=8 * 60 * 9),
                      seconds=2, deterministic=False)
    assert [s["terms"] for s in solution.stages] == [("personal_rosters",), ("sweep",)]
    assert solution.status == "feasible"
