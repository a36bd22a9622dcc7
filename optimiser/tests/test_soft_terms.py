"""Each soft term's penalty on a fixed roster equals a value computed by hand."""

from __future__ import annotations

import pytest

from optimiser.validation import check

from .builders import make_problem, make_shift, make_worker, parsed, solved

CASES = {
    # one of two minimum places filled: 1 x 1,000,000 below minimum and 1 x 10,000 below target
    "cover_minimum": ([make_shift("s", min_headcount=2, target_headcount=2, max_headcount=2)],
                      [make_worker("a")], {}, [("a", "s")], 1_000_000),
    "cover_target": ([make_shift("s", min_headcount=2, target_headcount=2, max_headcount=2)],
                     [make_worker("a")], {}, [("a", "s")], 10_000),
    "cover_over_target": ([make_shift("s", target_headcount=1, max_headcount=3)],
                          [make_worker("a"), make_worker("b"), make_worker("c")], {},
                          [("a", "s"), ("b", "s"), ("c", "s")], 2 * 50),
    # 240 of 480 minutes short: 5,000 basis points x 20
    "fairness_max_shortfall": ([make_shift("a", day=0), make_shift("b", day=1)],
                               [make_worker("w", target_minutes=480)], {}, [("w", "a")], 5000 * 20),
    "fairness_total_shortfall": ([make_shift("a", day=0), make_shift("b", day=1)],
                                 [make_worker("w", target_minutes=480)], {}, [("w", "a")], 240),
    "preference_disliked": ([make_shift("s", job_type="groen")], [make_worker("w", disliked_job_types=["groen"])],
                            {}, [("w", "s")], 60),
    "preference_unliked": ([make_shift("s", job_type="groen")], [make_worker("w", liked_job_types=["koken"])],
                           {}, [("w", "s")], 10),
    "preference_day": ([make_shift("s", day=2)], [make_worker("w", preferred_days=["mon", "tue"])],
                       {}, [("w", "s")], 20),
    "learning_missed": ([make_shift("s")], [make_worker("w", skills={"koken": "learning"})], {}, [("w", "s")], 300),
    "stability": ([make_shift("s")], [make_worker("a"), make_worker("b")],
                  {"previous": [{"worker": "a", "shift": "s"}]}, [("b", "s")], 2 * 200),
    "team_continuity": ([make_shift("x", day=0, job="j"), make_shift("y", day=1, job="j")],
                        [make_worker("a"), make_worker("b")], {}, [("a", "x"), ("b", "y")], 2 * 30),
    "proximity": ([make_shift("near", day=0, neighbourhood="B"), make_shift("far", day=1, neighbourhood="C")],
                  [make_worker("w", neighbourhood="A")], {"nearby": {"A": ["B"]}},
                  [("w", "near"), ("w", "far")], 10 + 20),
    "requests": ([make_shift("on"), make_shift("off", day=1)], [make_worker("w")],
                 {"requests": [{"worker": "w", "shift": "on", "kind": "on", "weight": 7},
                               {"worker": "w", "shift": "off", "kind": "off", "weight": 3}]},
                 [("w", "off")], 7 + 3),
}


@pytest.mark.parametrize("term", sorted(CASES))
def test_penalty_equals_hand_computed(term):
    shifts, workers, extra, roster, expected = CASES[term]
    report = check(parsed(make_problem(shifts, workers, **extra)), roster)
    assert report.violations == []
    assert report.terms[term] == expected


def test_history_counts_in_relative_shortfall():
    """Need 240 this week against a cumulative target of 1,200: 240/1200 = 2,000 basis points."""
    raw = make_problem([make_shift("s")], [make_worker("w", target_minutes=240,
                                                       history={"target_minutes": 960, "worked_minutes": 960})])
    assert check(parsed(raw), []).terms["fairness_max_shortfall"] == 2000 * 20


def test_weights_override_defaults():
    raw = make_problem([make_shift("s", job_type="groen")], [make_worker("w", disliked_job_types=["groen"])],
                       weights={"disliked_job": 7})
    assert check(parsed(raw), [("w", "s")]).terms["preference_disliked"] == 7


def test_solver_objective_is_sum_of_named_terms():
    shifts, workers, extra, _, _ = CASES["proximity"]
    solution = solved(make_problem(shifts, workers, **extra))
    assert solution.objective == sum(solution.terms.values())
