"""Soft rules on what workers would like: job types, days, shift requests and working near home."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, pair_penalty, pair_term


def _preference_costs(index):
    w = index.problem.weights

    def disliked(wi, si):
        return w.disliked_job if index.shifts[si].job_type in index.workers[wi].disliked_job_types else 0

    def unliked(wi, si):
        liked = index.workers[wi].liked_job_types
        return w.unliked_job if liked and index.shifts[si].job_type not in liked else 0

    def unpreferred(wi, si):
        days = index.workers[wi].preferred_days
        return w.unpreferred_day if days and index.facts[si].weekday not in days else 0

    return {"preference_disliked": disliked, "preference_unliked": unliked, "preference_day": unpreferred}


class PreferredWork:
    """Liked and disliked job types, and preferred days of the week."""

    def add(self, ctx: Context) -> list[Term]:
        return [t for name, cost in _preference_costs(ctx.index).items() for t in pair_term(ctx, name, cost)]

    def penalties(self, plan: Plan) -> dict[str, int]:
        out: dict[str, int] = {}
        for name, cost in _preference_costs(plan.index).items():
            out.update(pair_penalty(plan, name, cost))
        return out


def _distance(index):
    weight = index.problem.weights.proximity

    def cost(wi, si):
        home, there = index.workers[wi].neighbourhood, index.shifts[si].neighbourhood
        if not home or not there or home == there:
            return 0
        return weight * (1 if there in index.problem.nearby.get(home, ()) else 2)

    return cost


class NearHome:
    """Work in one's own neighbourhood costs nothing, a nearby one one step, elsewhere two."""

    def add(self, ctx: Context) -> list[Term]:
        return pair_term(ctx, "proximity", _distance(ctx.index))

    def penalties(self, plan: Plan) -> dict[str, int]:
        return pair_penalty(plan, "proximity", _distance(plan.index))


class ShiftRequests:
    """An "on" request costs its weight when the shift is not worked, an "off" one when it is."""

    def add(self, ctx: Context) -> list[Term]:
        parts = []
        for req in ctx.index.problem.requests:
            var = ctx.vars.x.get((ctx.index.worker_pos[req.worker], ctx.index.shift_pos[req.shift]))
            if req.kind == "on":
                parts.append(req.weight * (1 - var) if var is not None else req.weight)
            elif var is not None:
                parts.append(req.weight * var)
        return [Term("requests", sum(parts))] if parts else []

    def penalties(self, plan: Plan) -> dict[str, int]:
        if not plan.index.problem.requests:
            return {}
        total = 0
        for req in plan.index.problem.requests:
            worked = (plan.index.worker_pos[req.worker], plan.index.shift_pos[req.shift]) in plan.pairs
            total += req.weight if worked == (req.kind == "off") else 0
        return {"requests": total}
