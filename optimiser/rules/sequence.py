"""Hard rules on runs of days: consecutive shifts, consecutive days off, and working weekends.

Days outside the period count as days off for the maximum run; a too-short run that touches
the first or last day is allowed, because it may continue beyond the period (the Curtois rule).
"""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, post, worker_name


def runs(days: set[int], horizon: int, working: bool) -> list[tuple[int, int]]:
    """Maximal runs [first, last] of worked (or free) days within the period."""
    out, first = [], None
    for day in range(horizon + 1):
        inside = day < horizon and ((day in days) == working)
        if inside and first is None:
            first = day
        elif not inside and first is not None:
            out.append((first, day - 1))
            first = None
    return out


def _short_inner_runs(days: set[int], horizon: int, working: bool, minimum: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in runs(days, horizon, working)
            if b - a + 1 < minimum and a > 0 and b < horizon - 1]


class MaxConsecutiveDays:
    """At most K worked days in any window of K + 1 days."""

    def add(self, ctx: Context) -> list[Term]:
        horizon = ctx.index.days
        for wi, worker in ctx.workers():
            limit = worker.max_consecutive_days
            if limit is None or limit >= horizon:
                continue
            guard = ctx.guards(("max_run", wi), f"the most days in a row for {worker_name(ctx.index, wi)}")
            for start in range(horizon - limit):
                window = [ctx.vars.work(wi, d) for d in range(start, start + limit + 1)]
                window = [lit for lit in window if lit is not ctx.vars.false()]
                if len(window) > limit:
                    post(ctx.model.add(sum(window) <= limit), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        return [f"{worker_name(plan.index, wi)} works {b - a + 1} days in a row from day {a}, "
                f"more than {w.max_consecutive_days}"
                for wi, w in enumerate(plan.index.workers) if w.max_consecutive_days is not None
                for a, b in runs(plan.days_worked(wi), plan.index.days, True) if b - a + 1 > w.max_consecutive_days]


class _MinRun:
    """Forbids each too-short inner run with one clause: a neighbour differs or the run breaks."""

    field = "min_consecutive_days"
    working = True
    words = "days in a row"

    def add(self, ctx: Context) -> list[Term]:
        horizon, never = ctx.index.days, ctx.vars.false()
        for wi, worker in ctx.workers():
            minimum = getattr(worker, self.field)
            if not minimum or minimum < 2:
                continue
            guard = ctx.guards((self.field, wi), f"the fewest {self.words} for {worker_name(ctx.index, wi)}")
            work = [ctx.vars.work(wi, d) for d in range(horizon)]
            for first in range(1, horizon - 1):
                for last in range(first, min(first + minimum - 1, horizon - 1)):
                    clause = self._clause(work, first, last, never)
                    if clause is not None:
                        post(ctx.model.add_bool_or(clause), guard)
        return []

    def _clause(self, work, first: int, last: int, never):
        inner, edges = work[first:last + 1], (work[first - 1], work[last + 1])
        if self.working:  # a work run: a neighbour works, or some inner day is free
            if any(lit is never for lit in inner):
                return None
            return [e for e in edges if e is not never] + [lit.Not() for lit in inner]
        if any(e is never for e in edges):  # an off run next to a day that can never be worked
            return None
        return [e.Not() for e in edges] + [lit for lit in inner if lit is not never]

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, worker in enumerate(plan.index.workers):
            minimum = getattr(worker, self.field)
            if minimum:
                out += [f"{worker_name(plan.index, wi)} has only {b - a + 1} {self.words} from day {a}, "
                        f"fewer than {minimum}"
                        for a, b in _short_inner_runs(plan.days_worked(wi), plan.index.days, self.working, minimum)]
        return out


class MinConsecutiveDays(_MinRun):
    pass


class MinConsecutiveDaysOff(_MinRun):
    field = "min_consecutive_days_off"
    working = False
    words = "days off in a row"


def weekends(index) -> dict[int, list[int]]:
    """Weekend number -> its Saturday and Sunday within the period."""
    out: dict[int, list[int]] = {}
    offset = index.problem.period_start.weekday()
    for day in range(index.days):
        if (day + offset) % 7 >= 5:
            out.setdefault((day + offset) // 7, []).append(day)
    return out


class MaxWeekends:
    """A weekend counts as worked when either day is; at most the worker's limit of them."""

    def add(self, ctx: Context) -> list[Term]:
        never = ctx.vars.false()
        for wi, worker in ctx.workers():
            if worker.max_weekends is None:
                continue
            flags = []
            for number, days in weekends(ctx.index).items():
                lits = [ctx.vars.work(wi, d) for d in days if ctx.vars.work(wi, d) is not never]
                if len(lits) == 1:
                    flags.append(lits[0])
                elif lits:
                    flag = ctx.model.new_bool_var(f"weekend_{wi}_{number}")
                    for lit in lits:
                        ctx.model.add_implication(lit, flag)
                    flags.append(flag)
            if len(flags) > worker.max_weekends:
                guard = ctx.guards(("weekends", wi), f"the most weekends for {worker_name(ctx.index, wi)}")
                post(ctx.model.add(sum(flags) <= worker.max_weekends), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, worker in enumerate(plan.index.workers):
            worked = plan.days_worked(wi)
            count = sum(1 for days in weekends(plan.index).values() if worked & set(days))
            if worker.max_weekends is not None and count > worker.max_weekends:
                out.append(f"{worker_name(plan.index, wi)} works {count} weekends, more than {worker.max_weekends}")
        return out
