"""Hard rule: no overlapping shifts, and at least the worker's minimum rest between two shifts."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, post, shift_name, worker_name


def clashes(first, second, rest: int) -> bool:
    """Shifts clash when the later one starts before the earlier one ends plus the rest."""
    if (second.start, second.end) < (first.start, first.end):
        first, second = second, first
    return second.start < first.end + rest


class MinRestBetweenShifts:
    """Posted as at-most-one over every moment: shifts whose [start, end + rest) contain it.

    Clashing is an interval-graph relation, so these cliques cover every clashing pair with far
    fewer and stronger constraints than pairwise ones.
    """

    def add(self, ctx: Context) -> list[Term]:
        facts = ctx.index.facts
        for wi, pairs in enumerate(ctx.vars.of_worker):
            worker = ctx.index.workers[wi]
            rest = worker.min_rest_minutes
            guard = ctx.guards(("rest", wi), f"the minimum rest of {worker_name(ctx.index, wi)}")
            for group in _cliques(pairs, facts, rest):
                same_day = len({facts[si].day for si, _ in group}) == 1
                if same_day and worker.max_shifts_per_day == 1 and not guard:
                    continue  # MaxShiftsPerDay already allows one shift that day
                post(ctx.model.add_at_most_one(var for _, var in group), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        facts = plan.index.facts
        for wi, shifts in enumerate(plan.shifts_of):
            rest = plan.index.workers[wi].min_rest_minutes
            for i, a in enumerate(shifts):
                for b in shifts[i + 1:]:
                    if clashes(facts[a], facts[b], rest):
                        out.append(f"{worker_name(plan.index, wi)} has too little rest between "
                                   f"{shift_name(plan.index, a)} and {shift_name(plan.index, b)}")
        return out


def _cliques(pairs, facts, rest: int) -> list[list]:
    """Maximal groups of mutually clashing shifts, found by sweeping over start times."""
    ordered = sorted(pairs, key=lambda p: facts[p[0]].start)
    groups: list[list] = []
    active: list = []
    grew_only = False  # nothing left the active set since the last group was recorded
    i = 0
    while i < len(ordered):
        moment = facts[ordered[i][0]].start
        kept = [p for p in active if facts[p[0]].end + rest > moment]
        grew_only = grew_only and len(kept) == len(active)
        active = kept
        while i < len(ordered) and facts[ordered[i][0]].start == moment:
            active.append(ordered[i])
            i += 1
        if len(active) > 1:
            if grew_only:
                groups[-1] = list(active)  # the previous group is a subset of this one
            else:
                groups.append(list(active))
            grew_only = True
    return groups
