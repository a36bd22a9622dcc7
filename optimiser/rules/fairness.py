"""Soft rule: share hours fairly against each worker's target, counting their history.

The largest relative shortfall (max-min) is minimised first, then the total shortfall; no
variance. The first maximum measures need clipped by what the worker could at most be given, so
one person away all week does not flatten it; a second, lighter maximum measures the full need
(history included), so that between people who are both capped the one further behind wins.
Both the clipped maximum and the total weigh each person's shortfall by how far behind they
already were (`catch_up_weight`), so that hours go to whoever is behind over the weeks.
"""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term

SCALE = 10_000  # relative shortfall in basis points


def relative_shortfall_bp(shortfall: int, cumulative_target: int) -> int:
    """Rounded up, exactly as the model's integer bound makes it."""
    return -(-SCALE * shortfall // cumulative_target)


def catch_up_weight(index, wi: int) -> int:
    """1, plus 1 per tenth of their cumulative target a person was already behind before this period.

    Clipping need to what a person can get erases history for exactly the people far behind, and
    the total shortfall was flat; without this weight the person furthest behind kept losing
    contested shifts week after week (four weeks in a row; test_fairness).
    """
    history = index.workers[wi].history
    behind = max(0, history.target_minutes - history.worked_minutes)
    return 1 + 10 * behind // index.cumulative_target(wi)


def fair_workers(index) -> list[int]:
    return [wi for wi in range(len(index.workers))
            if index.cumulative_target(wi) > 0 and index.attainable[wi] > 0]


def _largest(model, name: str, shortfalls: list[tuple[int, object]], factors: list[int] | None = None):
    """An integer bounded below by every worker's shortfall in basis points of their target
    (times their factor, if given)."""
    factors = factors or [1] * len(shortfalls)
    largest = model.new_int_var(0, SCALE * max(factors, default=1), name)
    for (cumulative, short), factor in zip(shortfalls, factors):
        model.add(SCALE * factor * short <= cumulative * largest)
    return largest


class FairShareOfHours:
    def add(self, ctx: Context) -> list[Term]:
        weights, index = ctx.index.problem.weights, ctx.index
        members = fair_workers(index)
        if not members:
            return []
        clipped, full = [], []
        for wi in members:
            worked = sum(index.facts[si].minutes * var for si, var in ctx.vars.of_worker[wi])
            short = ctx.model.new_int_var(0, index.attainable[wi], f"shortfall_{wi}")
            ctx.model.add(short >= index.attainable[wi] - worked)
            behind = ctx.model.new_int_var(0, index.need(wi), f"need_shortfall_{wi}")
            ctx.model.add(behind >= index.need(wi) - worked)
            clipped.append((index.cumulative_target(wi), short))
            full.append((index.cumulative_target(wi), behind))
        catch_up = [catch_up_weight(index, wi) for wi in members]
        largest = _largest(ctx.model, "largest_relative_shortfall", clipped, catch_up)
        largest_of_need = _largest(ctx.model, "largest_relative_need_shortfall", full)
        return [Term("fairness_max_shortfall", weights.fairness_max_shortfall * largest),
                Term("fairness_max_need_shortfall", weights.fairness_max_need_shortfall * largest_of_need),
                Term("fairness_total_shortfall", weights.fairness_total_shortfall
                     * sum(factor * s for factor, (_, s) in zip(catch_up, clipped)))]

    def penalties(self, plan: Plan) -> dict[str, int]:
        weights, index = plan.index.problem.weights, plan.index
        members = fair_workers(index)
        if not members:
            return {}
        worked = {wi: plan.worked_minutes(wi) for wi in members}
        shorts = {wi: max(0, index.attainable[wi] - worked[wi]) for wi in members}

        def largest(shortfall) -> int:
            return max(relative_shortfall_bp(shortfall(wi), index.cumulative_target(wi)) for wi in members)

        def weighted(wi) -> int:
            return catch_up_weight(index, wi) * shorts[wi]

        return {"fairness_max_shortfall": weights.fairness_max_shortfall * largest(weighted),
                "fairness_max_need_shortfall": weights.fairness_max_need_shortfall
                * largest(lambda wi: max(0, index.need(wi) - worked[wi])),
                "fairness_total_shortfall": weights.fairness_total_shortfall
                * sum(catch_up_weight(index, wi) * short for wi, short in shorts.items())}
