"""Allowance used per worker (rosters/caps.used_cents): an earlier version against the current one.

Usage:
    git show 0bfa8fb:wijkwerk/rosters/caps.py > /tmp/caps_old.py
    python -m bench.caps_used sqlite:////tmp/caps.sqlite3 --seed --old /tmp/caps_old.py

With --seed, first fills the (empty) database like bench/resident_load.py: 2,000 residents and a
year of published rosters with attendance. Then, for 1, 60, 300 and 2,000 workers, checks that both
versions give the same amounts and prints the time per call of each, side by side in one run.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import sys
import time
from pathlib import Path

SIZES = (1, 60, 300, 2000)


def _load_old(path: str):
    spec = importlib.util.spec_from_file_location("caps_old", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["caps_old"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


async def _compare(old, new, seed: bool, tokens: Path) -> None:
    if seed:
        from bench.resident_load import seed as fill

        print(await fill(2000, 52, tokens))
    for size in SIZES:
        ids = list(range(1, size + 1))
        before, after = await old.used_cents(ids, 2026), await new.used_cents(ids, 2026)
        assert {k: dict(v) for k, v in before.items()} == {k: dict(v) for k, v in after.items()}, size
        repeats = 20 if size < 300 else 3
        for name, module in (("old", old), ("new", new)):
            began = time.perf_counter()
            for _ in range(repeats):
                await module.used_cents(ids, 2026, exclude_week=(2026, 49))
            print(size, name, round(1000 * (time.perf_counter() - began) / repeats, 1), "ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("--seed", action="store_true")
    parser.add_argument("--old", required=True, help="a file holding the earlier caps.py")
    args = parser.parse_args()
    from wijkwerk.migrate import use_wijkwerk_conf

    use_wijkwerk_conf(args.url)
    from wijkwerk.db import bind_tables, engine_from_url

    bind_tables(engine_from_url(args.url))
    from wijkwerk.rosters import caps

    asyncio.run(_compare(_load_old(args.old), caps, args.seed, Path(args.url.rsplit("/", 1)[-1] + ".tokens")))


if __name__ == "__main__":
    main()
