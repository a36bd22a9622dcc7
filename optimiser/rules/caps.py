"""Hard rule: planned compensation stays within the remaining allowance room per month and year."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, post, worker_name


def euros(cents: int) -> str:
    return f"€{cents // 100},{cents % 100:02d}"


class StayWithinCapRoom:
    """Each shift's cost counts in the calendar month and year of its start, with no averaging."""

    def add(self, ctx: Context) -> list[Term]:
        for wi, worker in ctx.workers():
            if worker.cap_room is None or worker.rate_cents_per_hour == 0:
                continue
            for key, rooms in (("month", worker.cap_room.months), ("year", worker.cap_room.years)):
                groups: dict[str, list] = {}
                for si, var in ctx.vars.of_worker[wi]:
                    groups.setdefault(getattr(ctx.index.facts[si], key), []).append((si, var))
                for period, group in groups.items():
                    costs = [(ctx.index.cost(wi, si), var) for si, var in group]
                    if sum(c for c, _ in costs) <= rooms[period]:
                        continue
                    text = (f"the allowance room of {worker_name(ctx.index, wi)} in {period} "
                            f"({euros(rooms[period])} left)")
                    post(ctx.model.add(sum(c * v for c, v in costs) <= rooms[period]),
                         ctx.guards(("cap", wi, period), text))
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, worker in enumerate(plan.index.workers):
            if worker.cap_room is None:
                continue
            for key, rooms in (("month", worker.cap_room.months), ("year", worker.cap_room.years)):
                for period, cost in sorted(plan.cost_by(wi, key).items()):
                    if cost > rooms[period]:
                        out.append(f"{worker_name(plan.index, wi)} is planned {euros(cost)} in {period}, "
                                   f"above the {euros(rooms[period])} room")
        return out
