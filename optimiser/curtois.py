"""The Curtois & Qu shift scheduling benchmark, mapped onto the same engine as wijkwerk weeks.

Each (day, shift type) becomes a shift with target = requirement and the instance's under/over
weights; staff limits become worker fields. The engine's `requests`, `cover_target` and
`cover_over_target` terms then add up to exactly the benchmark's objective.
"""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from .schema import Problem, Request, Shift, SolveOptions, Weights, Worker

DAY0 = date(2024, 1, 1)  # a Monday, as day 0 always is in the benchmark
BENCHMARK_TERMS = ("requests", "cover_target", "cover_over_target")


@dataclass
class Instance:
    horizon: int = 0
    shift_types: dict[str, tuple[int, list[str]]] = field(default_factory=dict)  # id -> (minutes, barred)
    staff: list[list[str]] = field(default_factory=list)
    days_off: dict[str, list[int]] = field(default_factory=dict)
    on_requests: list[tuple[str, int, str, int]] = field(default_factory=list)
    off_requests: list[tuple[str, int, str, int]] = field(default_factory=list)
    cover: list[tuple[int, str, int, int, int]] = field(default_factory=list)


def _sections(text: str) -> dict[str, list[list[str]]]:
    sections: dict[str, list[list[str]]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("SECTION_"):
            current = sections.setdefault(line, [])
        elif current is not None:
            current.append([part.strip() for part in line.split(",")])
    return sections


def parse(text: str) -> Instance:
    s = _sections(text)
    inst = Instance(horizon=int(s["SECTION_HORIZON"][0][0]))
    for sid, length, *barred in s["SECTION_SHIFTS"]:
        inst.shift_types[sid] = (int(length), [b for b in "|".join(barred).split("|") if b])
    inst.staff = s["SECTION_STAFF"]
    for emp, *days in s.get("SECTION_DAYS_OFF", []):
        inst.days_off[emp] = [int(d) for d in days if d]
    for key, target in (("SECTION_SHIFT_ON_REQUESTS", inst.on_requests),
                        ("SECTION_SHIFT_OFF_REQUESTS", inst.off_requests)):
        target.extend((e, int(d), t, int(w)) for e, d, t, w in s.get(key, []))
    inst.cover = [(int(d), t, int(r), int(u), int(o)) for d, t, r, u, o in s["SECTION_COVER"]]
    return inst


def shift_id(kind: str, day: int) -> str:
    return f"{kind}:{day}"


def _shifts(inst: Instance, staff_count: int) -> tuple[Shift, ...]:
    out = []
    for day, kind, req, under, over in inst.cover:
        start = datetime(DAY0.year, DAY0.month, DAY0.day, tzinfo=timezone.utc) + timedelta(days=day)
        out.append(Shift(id=shift_id(kind, day), start=start,
                         end=start + timedelta(minutes=inst.shift_types[kind][0]),
                         shift_type=kind, job_type=kind, min_headcount=0, target_headcount=req,
                         max_headcount=max(req, staff_count), under_target_weight=under,
                         over_target_weight=over))
    return tuple(out)


def _worker(row: list[str], days_off: list[int]) -> Worker:
    emp, max_shifts, max_total, min_total, max_run, min_run, min_off, max_weekends = row
    limits = {t: int(n) for t, n in (item.split("=") for item in max_shifts.split("|") if item)}
    return Worker(id=emp, max_shifts_per_type=limits, max_minutes=int(max_total),
                  min_minutes=int(min_total), max_consecutive_days=int(max_run),
                  min_consecutive_days=int(min_run), min_consecutive_days_off=int(min_off),
                  max_weekends=int(max_weekends), max_shifts_per_day=1,
                  days_off=tuple(DAY0 + timedelta(days=d) for d in days_off))


def to_problem(inst: Instance) -> Problem:
    requests = [Request(e, shift_id(t, d), "on", w) for e, d, t, w in inst.on_requests]
    requests += [Request(e, shift_id(t, d), "off", w) for e, d, t, w in inst.off_requests]
    return Problem(
        period_start=DAY0, period_end=DAY0 + timedelta(days=inst.horizon - 1),
        shifts=_shifts(inst, len(inst.staff)),
        workers=tuple(_worker(row, inst.days_off.get(row[0], [])) for row in inst.staff),
        requests=tuple(requests),
        cannot_follow=tuple((a, b) for a, (_, barred) in inst.shift_types.items() for b in barred),
        weights=Weights(lexicographic_fairness=False),
    )


def read_roster(text: str) -> list[tuple[str, str]]:
    """`employee,day,shift` lines (header optional) -> (worker id, shift id) pairs."""
    rows = [r for r in csv.reader(io.StringIO(text)) if r and r[0].strip() != "employee"]
    return [(e.strip(), shift_id(t.strip(), int(d))) for e, d, t in rows]


def write_roster(assignments: list[tuple[str, str]]) -> str:
    rows = sorted((w, int(s.rsplit(":", 1)[1]), s.rsplit(":", 1)[0]) for w, s in assignments)
    return "employee,day,shift\n" + "".join(f"{w},{d},{t}\n" for w, d, t in rows)


def benchmark_objective(terms: dict[str, int]) -> int:
    return sum(terms.get(name, 0) for name in BENCHMARK_TERMS)


def run_cli(args) -> int:
    from .solve import solve

    with open(args.instance, encoding="utf-8") as handle:
        problem = to_problem(parse(handle.read()))
    options = SolveOptions(time_limit_s=args.time_limit, workers=args.workers, seed=args.seed,
                           deterministic=False)
    solution = solve(problem, options)
    if solution.objective is None:
        print(f"status {solution.status}: no roster found", file=sys.stderr)
        return 1
    roster = write_roster(solution.assignments)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(roster)
    print(f"objective {benchmark_objective(solution.terms)} bound {solution.bound} status {solution.status} "
          f"time {solution.wall_time_s:.1f}s violations {len(solution.violations)}")
    return 0
