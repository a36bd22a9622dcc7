"""The optional roster-shaped LNS improves a poor roster and keeps it valid."""

from __future__ import annotations

from optimiser import SolveOptions
from optimiser.index import Index
from optimiser.lns import improve
from optimiser.model import build, objective
from optimiser.plan import Plan
from optimiser.validation import check_plan

from .builders import make_problem, make_shift, make_worker, parsed


def test_lns_improves_the_empty_roster_and_stays_valid():
    shifts = [make_shift(f"s{i}", day=i % 7, hour=8 + 4 * (i % 3), target_headcount=2, max_headcount=3)
              for i in range(21)]
    workers = [make_worker(f"w{i}", target_minutes=600, max_shifts_per_day=2, max_consecutive_days=3)
               for i in range(12)]
    built = build(Index(parsed(make_problem(shifts, workers, weights={"lexicographic_fairness": False}))))
    built.model.minimize(objective(built.terms))
    start = check_plan(Plan(built.index, set())).objective
    pairs, stats = improve(built, set(), start, SolveOptions(seed=1, deterministic=False), budget=0.5)
    report = check_plan(Plan(built.index, pairs))
    assert report.violations == []
    assert report.objective == stats.final_objective < start
