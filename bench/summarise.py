"""Prints the benchmark result files (bench/results/*.jsonl) as the markdown tables in BENCHMARKS.md.

Usage: python -m bench.summarise [SECTION ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def _lines(name: str) -> list[dict]:
    path = RESULTS / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []


def curtois(name: str) -> None:
    print("| instance | objectives (seeds) | median | best known | gap | bounds | peak MB |")
    print("|---|---|---|---|---|---|---|")
    for r in _lines(name):
        gap = f"{r['gap_pct']}%" if r["gap_pct"] is not None else "no roster"
        print(f"| {r['instance']} | {', '.join(map(str, r['objectives']))} | {r['median']} | {r['best_known']} | "
              f"{gap} | {', '.join(map(str, r['bounds']))} | {r['peak_rss_mb']} |")


def wijkwerk() -> None:
    print("| scale | seed | status | first roster s | wall s | stage-1 gap (cover + largest shortfall) | final gap | peak MB | engine max short (optimised) "
          "| greedy max short (optimised) | engine/greedy hard violations | cumulative max short engine / greedy "
          "| Jain engine / greedy | Gini engine / greedy | short of target engine / greedy |")
    print("|---|" * 1 + "---|" * 14)
    for r in _lines("wijkwerk.jsonl"):
        if "error" in r:
            print(f"| {r['scale']} | {r['seed']} | error |" + " |" * 12)
            continue
        f, g = r["fairness"], r["greedy"]
        gap = "—" if r["gap"] is None else f"{100 * r['gap']:.3f}%"
        # The first CP-SAT stage: the quick roster before it (from 6 Dec 2026) has no bound.
        first = next((s for s in r["stages"] if s["bound"] is not None), None)
        gap1 = "—" if first is None else (
            f"{100 * (first['objective'] - first['bound']) / max(1, first['objective']):.3f}%")
        print(f"| {r['scale']} | {r['seed']} | {r['status']} | {r['first_feasible_s']} | {r['wall_time_s']} | {gap1} | {gap} "
              f"| {r['peak_rss_mb']} | {f['optimised_max_shortfall']:.4f} | {g['optimised_max_shortfall']:.4f} "
              f"| {r['violations']} / {g['violations']} "
              f"| {f['cumulative']['max_relative_shortfall']} / {g['fairness']['cumulative']['max_relative_shortfall']} "
              f"| {f['period']['jain']} / {g['fairness']['period']['jain']} "
              f"| {f['period']['gini']} / {g['fairness']['period']['gini']} "
              f"| {r['cover_short_of_target']} / {g['cover_short_of_target']} |")


def four_weeks() -> None:
    print("| mode | week | status | cumulative max relative shortfall | of which avoidable | cumulative Jain "
          "| cumulative Gini |")
    print("|---|---|---|---|---|---|---|")
    for r in _lines("four_weeks.jsonl"):
        print(f"| {r['mode']} | {r['week']} | {r['status']} | {r['cumulative_max_relative_shortfall']} "
              f"| {r.get('cumulative_max_avoidable_shortfall')} "
              f"| {r['cumulative_jain']} | {r['cumulative_gini']} |")


SECTIONS = {"wijkwerk": wijkwerk, "four_weeks": four_weeks,
            "curtois_1_12": lambda: curtois("curtois_60s.jsonl"),
            "curtois_13_24_300": lambda: curtois("curtois_13_24_300s.jsonl"),
            "curtois_13_24_60_before": lambda: curtois("old/curtois_13_24_60s.jsonl"),
            "curtois_22_14_19_300": lambda: curtois("curtois_22_14_19_300s.jsonl")}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(SECTIONS):
        print(f"\n### {name}\n")
        SECTIONS[name]()
