"""What every rule shares: the model context, named penalty terms and diagnosis guards.

A rule is a class named as the rule. `add` posts it on the CP-SAT model and returns its named
penalty terms; `violations` (hard rules) or `penalties` (soft rules) re-check a plain roster
without the solver, so the validator and the model can be compared term by term.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from ..index import Index
from ..variables import Variables


@dataclass
class Term:
    """A named part of the objective; `expr` already carries its weights."""

    name: str
    expr: cp_model.LinearExprT


@dataclass
class Guards:
    """In diagnosis mode every hard constraint group is switched by an assumption literal.

    Outside diagnosis mode no literal is made, so the solving model stays as lean as possible.
    """

    model: cp_model.CpModel
    active: bool = False
    literals: dict[tuple, cp_model.IntVar] = field(default_factory=dict)
    texts: dict[int, str] = field(default_factory=dict)

    def __call__(self, key: tuple, text: str) -> list[cp_model.IntVar]:
        if not self.active:
            return []
        if key not in self.literals:
            lit = self.model.new_bool_var(f"guard_{len(self.literals)}")
            self.literals[key] = lit
            self.texts[lit.index] = text
        return [self.literals[key]]


@dataclass
class Context:
    model: cp_model.CpModel
    index: Index
    vars: Variables
    guards: Guards

    def workers(self):
        """(position, worker) for the workers this model has variables for."""
        return ((wi, self.index.workers[wi]) for wi in self.vars.workers)


def post(ct: cp_model.Constraint, guard: list) -> None:
    """Make a constraint conditional on its guard literal when diagnosing."""
    if guard:
        ct.only_enforce_if(guard)


def worker_name(index: Index, wi: int) -> str:
    worker = index.workers[wi]
    return worker.name or worker.id


def shift_name(index: Index, si: int) -> str:
    shift = index.shifts[si]
    when = shift.start.strftime("%a %d %b %H:%M")
    return f"{shift.job or shift.id} ({when})" if shift.job else f"shift {shift.id} ({when})"


def pair_term(ctx: Context, name: str, coefficient) -> list[Term]:
    """A penalty that is a fixed amount per (worker, shift) assignment, e.g. a disliked job."""
    parts = [(c, var) for (wi, si), var in ctx.vars.x.items() if (c := coefficient(wi, si))]
    return [Term(name, sum(c * var for c, var in parts))] if parts else []


def pair_penalty(plan, name: str, coefficient) -> dict[str, int]:
    return {name: sum(coefficient(wi, si) for wi, si in plan.pairs)}
