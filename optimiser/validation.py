"""The solver-independent validator: re-checks every hard rule and recomputes every objective term."""

from __future__ import annotations

from dataclasses import dataclass, field

from .index import Index
from .metrics import fairness_metrics
from .plan import Plan
from .rules import HARD_RULES, SOFT_RULES
from .schema import Problem


@dataclass
class CheckReport:
    violations: list[str]
    terms: dict[str, int] = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)

    @property
    def objective(self) -> int:
        return sum(self.terms.values())

    @property
    def ok(self) -> bool:
        return not self.violations


def _pairs(index: Index, assignments) -> tuple[set[tuple[int, int]], list[str]]:
    pairs, problems = set(), []
    for i, (worker, shift) in enumerate(assignments):
        if worker not in index.worker_pos:
            problems.append(f"assignments[{i}]: unknown worker {worker!r}")
        elif shift not in index.shift_pos:
            problems.append(f"assignments[{i}]: unknown shift {shift!r}")
        elif (key := (index.worker_pos[worker], index.shift_pos[shift])) in pairs:
            problems.append(f"assignments[{i}]: {worker} is on {shift} twice")
        else:
            pairs.add(key)
    return pairs, problems


def check_plan(plan: Plan) -> CheckReport:
    violations: list[str] = []
    for rule in HARD_RULES:
        violations += rule().violations(plan)
    terms: dict[str, int] = {}
    for rule in SOFT_RULES:
        for name, value in rule().penalties(plan).items():
            terms[name] = terms.get(name, 0) + value
    return CheckReport(violations, terms, fairness_metrics(plan))


def check(problem: Problem, assignments: list[tuple[str, str]], index: Index | None = None) -> CheckReport:
    """Checks a roster given as (worker id, shift id) pairs against the problem."""
    index = index or Index(problem)
    pairs, problems = _pairs(index, assignments)
    report = check_plan(Plan(index, pairs))
    report.violations = problems + report.violations
    return report
