"""Test builders: problem dicts with sensible defaults, so each test overrides only what matters."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from optimiser import Problem, SolveOptions, problem_from_dict, solve
from optimiser.validation import check

TZ = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, tzinfo=TZ)  # a week inside one month


def at(day: int, hour: float, base: datetime = MONDAY) -> str:
    return (base + timedelta(days=day, hours=hour)).isoformat()


def make_shift(ident: str, day: int = 0, hour: float = 9, hours: float = 4, base: datetime = MONDAY, **extra) -> dict:
    shift = {"id": ident, "start": at(day, hour, base), "end": at(day, hour + hours, base),
             "min_headcount": 0, "target_headcount": 1, "max_headcount": 1}
    shift.update(extra)
    return shift


def make_worker(ident: str, **extra) -> dict:
    worker = {"id": ident, "target_minutes": 0}
    worker.update(extra)
    return worker


def make_problem(shifts: list[dict], workers: list[dict], base: datetime = MONDAY, days: int = 7, **extra) -> dict:
    start = base.date()
    raw = {"period": {"start": start.isoformat(), "end": (start + timedelta(days=days - 1)).isoformat()},
           "shifts": shifts, "workers": workers}
    raw.update(extra)
    return raw


def parsed(raw: dict) -> Problem:
    return problem_from_dict(raw)


def solved(raw: dict, seconds: float = 5.0, **options):
    """Solve and assert the roster passes the independent validator, as every test should."""
    problem = problem_from_dict(raw)
    solution = solve(problem, SolveOptions(time_limit_s=seconds, workers=options.pop("workers", 1), **options))
    if solution.assignments or solution.status in ("optimal", "feasible"):
        report = check(problem, solution.assignments)
        assert report.violations == [], report.violations
        assert report.terms == solution.terms
    return solution


def shifts_of(solution, worker: str) -> list[str]:
    return sorted(s for w, s in solution.assignments if w == worker)
