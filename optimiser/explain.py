"""Explains a roster: why a worker got fewer hours than owed, and why a shift is short.

Each (worker, shift) pair that did not happen gets one reason code, checked in the order a
manager would: availability, skills, mentors, the cap, hours limits, then others' claims.
"""

from __future__ import annotations

from .plan import Plan
from .rules.rest import clashes
from .rules.sequence import weekends

WORDS = {
    "unavailable": "not available (or not in that neighbourhood)",
    "missing_skill": "missing the skill or a valid certificate",
    "no_mentor": "no mentor available for a skill being learned",
    "cap_reached": "allowance cap room used up",
    "hours_limits": "would break hours, rest or day limits",
    "lost_to_fairer_claim": "the place went to someone with a fairer claim",
}
BLOCKED = {"forbidden": "unavailable", "unavailable": "unavailable", "outside_area": "unavailable",
           "not_this_type": "missing_skill", "no_mentor": "no_mentor", "too_long": "hours_limits",
           "over_cap": "cap_reached"}


def _cap_reason(plan: Plan, wi: int, si: int) -> bool:
    room = plan.index.workers[wi].cap_room
    if room is None:
        return False
    facts, cost = plan.index.facts[si], plan.index.cost(wi, si)
    return (plan.cost_by(wi, "month").get(facts.month, 0) + cost > room.months[facts.month]
            or plan.cost_by(wi, "year").get(facts.year, 0) + cost > room.years[facts.year])


def _minutes_over(plan: Plan, wi: int, si: int) -> bool:
    worker, f, facts = plan.index.workers[wi], plan.index.facts[si], plan.index.facts
    day_count, day_minutes = plan.minutes_by(wi, "day").get(f.day, (0, 0))
    week_minutes = plan.minutes_by(wi, "week").get(f.week, (0, 0))[1] + f.minutes
    return (day_count + 1 > worker.max_shifts_per_day
            or any(clashes(facts[s], f, worker.min_rest_minutes) for s in _near(plan, wi, f))
            or (worker.max_minutes_per_day is not None and day_minutes + f.minutes > worker.max_minutes_per_day)
            or (worker.max_minutes_per_week is not None and week_minutes > worker.max_minutes_per_week)
            or (worker.max_minutes is not None and plan.worked_minutes(wi) + f.minutes > worker.max_minutes))


def _near(plan: Plan, wi: int, f) -> list[int]:
    """The worker's shifts that could clash with one at `f`: those within a day or two of it."""
    by_day = plan.__dict__.setdefault("_shifts_by_day", {})
    if wi not in by_day:
        grouped: dict[int, list[int]] = {}
        for s in plan.shifts_of[wi]:
            grouped.setdefault(plan.index.facts[s].day, []).append(s)
        by_day[wi] = grouped
    grouped, reach = by_day[wi], 1 + _longest_days(plan)
    return [s for day in range(f.day - reach, f.day + reach + 1) for s in grouped.get(day, ())]


def _longest_days(plan: Plan) -> int:
    """How many days a shift plus the longest rest can reach past its own day."""
    if "_reach" not in plan.__dict__:
        longest = max((f.minutes for f in plan.index.facts), default=0)
        rest = max((w.min_rest_minutes for w in plan.index.workers), default=0)
        plan.__dict__["_reach"] = (longest + rest) // 1440 + 1
    return plan.__dict__["_reach"]


def _pattern_over(plan: Plan, wi: int, si: int) -> bool:
    worker, index = plan.index.workers[wi], plan.index
    kind = index.shifts[si].shift_type
    if kind in worker.max_shifts_per_type:
        if sum(1 for s in plan.shifts_of[wi] if index.shifts[s].shift_type == kind) >= worker.max_shifts_per_type[kind]:
            return True
    worked, day = plan.minutes_by(wi, "day"), index.facts[si].day
    if worker.max_consecutive_days is not None and day not in worked:
        before = next(n for n in range(day + 1) if day - n - 1 < 0 or day - n - 1 not in worked)
        after = next(n for n in range(index.days) if day + n + 1 not in worked)
        if before + after + 1 > worker.max_consecutive_days:
            return True
    if worker.max_weekends is not None:
        weekend_days = _weekends(plan)
        number = weekend_days.get(day)
        if number is None:
            return False
        counted = {weekend_days[d] for d in worked if d in weekend_days}
        return number not in counted and len(counted) + 1 > worker.max_weekends
    return False


def _weekends(plan: Plan) -> dict[int, int]:
    if "_weekend_of" not in plan.__dict__:
        plan.__dict__["_weekend_of"] = {d: n for n, days in weekends(plan.index).items() for d in days}
    return plan.__dict__["_weekend_of"]


def why_not(plan: Plan, wi: int, si: int) -> str:
    blocked = plan.index.blocked(wi, si)
    if blocked is not None:
        return BLOCKED[blocked]
    if _cap_reason(plan, wi, si):
        return "cap_reached"
    if _minutes_over(plan, wi, si) or _pattern_over(plan, wi, si):
        return "hours_limits"
    shift = plan.index.shifts[si]
    if not plan.workers_of[si] and shift.required_skills and not plan.index.counts_for(wi, si):
        return "missing_skill"
    return "lost_to_fairer_claim"


def _reason_list(counts: dict[str, list[int]]) -> list[dict]:
    return [{"code": code, "text": WORDS[code], "count": len(values), "minutes": sum(values)}
            for code, values in sorted(counts.items(), key=lambda kv: (-sum(kv[1]), -len(kv[1]), kv[0]))]


def worker_reasons(plan: Plan, wi: int) -> list[dict]:
    """Reasons a worker below their need did not get more, weighted by the minutes they blocked."""
    if plan.worked_minutes(wi) >= plan.index.need(wi):
        return []
    taken = set(plan.shifts_of[wi])
    counts: dict[str, list[int]] = {}
    for si in range(len(plan.index.shifts)):
        if si not in taken:
            counts.setdefault(why_not(plan, wi, si), []).append(plan.index.facts[si].minutes)
    return _reason_list(counts)


def shift_reasons(plan: Plan, si: int) -> list[dict]:
    """For a shift below target: how many workers were kept off it, by reason."""
    if len(plan.workers_of[si]) >= plan.index.shifts[si].target_headcount:
        return []
    on = set(plan.workers_of[si])
    counts: dict[str, list[int]] = {}
    for wi in range(len(plan.index.workers)):
        if wi not in on:
            counts.setdefault(why_not(plan, wi, si), []).append(0)
    return [{k: v for k, v in r.items() if k != "minutes"} for r in _reason_list(counts)]
