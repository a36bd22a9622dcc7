"""The greedy start is the first roster only when the validator finds it within every hard rule."""

from __future__ import annotations

import sys

from optimiser import SolveOptions, problem_from_dict, solve
from optimiser.generate import generate
from optimiser.index import Index
from optimiser.plan import Plan
from optimiser.validation import check_plan

SOLVE = sys.modules["optimiser.solve"]


def _week():
    return problem_from_dict(generate(workers=30, shifts=20, seed=1))


def _solve_recording(monkeypatch, make_pairs):
    """Solves a generated week with `make_pairs(index)` as the greedy start; returns the solution,
    the start's pairs and the progress events."""
    seen, events = {}, []

    def start(index: Index):
        seen["index"], seen["pairs"] = index, make_pairs(index)
        return seen["pairs"]

    monkeypatch.setattr(SOLVE, "quick_roster", start)
    solution = solve(_week(), SolveOptions(time_limit_s=2, workers=1, seed=0, progress=events.append))
    return solution, seen, events


def test_a_valid_greedy_start_is_the_first_roster(monkeypatch):
    solution, seen, events = _solve_recording(monkeypatch, SOLVE.quick_roster)
    assert check_plan(Plan(seen["index"], seen["pairs"])).violations == []
    assert solution.stages[0]["terms"] == ("quick_roster",)
    assert 0 < solution.first_roster_s <= solution.build_time_s + solution.stages[0]["wall_time_s"] + 0.05
    assert events[0]["bound"] is None and events[0]["objective"] == solution.stages[0]["objective"]
    assert solution.status in ("optimal", "feasible") and solution.violations == []


def test_a_greedy_start_that_breaks_a_rule_is_only_a_hint(monkeypatch):
    def on_every_shift(index: Index):  # one person on everything breaks one shift a day at least
        return {(0, si) for si in range(len(index.shifts))}

    solution, seen, events = _solve_recording(monkeypatch, on_every_shift)
    assert check_plan(Plan(seen["index"], seen["pairs"])).violations
    assert all(stage["terms"] != ("quick_roster",) for stage in solution.stages)
    assert all(event["bound"] is not None for event in events)
    assert solution.violations == []
