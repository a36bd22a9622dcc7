"""Property tests on random small problems: rosters always pass `check`; tiny ones match brute force."""

from __future__ import annotations

from itertools import chain, combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optimiser import SolveOptions, problem_from_dict, solve
from optimiser.index import Index
from optimiser.rules import FIRST_STAGE_TERMS
from optimiser.validation import check

from .builders import at, make_problem, make_shift, make_worker

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def problems(draw, max_workers: int = 3, max_shifts: int = 4) -> dict:
    shifts = []
    for i in range(draw(st.integers(1, max_shifts))):
        target = draw(st.integers(0, 2))
        shifts.append(make_shift(
            f"s{i}", day=draw(st.integers(0, 2)), hour=draw(st.sampled_from([8, 10, 14])),
            hours=draw(st.sampled_from([2, 4])), min_headcount=draw(st.integers(0, target)),
            target_headcount=target, max_headcount=target + draw(st.integers(0, 1)) or 1,
            job_type=draw(st.sampled_from(["groen", "koken"])), job="j" if i % 2 else "",
            required_skills=draw(st.sampled_from([{}, {"bhv": 1}]))))
    workers = []
    for i in range(draw(st.integers(1, max_workers))):
        extra = {}
        if draw(st.booleans()):
            extra["availability"] = [{"start": at(draw(st.integers(0, 2)), 7), "end": at(2, 20)}]
        if draw(st.booleans()):
            extra["cap_room_cents"] = {"months": {"2026-03": draw(st.sampled_from([0, 500, 2000]))},
                                       "years": {"2026": 5000}}
        workers.append(make_worker(
            f"w{i}", target_minutes=draw(st.sampled_from([0, 240, 480])), rate_cents_per_hour=500,
            skills=draw(st.sampled_from([{}, {"bhv": "competent"}, {"bhv": "learning"}, {"bhv": "teaching"}])),
            max_shifts_per_day=draw(st.integers(1, 2)), min_rest_minutes=draw(st.sampled_from([0, 120])),
            max_minutes_per_day=draw(st.sampled_from([None, 240])),
            max_consecutive_days=draw(st.sampled_from([None, 1, 2])),
            disliked_job_types=draw(st.sampled_from([[], ["koken"]])),
            history={"target_minutes": 960, "worked_minutes": draw(st.sampled_from([600, 960]))}, **extra))
    return make_problem(shifts, workers, days=7)


@FAST
@given(problems(max_workers=4, max_shifts=6))
def test_every_returned_roster_passes_check(raw):
    problem = problem_from_dict(raw)
    solution = solve(problem, SolveOptions(time_limit_s=5, workers=1))
    assert solution.status in ("optimal", "feasible")
    report = check(problem, solution.assignments)
    assert report.violations == []
    assert report.terms == solution.terms


def _all_rosters(index: Index):
    pairs = [(w.id, s.id) for w in index.workers for s in index.shifts]
    return chain.from_iterable(combinations(pairs, n) for n in range(len(pairs) + 1))


def _brute_force(problem, score) -> int:
    index = Index(problem)
    best = None
    for roster in _all_rosters(index):
        report = check(problem, list(roster), index)
        if report.ok and (best is None or score(report.terms) < best):
            best = score(report.terms)
    return best


@FAST
@given(problems(max_workers=2, max_shifts=4))
def test_tiny_weighted_objective_equals_brute_force(raw):
    raw["weights"] = {"lexicographic_fairness": False}
    problem = problem_from_dict(raw)
    solution = solve(problem, SolveOptions(time_limit_s=5, workers=1))
    assert solution.status == "optimal"
    assert solution.objective == _brute_force(problem, lambda terms: sum(terms.values()))


@FAST
@given(problems(max_workers=2, max_shifts=4))
def test_tiny_lexicographic_first_stage_equals_brute_force(raw):
    problem = problem_from_dict(raw)
    solution = solve(problem, SolveOptions(time_limit_s=5, workers=1))
    first = sum(v for k, v in solution.terms.items() if k in FIRST_STAGE_TERMS)
    assert first == _brute_force(problem, lambda t: sum(v for k, v in t.items() if k in FIRST_STAGE_TERMS))


@FAST
@given(problems(max_workers=4, max_shifts=6))
def test_quick_roster_hint_is_feasible_when_it_applies(raw):
    from optimiser.heuristic import applicable, quick_roster
    from optimiser.plan import Plan
    from optimiser.validation import check_plan

    for worker in raw["workers"]:
        worker.pop("max_consecutive_days")  # the heuristic only serves problems without runs
    index = Index(problem_from_dict(raw))
    assert applicable(index)
    assert check_plan(Plan(index, quick_roster(index))).violations == []
