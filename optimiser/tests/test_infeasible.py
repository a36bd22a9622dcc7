"""Contradicting hard rules give a status and a diagnosis in a manager's words, not an exception."""

from __future__ import annotations

import pytest

from .builders import at, make_problem, make_shift, make_worker, solved

PIN = [{"worker": "w", "shift": f"s{d}"} for d in range(3)]
CASES = {
    "pins break the cap": (
        [make_shift(f"s{d}", day=d, hours=1) for d in range(3)],
        [make_worker("w", rate_cents_per_hour=500, cap_room_cents={"months": {"2026-03": 1000}, "years": {"2026": 9000}})],
        PIN, ["allowance room of w in 2026-03", "the pin of w"]),
    "pin on an unavailable worker": (
        [make_shift("s0")], [make_worker("w", availability=[{"start": at(2, 8), "end": at(2, 12)}])],
        PIN[:1], ["w is not available", "the pin of w"]),
    "pins break the weekly hours": (
        [make_shift(f"s{d}", day=d) for d in range(3)], [make_worker("w", max_minutes_per_week=480)],
        PIN, ["the most hours a week for w", "the pin of w"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_diagnosis_names_the_conflict(name):
    shifts, workers, pins, phrases = CASES[name]
    solution = solved(make_problem(shifts, workers, pins=pins))
    assert solution.status == "infeasible"
    assert solution.assignments == []
    text = " ".join(solution.diagnosis)
    for phrase in phrases:
        assert phrase in text, solution.diagnosis


def test_diagnosis_leaves_out_innocent_pins():
    shifts = [make_shift(f"s{d}", day=d, hours=1) for d in range(3)] + [make_shift("other", day=4)]
    workers = [make_worker("w", rate_cents_per_hour=500, cap_room_cents={"months": {"2026-03": 1000}, "years": {"2026": 9000}}),
               make_worker("v")]
    solution = solved(make_problem(shifts, workers, pins=PIN + [{"worker": "v", "shift": "other"}]))
    assert not any("the pin of v" in line for line in solution.diagnosis)
