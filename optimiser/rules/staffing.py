"""Hard rules on who is on one shift together: headcount ceiling, skill counts and mentors."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term, post, shift_name, worker_name


class MaxHeadcount:
    def add(self, ctx: Context) -> list[Term]:
        for si, shift in enumerate(ctx.index.shifts):
            people = [var for _, var in ctx.vars.of_shift[si]]
            if len(people) > shift.max_headcount:
                guard = ctx.guards(("max_headcount", si), f"the most people on {shift_name(ctx.index, si)}")
                post(ctx.model.add(sum(people) <= shift.max_headcount), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        return [f"{shift_name(plan.index, si)} has {len(ws)} people, more than {plan.index.shifts[si].max_headcount}"
                for si, ws in enumerate(plan.workers_of) if len(ws) > plan.index.shifts[si].max_headcount]


class RequiredSkills:
    """A staffed shift has its required number of skilled, certified people.

    The rule applies once anyone is on the shift: a shift nobody qualified can fill stays empty
    and is reported as a cover shortfall, so a roster is still returned.
    """

    def add(self, ctx: Context) -> list[Term]:
        for si, shift in enumerate(ctx.index.shifts):
            people = ctx.vars.of_shift[si]
            if not shift.required_skills or not people:
                continue
            staffed = ctx.model.new_bool_var(f"staffed_{si}")
            for _, var in people:
                ctx.model.add_implication(var, staffed)
            for skill, count in shift.required_skills.items():
                able = [var for wi, var in people if skill in ctx.index.counts_for(wi, si)]
                text = f"{shift_name(ctx.index, si)} needs {count} with skill '{skill}'"
                post(ctx.model.add(sum(able) >= count * staffed), ctx.guards(("skill", si, skill), text))
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for si, workers in enumerate(plan.workers_of):
            for skill, count in plan.index.shifts[si].required_skills.items():
                able = sum(1 for wi in workers if skill in plan.index.counts_for(wi, si))
                if workers and able < count:
                    out.append(f"{shift_name(plan.index, si)} has {able} with skill '{skill}', needs {count}")
        return out


class MentorForLearners:
    """A learner is on a shift that uses a skill they are learning only with a teacher of it."""

    def add(self, ctx: Context) -> list[Term]:
        for (wi, si), var in ctx.vars.x.items():
            for skill in sorted(ctx.index.learns(wi, si)):
                teachers = [v for ti, v in ctx.vars.of_shift[si] if ti != wi and skill in ctx.index.teaches(ti, si)]
                text = f"{worker_name(ctx.index, wi)} needs a mentor in '{skill}' on {shift_name(ctx.index, si)}"
                guard = ctx.guards(("mentor", wi, si), text)
                post(ctx.model.add_bool_or(teachers or [var.Not()]).only_enforce_if(var), guard)
        return []

    def violations(self, plan: Plan) -> list[str]:
        out = []
        for wi, si in sorted(plan.pairs):
            for skill in sorted(plan.index.learns(wi, si)):
                if not any(skill in plan.index.teaches(ti, si) for ti in plan.workers_of[si] if ti != wi):
                    out.append(f"{worker_name(plan.index, wi)} is learning '{skill}' on "
                               f"{shift_name(plan.index, si)} without a teacher")
        return out
