"""The documentation stays true: example files are valid, and every weight and rule is documented."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from optimiser import Weights, problem_from_dict
from optimiser.rules import HARD_RULES, SOFT_RULES
from optimiser.validation import check

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "optimiser.md"
EXAMPLES = ROOT / "docs" / "examples"


def test_example_solution_passes_check_with_its_objective():
    problem = problem_from_dict(json.loads((EXAMPLES / "problem.json").read_text()))
    solution = json.loads((EXAMPLES / "solution.json").read_text())
    report = check(problem, [(a["worker"], a["shift"]) for a in solution["assignments"]])
    assert report.ok
    assert report.objective == solution["objective"]


@pytest.mark.parametrize("name", [f.name for f in fields(Weights)])
def test_every_weight_is_documented(name):
    assert f"`{name}`" in DOC.read_text()


@pytest.mark.parametrize("rule", HARD_RULES, ids=lambda r: r.__name__)
def test_every_hard_rule_is_documented(rule):
    assert f"`{rule.__name__}`" in DOC.read_text()


def test_every_soft_term_is_documented():
    from optimiser.tests.builders import make_problem, make_shift, make_worker

    raw = make_problem([make_shift("s", job="j"), make_shift("t", day=1, job="j")],
                       [make_worker("w", target_minutes=60, skills={"koken": "learning"})],
                       previous=[{"worker": "w", "shift": "s"}],
                       requests=[{"worker": "w", "shift": "t", "kind": "on", "weight": 1}])
    names = check(problem_from_dict(raw), []).terms
    assert len(names) >= len(SOFT_RULES)
    for name in names:
        assert f"`{name}`" in DOC.read_text()
