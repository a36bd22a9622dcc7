"""Times the phases of one Curtois instance (parse, problem, index, full model, personal rosters).

Shows where a large instance spends its time before the search starts.
Usage: python -m bench.curtois_phases ../shared/benchmarks/curtois/Instance24.txt [--personal-budget 150]
       [--no-full-model]   (skip building the full model; the large-instance route does not build it)
"""

from __future__ import annotations

import argparse
import resource
import time

from optimiser import curtois
from optimiser.construct import construct
from optimiser.decompose import Marginal, personal_rosters, separable, valid_for_person
from optimiser.index import Index
from optimiser.model import build
from optimiser.schema import SolveOptions


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("instance")
    args.add_argument("--personal-budget", type=float, default=150)
    args.add_argument("--no-full-model", action="store_true")
    opts = args.parse_args()
    tick = time.perf_counter()

    def phase(name: str, extra: str = "") -> None:
        nonlocal tick
        print(f"{name}: {time.perf_counter() - tick:.1f} s, peak {_peak_mb()} MB {extra}", flush=True)
        tick = time.perf_counter()

    with open(opts.instance, encoding="utf-8") as handle:
        instance = curtois.parse(handle.read())
    phase("parse")
    problem = curtois.to_problem(instance)
    phase("problem")
    index = Index(problem)
    phase("index", f"(separable: {separable(index)})")
    if not opts.no_full_model:
        built = build(index)
        phase("full model", f"({len(built.vars.x)} assignment variables)")
    marginal, built_by_hand = Marginal(index, set()), 0
    for wi in range(len(index.workers)):
        found = construct(index, wi, lambda si, wi=wi: marginal.gain(wi, si))
        if found is not None and valid_for_person(index, wi, found):
            built_by_hand += 1
            marginal.move(set(), found)
    phase("constructed personal rosters", f"({built_by_hand} of {len(index.workers)} people)")
    options = SolveOptions(time_limit_s=300, workers=2, seed=0, deterministic=False)
    pairs = personal_rosters(index, options, opts.personal_budget)
    phase("personal rosters (construction, CP-SAT where it fails)", "(none for someone)" if pairs is None else f"({len(pairs)} assignments)")


if __name__ == "__main__":
    main()
