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
from pathlib import Path

from optimiser import SolveOptions, problem_from_dict, solve
from optimiser.curtois import benchmark_objective, parse, to_problem
from optimiser.generate import generate


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
    return {"workers": workers, "shifts": shifts, "seed": seed, "status": solution.status,
            "objective": solution.objective, "bound": solution.bound, "gap": solution.gap,
            "stages": solution.stages, "fairness": solution.fairness, "violations": len(solution.violations),
            "wall_time_s": solution.wall_time_s}


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
