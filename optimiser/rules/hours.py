"""Hard rules on how much one person works: shifts per day, minutes per day, week and period."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, post, worker_name


def _grouped(ctx: Context, wi: int, key: str) -> dict[int, list]:
    out: dict[int, list] = {}
    for si, var in ctx.vars.of_worker[wi]:
        out.setdefault(getattr(ctx.index.facts[si], key), []).append((si, var))
    return out


def _plan_grouped(plan: Plan, wi: int, key: str) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for si in plan.shifts_of[wi]:
        out.setdefault(getattr(plan.index.facts[si], key), []).append(si)
    return out


class MaxShiftsPerDay:
    def add(self, ctx: Context) -> list[Term]:
        for wi, worker in ctx.workers():
            guard = ctx.guards(("shifts_per_day", wi), f"the most shifts a day for {worker_name(ctx.index, wi)}")
            for group in _grouped(ctx, wi, "day").values():
                if len(group) <= worker.max_shifts_per_day:
                    continue
                variables = [var for _, var in group]
                if worker.max_shifts_per_day == 1:
                    post(ctx.model.add_at_most_one(variables), guard)
                else:
                    post(ctx.model.add(sum(variables) <= worker.max_shifts_per_day), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        return [f"{worker_name(plan.index, wi)} has {len(g)} shifts on one day, more than {w.max_shifts_per_day}"
                for wi, w in enumerate(plan.index.workers)
                for g in _plan_grouped(plan, wi, "day").values() if len(g) > w.max_shifts_per_day]


class _MinutesWithin:
    """Shared shape of the per-day and per-week minute limits."""

    key = "day"
    field = "max_minutes_per_day"
    words = "day"

    def add(self, ctx: Context) -> list[Term]:
        facts = ctx.index.facts
        for wi, worker in ctx.workers():
            limit = getattr(worker, self.field)
            if limit is None:
                continue
            guard = ctx.guards((self.field, wi), f"the most hours a {self.words} for {worker_name(ctx.index, wi)}")
            for group in _grouped(ctx, wi, self.key).values():
                if sum(facts[si].minutes for si, _ in group) > limit:
                    post(ctx.model.add(sum(facts[si].minutes * var for si, var in group) <= limit), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, worker in enumerate(plan.index.workers):
            limit = getattr(worker, self.field)
            for group in _plan_grouped(plan, wi, self.key).values():
                total = sum(plan.index.facts[si].minutes for si in group)
                if limit is not None and total > limit:
                    out.append(f"{worker_name(plan.index, wi)} works {total} minutes in a {self.words}, "
                               f"more than {limit}")
        return out


class MaxHoursPerDay(_MinutesWithin):
    pass


class MaxHoursPerWeek(_MinutesWithin):
    key = "week"
    field = "max_minutes_per_week"
    words = "week"


class TotalMinutesWithinLimits:
    """Minimum and maximum minutes over the whole period (Curtois: Min/MaxTotalMinutes)."""

    def add(self, ctx: Context) -> list[Term]:
        facts = ctx.index.facts
        for wi, worker in ctx.workers():
            total = sum(facts[si].minutes * var for si, var in ctx.vars.of_worker[wi])
            name = worker_name(ctx.index, wi)
            if worker.max_minutes is not None:
                post(ctx.model.add(total <= worker.max_minutes), ctx.guards(("max_minutes", wi), f"the most hours in the period for {name}"))
            if worker.min_minutes > 0:
                post(ctx.model.add(total >= worker.min_minutes), ctx.guards(("min_minutes", wi), f"the fewest hours in the period for {name}"))
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, worker in enumerate(plan.index.workers):
            total = plan.worked_minutes(wi)
            if worker.max_minutes is not None and total > worker.max_minutes:
                out.append(f"{worker_name(plan.index, wi)} works {total} minutes, more than {worker.max_minutes}")
            if total < worker.min_minutes:
                out.append(f"{worker_name(plan.index, wi)} works {total} minutes, fewer than {worker.min_minutes}")
        return out
