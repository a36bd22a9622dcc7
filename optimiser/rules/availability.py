"""Hard rules about who may be on a shift at all: availability, and the planner's pins."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, post, shift_name, worker_name

REASON_WORDS = {
    "forbidden": "is excluded from it by the planner",
    "unavailable": "is not available then",
    "outside_area": "does not work in that neighbourhood",
    "not_this_type": "does not work this type of shift",
    "no_mentor": "is learning a skill it needs and no teacher can be there",
    "too_long": "would pass their hours limit with this shift alone",
    "over_cap": "has too little allowance room left for this shift",
}


class OnlyWhenAvailable:
    """Workers are only planned inside their availability, never on days off or forbidden shifts.

    Variables exist only for possible pairs, so this rule only has to switch off pinned pairs
    that turn out impossible; it still names them, which is what the diagnosis needs.
    """

    def add(self, ctx: Context) -> list[Term]:
        for (wi, si), var in ctx.vars.x.items():
            reason = ctx.index.blocked(wi, si, mentor=False)
            if reason is not None:
                text = f"{worker_name(ctx.index, wi)} {REASON_WORDS[reason]} for {shift_name(ctx.index, si)}"
                post(ctx.model.add(var == 0), ctx.guards(("available", wi, si), text))
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, si in sorted(plan.pairs):
            reason = plan.index.blocked(wi, si, mentor=False)
            if reason is not None:
                out.append(f"{worker_name(plan.index, wi)} {REASON_WORDS[reason]} for {shift_name(plan.index, si)}")
        return out


class KeepPins:
    """Pinned assignments are always kept."""

    def add(self, ctx: Context) -> list[Term]:
        for wi, si in sorted(ctx.index.pins):
            text = f"the pin of {worker_name(ctx.index, wi)} on {shift_name(ctx.index, si)}"
            post(ctx.model.add(ctx.vars.x[wi, si] == 1), ctx.guards(("pin", wi, si), text))
        return []

    def violations(self, plan: Plan) -> list[str]:
        return [f"pinned {worker_name(plan.index, wi)} is missing from {shift_name(plan.index, si)}"
                for wi, si in sorted(plan.index.pins - plan.pairs)]
