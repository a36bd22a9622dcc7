"""Soft rule: share hours fairly against each worker's target, counting their history.

The largest relative shortfall (max-min) is minimised first, then the total shortfall; no
variance. Shortfall is measured against need clipped by what the worker could at most be given.
"""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term

SCALE = 10_000  # relative shortfall in basis points


def relative_shortfall_bp(shortfall: int, cumulative_target: int) -> int:
    """Rounded up, exactly as the model's integer bound makes it."""
    return -(-SCALE * shortfall // cumulative_target)


def fair_workers(index) -> list[int]:
    return [wi for wi in range(len(index.workers))
            if index.cumulative_target(wi) > 0 and index.attainable[wi] > 0]


class FairShareOfHours:
    def add(self, ctx: Context) -> list[Term]:
        weights = ctx.index.problem.weights
        members = fair_workers(ctx.index)
        if not members:
            return []
        facts = ctx.index.facts
        largest = ctx.model.new_int_var(0, SCALE, "largest_relative_shortfall")
        shortfalls = []
        for wi in members:
            target = ctx.index.attainable[wi]
            worked = sum(facts[si].minutes * var for si, var in ctx.vars.of_worker[wi])
            short = ctx.model.new_int_var(0, target, f"shortfall_{wi}")
            ctx.model.add(short >= target - worked)
            ctx.model.add(SCALE * short <= ctx.index.cumulative_target(wi) * largest)
            shortfalls.append(short)
        return [Term("fairness_max_shortfall", weights.fairness_max_shortfall * largest),
                Term("fairness_total_shortfall", weights.fairness_total_shortfall * sum(shortfalls))]

    def penalties(self, plan: Plan) -> dict[str, int]:
        weights = plan.index.problem.weights
        members = fair_workers(plan.index)
        if not members:
            return {}
        shorts = {wi: max(0, plan.index.attainable[wi] - plan.worked_minutes(wi)) for wi in members}
        largest = max(relative_shortfall_bp(s, plan.index.cumulative_target(wi)) for wi, s in shorts.items())
        return {"fairness_max_shortfall": weights.fairness_max_shortfall * largest,
                "fairness_total_shortfall": weights.fairness_total_shortfall * sum(shorts.values())}
