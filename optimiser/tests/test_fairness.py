"""Fairness: equal people get equal shares, and history moves hours to whoever is behind."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from .builders import MONDAY, TZ, at, make_problem, make_shift, make_worker, shifts_of, solved


@pytest.mark.parametrize("count", [2, 3, 5, 7])
def test_identical_workers_differ_by_at_most_one_shift(count):
    shifts = [make_shift(f"s{i}", day=i % 7, hour=8 + 5 * (i // 7)) for i in range(count)]
    workers = [make_worker(w, target_minutes=2400, max_shifts_per_day=2) for w in ("a", "b")]
    solution = solved(make_problem(shifts, workers))
    assert abs(len(shifts_of(solution, "a")) - len(shifts_of(solution, "b"))) <= 1


# With three shifts the one behind gets all three: afterwards they are at 93 % of their cumulative
# target and the other at 91 %, where two and one would leave them at 89 % and 95 %.
@pytest.mark.parametrize("shift_count, behind_gets", [(1, 1), (3, 3)])
def test_history_shifts_hours_to_the_person_behind(shift_count, behind_gets):
    shifts = [make_shift(f"s{i}", day=i) for i in range(shift_count)]
    workers = [make_worker("behind", target_minutes=480, history={"target_minutes": 4800, "worked_minutes": 4200}),
               make_worker("even", target_minutes=480, history={"target_minutes": 4800, "worked_minutes": 4800})]
    solution = solved(make_problem(shifts, workers))
    assert len(shifts_of(solution, "behind")) == behind_gets


def test_someone_away_all_week_does_not_flatten_fairness_for_others():
    """The away worker's shortfall is not counted against the engine, so the others stay balanced."""
    shifts = [make_shift(f"s{i}", day=i) for i in range(4)]
    workers = [make_worker("away", target_minutes=960, availability=[]),
               make_worker("a", target_minutes=960), make_worker("b", target_minutes=960)]
    solution = solved(make_problem(shifts, workers))
    assert len(shifts_of(solution, "a")) == len(shifts_of(solution, "b")) == 2
    away = next(r for r in solution.worker_reports if r["worker"] == "away")
    assert away["reasons"][0]["code"] == "unavailable"


def test_loser_of_a_contested_shift_is_told_it_went_to_a_fairer_claim():
    workers = [make_worker("a", target_minutes=240, history={"target_minutes": 960, "worked_minutes": 700}),
               make_worker("b", target_minutes=240, history={"target_minutes": 960, "worked_minutes": 960})]
    solution = solved(make_problem([make_shift("s")], workers))
    assert shifts_of(solution, "a") == ["s"]
    b = next(r for r in solution.worker_reports if r["worker"] == "b")
    assert [r["code"] for r in b["reasons"]] == ["lost_to_fairer_claim"]


def test_metrics_are_reported_for_period_and_cumulative():
    solution = solved(make_problem([make_shift("s")], [make_worker("a", target_minutes=240),
                                                       make_worker("b", target_minutes=240)]))
    assert solution.fairness["period"]["max_relative_shortfall"] == 1.0
    assert solution.fairness["period"]["jain"] == 0.5
    assert solution.fairness["period"]["gini"] == 0.5
    assert set(solution.fairness["cumulative"]) >= {"jain", "gini", "max_relative_shortfall"}


def test_same_seed_and_workers_give_the_same_roster():
    base = datetime(2026, 3, 2, tzinfo=TZ)
    shifts = [make_shift(f"s{i}", day=i % 7, hour=8 + 4 * (i % 3), base=base, target_headcount=2, max_headcount=3)
              for i in range(14)]
    workers = [make_worker(f"w{i}", target_minutes=600, max_shifts_per_day=2) for i in range(8)]
    runs = [solved(make_problem(shifts, workers), workers=2, seed=3).assignments for _ in range(2)]
    assert runs[0] == runs[1]




def _weeks(carry: bool, weeks: int = 4) -> dict[str, list[int]]:
    """Four weeks of the same two shifts (Monday and Tuesday morning), history carried or not.

    "behind" can only come on Monday and is half their cumulative target behind; "even" is on
    track, can come any day and has half the target. Returns [cumulative target, worked] each.
    """
    totals = {"behind": [3840, 1920], "even": [1920, 1920]}
    targets = {"behind": 960, "even": 480}
    for week in range(weeks):
        base = MONDAY + timedelta(weeks=week)
        shifts = [make_shift(f"s{day}", day=day, base=base) for day in (0, 1)]
        monday = [{"start": at(0, 0, base), "end": at(1, 0, base)}]
        workers = [make_worker(w, target_minutes=targets[w], **({"availability": monday} if w == "behind" else {}),
                               history={"target_minutes": t, "worked_minutes": d} if carry else {})
                   for w, (t, d) in totals.items()]
        solution = solved(make_problem(shifts, workers, base=base))
        for report in solution.worker_reports:
            totals[report["worker"]][0] += targets[report["worker"]]
            totals[report["worker"]][1] += report["worked_minutes"]
    return totals


def test_history_moves_hours_to_the_person_behind_over_several_weeks():
    """Without the catch-up weight the Monday shift always went to "even": a miss of 240 minutes
    is a larger share of their smaller cumulative target, so the person behind fell further behind."""
    carried, alone = _weeks(carry=True), _weeks(carry=False)

    def largest_shortfall(totals):
        return max(1 - worked / target for target, worked in totals.values())

    assert carried["behind"][1] > alone["behind"][1]
    assert largest_shortfall(carried) < largest_shortfall(alone)


def test_reported_fairness_measure_is_the_optimised_term():
    """Worker reports carry the catch-up weight too, so their maximum is the term's value."""
    workers = [make_worker("behind", target_minutes=480, history={"target_minutes": 1920, "worked_minutes": 960}),
               make_worker("even", target_minutes=480, history={"target_minutes": 1920, "worked_minutes": 1920})]
    solution = solved(make_problem([make_shift("s0", day=0), make_shift("s1", day=1)], workers))
    largest_bp = solution.terms["fairness_max_shortfall"] // 20  # the default weight per basis point
    assert largest_bp > 0
    assert round(solution.fairness["optimised_max_shortfall"] * 10_000) == largest_bp
