"""A caller can follow a solve: the progress callback reports the best objective so far."""

from __future__ import annotations

from optimiser import SolveOptions, problem_from_dict, solve
from optimiser.generate import generate


def test_progress_reports_objectives_as_they_improve():
    events: list[dict] = []
    problem = problem_from_dict(generate(workers=12, shifts=10, seed=3))
    solution = solve(problem, SolveOptions(time_limit_s=2, workers=1, seed=0, progress=events.append))
    assert solution.status in ("optimal", "feasible")
    assert events and all({"stage", "objective", "bound", "elapsed_s"} <= event.keys() for event in events)
    # The greedy start comes before CP-SAT, without a bound (test_first_roster.py).
    assert all(event["bound"] is None or event["bound"] <= event["objective"] for event in events)
