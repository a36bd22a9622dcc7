"""Runs Curtois instances over several seeds, one process per run, and reports medians and gaps.

Usage: python -m bench.curtois_runner --instances 1-12 --seconds 60 --seeds 0 1 2 [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

BEST_KNOWN = {1: 607, 2: 828, 3: 1001, 4: 1716, 5: 1143, 6: 1950, 7: 1056, 8: 1300, 9: 439,
              10: 4631, 11: 3443, 12: 4040, 13: 1348, 14: 1278, 15: 3831, 16: 3225, 17: 5746,
              18: 4459, 19: 3149, 20: 4943, 21: 21159, 22: 33155, 23: 17428, 24: 48777}


def folder() -> Path:
    """Beside the repository, or where CURTOIS_BENCHMARKS says (e.g. from a git worktree)."""
    default = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "curtois"
    return Path(os.environ.get("CURTOIS_BENCHMARKS") or default)


def run(instance: int, seconds: float, seed: int, workers: int) -> dict:
    path = folder() / f"Instance{instance}.txt"
    cmd = [sys.executable, "-m", "bench.one_run", "curtois", str(path), str(seconds), str(seed), str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        return {"instance": f"Instance{instance}", "seed": seed, "error": done.stderr[-500:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(instance: int, runs: list[dict]) -> dict:
    values = [r["objective"] for r in runs if r.get("objective") is not None]
    median = statistics.median(values) if len(values) == len(runs) else None
    best = BEST_KNOWN[instance]
    return {"instance": instance, "objectives": [r.get("objective") for r in runs],
            "median": median, "best_known": best,
            "gap_pct": round(100 * (median - best) / best, 2) if median is not None else None,
            "bounds": [r.get("bound") for r in runs], "times": [r.get("wall_time_s") for r in runs],
            "violations": [r.get("violations") for r in runs],
            "peak_rss_mb": max((r.get("peak_rss_mb", 0) for r in runs), default=0)}


def instances(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--instances", default="1-12")
    args.add_argument("--seconds", type=float, default=60)
    args.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args.add_argument("--workers", type=int, default=2)
    args.add_argument("--out")
    opts = args.parse_args()
    for number in instances(opts.instances):
        runs = [run(number, opts.seconds, seed, opts.workers) for seed in opts.seeds]
        line = json.dumps(summary(number, runs))
        print(line, flush=True)
        if opts.out:
            with open(opts.out, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")


if __name__ == "__main__":
    main()
