"""Four weeks in a row, with history and used cap room carried from week to week.

Compares carrying the fairness history with planning each week alone (history ignored): the
cumulative largest relative shortfall should stay bounded and be smaller with history.
Usage: python -m bench.four_weeks --workers 60 --shifts 45 --seed 0 --seconds 5 [--weeks 4] [--balanced]

With --balanced, each week gets as many shifts as it takes for the shifts' demand (target headcount
times minutes) to reach the residents' summed targets; without it demand is about 63 % of them.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from optimiser import SolveOptions, problem_from_dict, solve
from optimiser.generate import generate
from optimiser.index import Index
from optimiser.metrics import gini, jain, max_relative_shortfall


def _demand(raw: dict) -> int:
    return sum(s["target_headcount"] * _minutes(s) for s in raw["shifts"])


def _minutes(shift: dict) -> int:
    start, end = (datetime.fromisoformat(shift[k]) for k in ("start", "end"))
    return int((end - start).total_seconds()) // 60


def _week(opts, week: int) -> dict:
    """The generated week; balanced: more shifts until demand reaches the summed targets."""
    shifts = opts.shifts
    raw = generate(opts.workers, shifts, opts.seed, week)
    targets = sum(w["target_minutes"] for w in raw["workers"])
    while opts.balanced and _demand(raw) < targets:
        shifts += 1
        raw = generate(opts.workers, shifts, opts.seed, week)
    return raw


def _plan(opts, carry: bool) -> list[dict]:
    base = _week(opts, 0)
    totals = {w["id"]: [w["history"]["target_minutes"], w["history"]["worked_minutes"]] for w in base["workers"]}
    rooms = {w["id"]: dict(w["cap_room_cents"]["months"]) for w in base["workers"]}
    # What each person could have been given at most, week by week (their own limits only):
    # the shortfall against this is the part a planner could have avoided.
    reachable = {w["id"]: w["history"]["worked_minutes"] for w in base["workers"]}
    weeks = []
    for week in range(opts.weeks):
        raw = _week(opts, week)
        for worker in raw["workers"]:
            target, worked = totals[worker["id"]]
            worker["history"] = {"target_minutes": target, "worked_minutes": worked} if carry else {}
            worker["cap_room_cents"]["months"] = dict(rooms[worker["id"]])
        problem = problem_from_dict(raw)
        index = Index(problem)
        for wi, worker in enumerate(problem.workers):
            reachable[worker.id] += min(worker.target_minutes, index.capacity(wi))
        solution = solve(problem, SolveOptions(time_limit_s=opts.seconds, workers=2, seed=opts.seed,
                                               deterministic=False))
        for report in solution.worker_reports:
            totals[report["worker"]][0] += report["target_minutes"]
            totals[report["worker"]][1] += report["worked_minutes"]
            for month, money in report["cap_room"].items():
                if month in rooms[report["worker"]]:
                    rooms[report["worker"]][month] -= money["planned_cents"]
        pairs = [(worked, target) for target, worked in totals.values()]
        avoidable = max(max(0, reachable[w] - worked) / target for w, (target, worked) in totals.items())
        fulfilment = [min(1.0, w / t) for w, t in pairs if t]
        weeks.append({"week": week, "status": solution.status, "shifts": len(raw["shifts"]),
                      "demand_share": round(_demand(raw) / sum(w["target_minutes"] for w in raw["workers"]), 3), "violations": len(solution.violations),
                      "cumulative_max_relative_shortfall": round(max_relative_shortfall(pairs), 4),
                      "cumulative_max_avoidable_shortfall": round(avoidable, 4),
                      "cumulative_jain": round(jain(fulfilment), 4), "cumulative_gini": round(gini(fulfilment), 4),
                      "week_max_relative_shortfall": solution.fairness["period"]["max_relative_shortfall"]})
    return weeks


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--workers", type=int, default=60)
    args.add_argument("--shifts", type=int, default=45)
    args.add_argument("--seed", type=int, default=0)
    args.add_argument("--seconds", type=float, default=5)
    args.add_argument("--weeks", type=int, default=4)
    args.add_argument("--balanced", action="store_true")
    opts = args.parse_args()
    for mode, carry in (("history carried", True), ("each week alone", False)):
        for week in _plan(opts, carry):
            print(json.dumps({"mode": mode, **week}), flush=True)


if __name__ == "__main__":
    main()
