"""Explains a roster: why a worker got fewer hours than owed, and why a shift is short.

Each (worker, shift) pair that did not happen gets one reason code, checked in the order a
manager would: availability, skills, mentors, the cap, hours limits, then others' claims.
"""

from __future__ import annotations

from .plan import Plan
from .rules.rest import clashes
from .rules.sequence import runs, weekends

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
    mine = plan.shifts_of[wi]
    same_day = [s for s in mine if facts[s].day == f.day]
    day_minutes = sum(facts[s].minutes for s in same_day) + f.minutes
    week_minutes = sum(facts[s].minutes for s in mine if facts[s].week == f.week) + f.minutes
    return (len(same_day) + 1 > worker.max_shifts_per_day
            or any(clashes(facts[s], f, worker.min_rest_minutes) for s in mine)
            or (worker.max_minutes_per_day is not None and day_minutes > worker.max_minutes_per_day)
            or (worker.max_minutes_per_week is not None and week_minutes > worker.max_minutes_per_week)
            or (worker.max_minutes is not None and plan.worked_minutes(wi) + f.minutes > worker.max_minutes))


def _pattern_over(plan: Plan, wi: int, si: int) -> bool:
    worker, index = plan.index.workers[wi], plan.index
    kind = index.shifts[si].shift_type
    if kind in worker.max_shifts_per_type:
        if sum(1 for s in plan.shifts_of[wi] if index.shifts[s].shift_type == kind) >= worker.max_shifts_per_type[kind]:
            return True
    days = plan.days_worked(wi) | {index.facts[si].day}
    if worker.max_consecutive_days is not None and any(
            b - a + 1 > worker.max_consecutive_days for a, b in runs(days, index.days, True)):
        return True
    if worker.max_weekends is not None:
        return sum(1 for ds in weekends(index).values() if days & set(ds)) > worker.max_weekends
    return False


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
