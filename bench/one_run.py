"""Runs one solve in this process and prints its figures as JSON, including peak memory.

Each benchmark run gets its own process so that `ru_maxrss` is the peak of that run alone.
Usage: python -m bench.one_run curtois INSTANCE.txt SECONDS SEED WORKERS
       python -m bench.one_run wijkwerk WORKERS SHIFTS SEED SECONDS [--greedy-hint]
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from optimiser import SolveOptions, problem_from_dict, solve
from optimiser.curtois import benchmark_objective, parse, to_problem
from optimiser.generate import generate
from optimiser.rules.fairness import SCALE
from optimiser.solve import PRELIMINARY
from optimiser.validation import check

from .greedy import greedy


def curtois(path: str, seconds: float, seed: int, workers: int) -> dict:
    started = time.perf_counter()
    problem = to_problem(parse(Path(path).read_text()))
    solution = solve(problem, SolveOptions(time_limit_s=seconds, workers=workers, seed=seed, deterministic=False))
    return {"instance": Path(path).stem, "seed": seed, "seconds": seconds, "status": solution.status,
            "objective": benchmark_objective(solution.terms) if solution.objective is not None else None,
            "bound": solution.bound, "violations": len(solution.violations),
            "wall_time_s": round(time.perf_counter() - started, 2)}


def wijkwerk(workers: int, shifts: int, seed: int, seconds: float) -> dict:
    problem = problem_from_dict(generate(workers=workers, shifts=shifts, seed=seed))
    solution = solve(problem, SolveOptions(time_limit_s=seconds, workers=2, seed=seed, deterministic=False))
    # CP-SAT's own first roster (the figure before 6 Dec 2026): building plus its first stage's time to one.
    searched = [s for s in solution.stages if s["terms"] not in PRELIMINARY]
    first_cpsat = searched[0]["first_solution_s"] if searched else None
    # Both sides from the objective terms, so both carry the same catch-up weights.
    solution.fairness["optimised_max_shortfall"] = optimised_max_shortfall(problem, solution.terms)
    by_hand = greedy(problem)
    hand = check(problem, by_hand)
    return {"workers": workers, "shifts": shifts, "seed": seed, "status": solution.status,
            "objective": solution.objective, "bound": solution.bound, "gap": solution.gap,
            "build_s": solution.build_time_s,
            "first_feasible_s": solution.first_roster_s,  # from the start of solve(), any roster it held
            "first_cpsat_s": round(solution.build_time_s + first_cpsat, 2) if first_cpsat is not None else None,
            "stages": [{k: s[k] for k in ("terms", "status", "objective", "bound", "wall_time_s")}
                       for s in solution.stages],
            "fairness": solution.fairness, "violations": len(solution.violations),
            "cover_short_of_target": sum(r["short_of_target"] for r in solution.shift_reports),
            "wall_time_s": solution.wall_time_s,
            "greedy": {"violations": len(hand.violations), "fairness": hand.metrics,
                       "optimised_max_shortfall": optimised_max_shortfall(problem, hand.terms),
                       "cover_short_of_target": short_of_target(problem, by_hand)}}


def optimised_max_shortfall(problem, terms: dict) -> float:
    """The engine's own fairness measure (against attainable need), recomputed for any roster."""
    return terms.get("fairness_max_shortfall", 0) / problem.weights.fairness_max_shortfall / SCALE


def short_of_target(problem, assignments) -> int:
    count = Counter(shift for _, shift in assignments)
    return sum(max(0, s.target_headcount - count[s.id]) for s in problem.shifts)


def main(argv: list[str]) -> None:
    kind, *rest = argv
    if kind == "curtois":
        out = curtois(rest[0], float(rest[1]), int(rest[2]), int(rest[3]))
    else:
        out = wijkwerk(int(rest[0]), int(rest[1]), int(rest[2]), float(rest[3]))
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
