"""Hard rules on shift types: rotations that may not follow each other, and most shifts per type."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, post, worker_name


def _barred(ctx_index) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for first, then in ctx_index.problem.cannot_follow:
        out.setdefault(first, set()).add(then)
    return out


class CannotFollow:
    """A shift of type b is not worked the day after a shift whose type bars b.

    With one shift a day the rule is posted per (day, barred type) as one at-most-one over all
    shifts that bar it plus the barred ones, which is stronger than pairwise conflicts.
    """

    def add(self, ctx: Context) -> list[Term]:
        barred = _barred(ctx.index)
        if not barred:
            return []
        facts, shifts = ctx.index.facts, ctx.index.shifts
        for wi, worker in ctx.workers():
            guard = ctx.guards(("rotation", wi), f"the shift rotation rules for {worker_name(ctx.index, wi)}")
            by_day: dict[int, list] = {}
            for si, var in ctx.vars.of_worker[wi]:
                by_day.setdefault(facts[si].day, []).append((shifts[si].shift_type, var))
            for day, today in by_day.items():
                tomorrow = by_day.get(day + 1, [])
                for then in {t for t, _ in tomorrow}:
                    before = [v for t, v in today if then in barred.get(t, ())]
                    after = [v for t, v in tomorrow if t == then]
                    if not before:
                        continue
                    if worker.max_shifts_per_day == 1:
                        post(ctx.model.add_at_most_one(before + after), guard)
                    else:
                        for var in before:
                            post(ctx.model.add(sum(after) == 0).only_enforce_if(var), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        barred = _barred(plan.index)
        out = []
        for wi, shifts in enumerate(plan.shifts_of):
            worked = {(plan.index.facts[si].day, plan.index.shifts[si].shift_type) for si in shifts}
            for day, kind in sorted(worked):
                for then in sorted(barred.get(kind, ())):
                    if (day + 1, then) in worked:
                        out.append(f"{worker_name(plan.index, wi)} works '{then}' on day {day + 1} "
                                   f"right after '{kind}'")
        return out


class MaxShiftsPerType:
    def add(self, ctx: Context) -> list[Term]:
        for wi, worker in ctx.workers():
            for kind, limit in worker.max_shifts_per_type.items():
                group = [v for si, v in ctx.vars.of_worker[wi] if ctx.index.shifts[si].shift_type == kind]
                if len(group) > limit:
                    text = f"the most '{kind}' shifts for {worker_name(ctx.index, wi)}"
                    post(ctx.model.add(sum(group) <= limit), ctx.guards(("per_type", wi, kind), text))
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, worker in enumerate(plan.index.workers):
            for kind, limit in sorted(worker.max_shifts_per_type.items()):
                count = sum(1 for si in plan.shifts_of[wi] if plan.index.shifts[si].shift_type == kind)
                if count > limit:
                    out.append(f"{worker_name(plan.index, wi)} works {count} '{kind}' shifts, more than {limit}")
        return out
