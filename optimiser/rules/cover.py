"""Soft rules on cover: reach each shift's minimum headcount first, then its target."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term


class CoverMinimum:
    """A very large weight per person missing below the minimum, so a roster is always returned."""

    def add(self, ctx: Context) -> list[Term]:
        weight = ctx.index.problem.weights.cover_minimum
        parts = []
        for si, shift in enumerate(ctx.index.shifts):
            if shift.min_headcount == 0:
                continue
            short = ctx.model.new_int_var(0, shift.min_headcount, f"short_min_{si}")
            ctx.model.add(short >= shift.min_headcount - sum(v for _, v in ctx.vars.of_shift[si]))
            parts.append(short)
        return [Term("cover_minimum", weight * sum(parts))] if parts and weight else []

    def penalties(self, plan: Plan) -> dict[str, int]:
        weight = plan.index.problem.weights.cover_minimum
        return {"cover_minimum": weight * sum(max(0, s.min_headcount - len(plan.workers_of[si]))
                                              for si, s in enumerate(plan.index.shifts))}


def _weights(index, shift) -> tuple[int, int]:
    w = index.problem.weights
    under = shift.under_target_weight if shift.under_target_weight is not None else w.cover_target
    over = shift.over_target_weight if shift.over_target_weight is not None else w.cover_over_target
    return under, over


class CoverTarget:
    """Per person short of the target headcount, and (lighter) per person above it."""

    def add(self, ctx: Context) -> list[Term]:
        under_parts, over_parts = [], []
        for si, shift in enumerate(ctx.index.shifts):
            under_w, over_w = _weights(ctx.index, shift)
            people = [v for _, v in ctx.vars.of_shift[si]]
            under = ctx.model.new_int_var(0, shift.target_headcount, f"under_{si}")
            over = ctx.model.new_int_var(0, max(0, len(people) - shift.target_headcount), f"over_{si}")
            # Exact split of the difference: n - target = over - under.
            ctx.model.add(sum(people) + under - over == shift.target_headcount)
            under_parts.append(under_w * under)
            over_parts.append(over_w * over)
        return [Term("cover_target", sum(under_parts)), Term("cover_over_target", sum(over_parts))]

    def penalties(self, plan: Plan) -> dict[str, int]:
        under = over = 0
        for si, shift in enumerate(plan.index.shifts):
            under_w, over_w = _weights(plan.index, shift)
            count = len(plan.workers_of[si])
            under += under_w * max(0, shift.target_headcount - count)
            over += over_w * max(0, count - shift.target_headcount)
        return {"cover_target": under, "cover_over_target": over}
