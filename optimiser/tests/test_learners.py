"""Learners work a skill they are learning only next to someone who teaches it."""

from __future__ import annotations

from .builders import at, make_problem, make_shift, make_worker, shifts_of, solved

KITCHEN = {"koken": 1}


def test_learner_is_paired_with_a_teacher_when_one_is_available():
    shifts = [make_shift("s", required_skills=KITCHEN, target_headcount=2, max_headcount=2)]
    workers = [make_worker("learner", target_minutes=240, skills={"koken": "learning"}),
               make_worker("teacher", target_minutes=240, skills={"koken": "teaching"})]
    solution = solved(make_problem(shifts, workers))
    assert shifts_of(solution, "learner") == shifts_of(solution, "teacher") == ["s"]
    assert solution.terms.get("learning_missed", 0) == 0


def test_learner_is_never_placed_without_a_teacher():
    shifts = [make_shift("s", required_skills=KITCHEN, target_headcount=2, max_headcount=2)]
    workers = [make_worker("learner", target_minutes=240, skills={"koken": "learning"}),
               make_worker("cook", target_minutes=240, skills={"koken": "competent"}),
               make_worker("teacher", skills={"koken": "teaching"}, availability=[{"start": at(3, 0), "end": at(3, 1)}])]
    solution = solved(make_problem(shifts, workers))
    assert shifts_of(solution, "learner") == []
    learner = next(r for r in solution.worker_reports if r["worker"] == "learner")
    assert learner["reasons"][0]["code"] == "no_mentor"


def test_shift_without_anyone_skilled_stays_empty_with_a_reason():
    solution = solved(make_problem([make_shift("s", required_skills={"bhv": 1})], [make_worker("w", target_minutes=240)]))
    assert solution.assignments == []
    reasons = solution.shift_reports[0]["reasons"]
    assert reasons[0]["code"] == "missing_skill"
