"""Each hard rule: the validator flags a roster that breaks it, and the solver never breaks it."""

from __future__ import annotations

import sys

import pytest

from optimiser.validation import check

from .builders import at, make_problem, make_shift, make_worker, parsed, solved

TWO = {"max_shifts_per_day": 2}
CASES = {
    "OnlyWhenAvailable": (
        [make_shift("s", hour=9)], [make_worker("w", availability=[{"start": at(0, 8), "end": at(0, 12)}])],
        {}, [("w", "s")], "not available"),
    "forbidden": ([make_shift("s")], [make_worker("w")], {"forbidden": [{"worker": "w", "shift": "s"}]},
                  [("w", "s")], "excluded"),
    "MinRestBetweenShifts": (
        [make_shift("a", hour=8, hours=3), make_shift("b", hour=12, hours=3)],
        [make_worker("w", min_rest_minutes=120, **TWO)], {}, [("w", "a"), ("w", "b")], "too little rest"),
    "no overlap": (
        [make_shift("a", hour=9), make_shift("b", hour=11)], [make_worker("w", **TWO)], {},
        [("w", "a"), ("w", "b")], "too little rest"),
    "MaxShiftsPerDay": ([make_shift("a", hour=8, hours=2), make_shift("b", hour=15, hours=2)],
                        [make_worker("w")], {}, [("w", "a"), ("w", "b")], "shifts on one day"),
    "MaxHoursPerDay": ([make_shift("a", hour=8), make_shift("b", hour=13)],
                       [make_worker("w", max_minutes_per_day=300, **TWO)], {}, [("w", "a"), ("w", "b")],
                       "in a day"),
    "MaxHoursPerWeek": ([make_shift(f"s{d}", day=d) for d in range(3)], [make_worker("w", max_minutes_per_week=480)],
                        {}, [("w", "s0"), ("w", "s1"), ("w", "s2")], "in a week"),
    "TotalMinutesWithinLimits": ([make_shift("a", day=0), make_shift("b", day=1)], [make_worker("w", max_minutes=240)],
                                 {}, [("w", "a"), ("w", "b")], "more than 240"),
    "StayWithinCapRoom": (
        [make_shift("a", day=0), make_shift("b", day=1)],
        [make_worker("w", rate_cents_per_hour=500, cap_room_cents={"months": {"2026-03": 2500}, "years": {"2026": 9000}})],
        {}, [("w", "a"), ("w", "b")], "above the €25,00 room"),
    "MaxHeadcount": ([make_shift("s", target_headcount=1, max_headcount=1)], [make_worker("a"), make_worker("b")],
                     {}, [("a", "s"), ("b", "s")], "more than 1"),
    "RequiredSkills": ([make_shift("s", required_skills={"bhv": 1})], [make_worker("w")], {}, [("w", "s")],
                       "skill 'bhv'"),
    "expired certificate": (
        [make_shift("s", required_skills={"bhv": 1})],
        [make_worker("w", skills={"bhv": "competent"},
                     certificates={"bhv": {"valid_from": "2020-01-01", "valid_to": "2026-03-01"}})],
        {"certified_skills": ["bhv"]}, [("w", "s")], "skill 'bhv'"),
    "MentorForLearners": ([make_shift("s", required_skills={"koken": 0}, target_headcount=2, max_headcount=2)],
                          [make_worker("l", skills={"koken": "learning"}), make_worker("c", skills={"koken": "competent"})],
                          {}, [("l", "s")], "without a teacher"),
    "KeepPins": ([make_shift("s", target_headcount=0)], [make_worker("w", disliked_job_types=[""])],
                 {"pins": [{"worker": "w", "shift": "s"}]}, [], "pinned"),
    "CannotFollow": ([make_shift("n", day=0, hour=22, hours=2, shift_type="N"), make_shift("e", day=1, hour=6, shift_type="E")],
                     [make_worker("w")], {"cannot_follow": [["N", "E"]]}, [("w", "n"), ("w", "e")], "right after"),
    "MaxShiftsPerType": ([make_shift(f"s{d}", day=d, shift_type="N") for d in range(2)],
                         [make_worker("w", max_shifts_per_type={"N": 1})], {}, [("w", "s0"), ("w", "s1")], "'N' shifts"),
    "MaxConsecutiveDays": ([make_shift(f"s{d}", day=d) for d in range(3)], [make_worker("w", max_consecutive_days=2)],
                           {}, [("w", "s0"), ("w", "s1"), ("w", "s2")], "days in a row"),
    "MinConsecutiveDays": ([make_shift(f"s{d}", day=d, target_headcount=int(d == 2)) for d in range(5)],
                           [make_worker("w", min_consecutive_days=2)], {}, [("w", "s2")], "fewer than 2"),
    "MinConsecutiveDaysOff": ([make_shift(f"s{d}", day=d) for d in range(5)], [make_worker("w", min_consecutive_days_off=2)],
                              {}, [("w", "s0"), ("w", "s1"), ("w", "s3"), ("w", "s4")], "days off in a row"),
    "MaxWeekends": ([make_shift("sat", day=5), make_shift("sun2", day=13)], [make_worker("w", max_weekends=1)],
                    {"period": {"start": "2026-03-02", "end": "2026-03-15"}}, [("w", "sat"), ("w", "sun2")], "weekends"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_validator_flags_breaking_roster(name):
    shifts, workers, extra, bad, phrase = CASES[name]
    report = check(parsed(make_problem(shifts, workers, **extra)), bad)
    assert any(phrase in v for v in report.violations), report.violations


@pytest.mark.parametrize("name", sorted(CASES))
def test_solver_roster_keeps_rule(name):
    """The solver is tempted (targets, requests) but returns a roster the validator accepts."""
    shifts, workers, extra, bad, _ = CASES[name]
    solution = solved(make_problem(shifts, workers, **extra))
    assert solution.status == "optimal"
    assert set(solution.assignments) != set(bad)


def test_edge_runs_are_exempt_from_minimum_runs():
    """A one-day run on the first day may continue before the period (the Curtois edge rule)."""
    raw = make_problem([make_shift(f"s{d}", day=d) for d in range(5)],
                       [make_worker("w", min_consecutive_days=2, min_consecutive_days_off=2)])
    assert check(parsed(raw), [("w", "s0"), ("w", "s3"), ("w", "s4")]).violations == []


@pytest.mark.parametrize("skills, first_stage", [({}, "personal_rosters"), ({"bhv": 1}, "feasibility")])
def test_large_models_with_run_rules_find_a_first_roster_before_optimising(monkeypatch, skills, first_stage):
    """Above a size threshold: person by person when no rule links people, else plain feasibility."""
    monkeypatch.setattr(sys.modules["optimiser.solve"], "FEASIBILITY_FIRST_VARS", 0)
    shifts = [make_shift(f"s{d}", day=d, required_skills=skills) for d in range(3)]
    workers = [make_worker("w", max_consecutive_days=2, skills={"bhv": "competent"})]
    solution = solved(make_problem(shifts, workers))
    assert solution.stages[0]["terms"] == (first_stage,)
    assert solution.status == "optimal"
    assert len(solution.assignments) == 2
