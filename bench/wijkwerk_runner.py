"""Runs the engine and the greedy baseline on generated wijkwerk weeks at three scales.

Usage: python -m bench.wijkwerk_runner --scales selwerd district city --seeds 0 1 2 [--out FILE]
Each run is its own process (python -m bench.one_run wijkwerk ...) so peak memory is per run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SCALES = {"selwerd": (60, 45, 5.0), "district": (300, 250, 30.0), "city": (2000, 1500, 120.0)}


def run(workers: int, shifts: int, seed: int, seconds: float) -> dict:
    cmd = [sys.executable, "-m", "bench.one_run", "wijkwerk", str(workers), str(shifts), str(seed), str(seconds)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        return {"workers": workers, "seed": seed, "error": done.stderr[-800:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--scales", nargs="+", default=list(SCALES))
    args.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args.add_argument("--seconds", type=float, help="override the scale's time limit")
    args.add_argument("--out")
    opts = args.parse_args()
    for scale in opts.scales:
        workers, shifts, seconds = SCALES[scale]
        for seed in opts.seeds:
            result = {"scale": scale, **run(workers, shifts, seed, opts.seconds or seconds)}
            line = json.dumps(result)
            print(line, flush=True)
            if opts.out:
                with open(opts.out, "a", encoding="utf-8") as handle:
                    handle.write(line + "\n")


if __name__ == "__main__":
    main()
