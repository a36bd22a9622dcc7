"""Wijkwerk's roster optimiser: a pure CP-SAT engine that is fair, explainable and checkable.

Data in, data out: `problem_from_dict` -> `solve` -> `Solution`; `check` validates any roster.
"""

from .parsing import ProblemError, problem_from_dict
from .report import Solution
from .schema import Problem, SolveOptions, Weights
from .solve import solve
from .validation import CheckReport, check

__all__ = ["CheckReport", "Problem", "ProblemError", "Solution", "SolveOptions", "Weights",
           "check", "problem_from_dict", "solve"]
