"""Builds the CP-SAT model of a problem from the rules, keeping every penalty term by name."""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from .index import Index
from .rules import HARD_RULES, SOFT_RULES
from .rules.base import Context, Guards, Term
from .variables import Variables


@dataclass
class Built:
    model: cp_model.CpModel
    index: Index
    vars: Variables
    terms: dict[str, cp_model.LinearExprT]
    guards: Guards


def build(index: Index, diagnose: bool = False) -> Built:
    """The full model; with `diagnose`, each hard constraint group hangs on an assumption literal."""
    model = cp_model.CpModel()
    variables = Variables(model, index)
    guards = Guards(model, active=diagnose)
    ctx = Context(model, index, variables, guards)
    for rule in HARD_RULES:
        rule().add(ctx)
    terms: dict[str, cp_model.LinearExprT] = {}
    if not diagnose:  # a diagnosis only asks whether the hard rules can hold together
        for rule in SOFT_RULES:
            for term in rule().add(ctx):
                terms[term.name] = terms.get(term.name, 0) + term.expr
    return Built(model, index, variables, terms, guards)


def objective(terms: dict[str, cp_model.LinearExprT], names=None) -> cp_model.LinearExprT:
    return sum(expr for name, expr in terms.items() if names is None or name in names)


__all__ = ["Built", "Term", "build", "objective"]
