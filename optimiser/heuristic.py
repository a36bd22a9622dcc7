"""A quick rule-respecting roster used as CP-SAT's starting hint on large wijkwerk weeks.

Shifts are filled in time order, the people furthest behind on their need first, checking the
per-person rules as it goes. It knows nothing of runs of days or rotations, so it is only used
when a problem has none of those rules; then the roster it builds is feasible by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .index import Index
from .rules.rest import clashes


def applicable(index: Index) -> bool:
    """True when every hard rule is one this heuristic checks."""
    sequence = ("max_consecutive_days", "min_consecutive_days", "min_consecutive_days_off", "max_weekends")
    return not index.problem.cannot_follow and not index.pins and not any(
        w.min_minutes or any(getattr(w, key) is not None for key in sequence) for w in index.workers)


@dataclass
class _Load:
    shifts: list[int] = field(default_factory=list)
    minutes: int = 0
    by_key: dict = field(default_factory=dict)  # ("day", 3) / ("week", 0) / ("month", "2026-01") -> amount


def _fits(index: Index, load: _Load, wi: int, si: int) -> bool:
    worker, f = index.workers[wi], index.facts[si]
    if any(clashes(index.facts[s], f, worker.min_rest_minutes) for s in load.shifts):
        return False
    checks = [(("count", f.day), 1, worker.max_shifts_per_day),
              (("day", f.day), f.minutes, worker.max_minutes_per_day),
              (("week", f.week), f.minutes, worker.max_minutes_per_week),
              (("type", index.shifts[si].shift_type), 1, worker.max_shifts_per_type.get(index.shifts[si].shift_type))]
    if worker.cap_room is not None:
        cost = index.cost(wi, si)
        checks += [(("month", f.month), cost, worker.cap_room.months[f.month]),
                   (("year", f.year), cost, worker.cap_room.years[f.year])]
    if worker.max_minutes is not None and load.minutes + f.minutes > worker.max_minutes:
        return False
    return all(limit is None or load.by_key.get(key, 0) + amount <= limit for key, amount, limit in checks)


def _take(index: Index, load: _Load, wi: int, si: int) -> None:
    f, worker = index.facts[si], index.workers[wi]
    load.shifts.append(si)
    load.minutes += f.minutes
    cost = index.cost(wi, si) if worker.cap_room is not None else 0
    for key, amount in ((("count", f.day), 1), (("day", f.day), f.minutes), (("week", f.week), f.minutes),
                        (("type", index.shifts[si].shift_type), 1), (("month", f.month), cost),
                        (("year", f.year), cost)):
        load.by_key[key] = load.by_key.get(key, 0) + amount


def _crew(index: Index, si: int, candidates: list[int]) -> list[int]:
    """Skilled people for the skill places first, then others; empty if the skills cannot be met."""
    shift, crew = index.shifts[si], []
    for skill, count in shift.required_skills.items():
        have = sum(1 for wi in crew if skill in index.counts_for(wi, si))
        able = [wi for wi in candidates if wi not in crew and skill in index.counts_for(wi, si)]
        if have + len(able) < count:
            return []
        crew += able[: max(0, count - have)]
    for wi in candidates:
        if len(crew) >= shift.target_headcount:
            break
        if wi not in crew and all(any(k in index.teaches(t, si) for t in crew) for k in index.learns(wi, si)):
            crew.append(wi)
    return crew[: shift.max_headcount]


def quick_roster(index: Index) -> set[tuple[int, int]]:
    loads = [_Load() for _ in index.workers]
    pairs: set[tuple[int, int]] = set()
    for si in sorted(range(len(index.shifts)), key=lambda s: (index.facts[s].start, s)):
        def behind(wi: int) -> float:
            return loads[wi].minutes / max(1, index.need(wi))

        candidates = sorted((wi for wi in index.by_shift[si]
                             if index.blocked(wi, si) is None and _fits(index, loads[wi], wi, si)), key=behind)
        for wi in _crew(index, si, candidates):
            _take(index, loads[wi], wi, si)
            pairs.add((wi, si))
    return pairs
