"""Soft rules that look beyond one shift: learning with a mentor, stability and team continuity."""

from __future__ import annotations

from ..plan import Plan
from .base import Context, Term


def learners(index) -> list[int]:
    return [wi for wi, w in enumerate(index.workers) if "learning" in w.skills.values()]


class LearningWithMentor:
    """Each learner should get at least one mentored shift in a skill they are learning.

    The mentor itself is guaranteed by the hard rule MentorForLearners; this term makes the
    pairing happen rather than merely be allowed.
    """

    def add(self, ctx: Context) -> list[Term]:
        weight = ctx.index.problem.weights.learning_missed
        parts = []
        for wi in learners(ctx.index):
            chances = [v for si, v in ctx.vars.of_worker[wi] if ctx.index.learns(wi, si)]
            missed = ctx.model.new_bool_var(f"learning_missed_{wi}")
            ctx.model.add_bool_or(chances + [missed])
            parts.append(missed)
        return [Term("learning_missed", weight * sum(parts))] if parts and weight else []

    def penalties(self, plan: Plan) -> dict[str, int]:
        weight = plan.index.problem.weights.learning_missed
        if not weight or not learners(plan.index):
            return {}
        missed = sum(1 for wi in learners(plan.index)
                     if not any(plan.index.learns(wi, si) for si in plan.shifts_of[wi]))
        return {"learning_missed": weight * missed}


def _previous(index) -> tuple[set[tuple[int, int]], set[int]]:
    pairs = {(index.worker_pos[w], index.shift_pos[s]) for w, s in index.problem.previous}
    return pairs, {si for _, si in pairs}


class StableRoster:
    """When re-planning, each dropped or added assignment on a previously planned shift counts."""

    def add(self, ctx: Context) -> list[Term]:
        pairs, shifts = _previous(ctx.index)
        weight = ctx.index.problem.weights.stability_change
        if not pairs or not weight:
            return []
        parts = []
        for (wi, si), var in ctx.vars.x.items():
            if si in shifts:
                parts.append(1 - var if (wi, si) in pairs else var)
        parts += [1 for pair in pairs if pair not in ctx.vars.x]
        return [Term("stability", weight * sum(parts))]

    def penalties(self, plan: Plan) -> dict[str, int]:
        pairs, shifts = _previous(plan.index)
        weight = plan.index.problem.weights.stability_change
        if not pairs or not weight:
            return {}
        added = sum(1 for wi, si in plan.pairs if si in shifts and (wi, si) not in pairs)
        return {"stability": weight * (added + len(pairs - plan.pairs))}


def recurring_jobs(index) -> dict[str, list[int]]:
    jobs: dict[str, list[int]] = {}
    for si, shift in enumerate(index.shifts):
        if shift.job:
            jobs.setdefault(shift.job, []).append(si)
    return {job: shifts for job, shifts in jobs.items() if len(shifts) > 1}


class TeamContinuity:
    """Per distinct worker on a recurring job (one with several shifts), so teams stay together."""

    def add(self, ctx: Context) -> list[Term]:
        weight = ctx.index.problem.weights.team_continuity
        if not weight:
            return []
        parts = []
        for job, shifts in recurring_jobs(ctx.index).items():
            members: dict[int, list] = {}
            for si in shifts:
                for wi, var in ctx.vars.of_shift[si]:
                    members.setdefault(wi, []).append(var)
            for wi, variables in members.items():
                on_job = ctx.model.new_bool_var(f"team_{job}_{wi}")
                for var in variables:
                    ctx.model.add_implication(var, on_job)
                parts.append(on_job)
        return [Term("team_continuity", weight * sum(parts))] if parts else []

    def penalties(self, plan: Plan) -> dict[str, int]:
        weight = plan.index.problem.weights.team_continuity
        jobs = recurring_jobs(plan.index)
        if not weight or not jobs:
            return {}
        distinct = sum(len({wi for si in shifts for wi in plan.workers_of[si]}) for shifts in jobs.values())
        return {"team_continuity": weight * distinct}
