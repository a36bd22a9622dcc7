"""Assembles the solution: assignments, per-worker and per-shift reports, metrics, solver figures."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .explain import shift_reasons, worker_reasons
from .index import Index
from .plan import Plan
from .rules.fairness import SCALE, catch_up_weight, fair_workers, relative_shortfall_bp
from .schema import SolveOptions
from .validation import check_plan


@dataclass
class Solution:
    status: str
    assignments: list[tuple[str, str]]
    objective: int | None = None
    terms: dict[str, int] = field(default_factory=dict)
    bound: int | None = None
    gap: float | None = None
    wall_time_s: float = 0.0
    build_time_s: float = 0.0
    first_roster_s: float | None = None  # from the start of the solve to the first roster it held
    seed: int = 0
    workers: int = 1
    deterministic: bool = True
    stages: list[dict] = field(default_factory=list)
    worker_reports: list[dict] = field(default_factory=list)
    shift_reports: list[dict] = field(default_factory=list)
    fairness: dict = field(default_factory=dict)
    diagnosis: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["assignments"] = [{"worker": w, "shift": s} for w, s in self.assignments]
        return out


def _worker_report(plan: Plan, wi: int, positions: dict[int, int]) -> dict:
    index, worker = plan.index, plan.index.workers[wi]
    worked = plan.worked_minutes(wi)
    money = {}
    if worker.cap_room is not None:
        for key, rooms in (("month", worker.cap_room.months), ("year", worker.cap_room.years)):
            planned = plan.cost_by(wi, key)
            money.update({period: {"planned_cents": planned.get(period, 0), "room_cents": room}
                          for period, room in sorted(rooms.items())})
    cumulative = index.cumulative_target(wi)
    return {
        "worker": worker.id, "worked_minutes": worked, "target_minutes": worker.target_minutes,
        "need_minutes": index.need(wi), "attainable_minutes": index.attainable[wi],
        "planned_cents": sum(index.cost(wi, si) for si in plan.shifts_of[wi]), "cap_room": money,
        "fairness": {
            "cumulative_fulfilment": round((worker.history.worked_minutes + worked) / cumulative, 4)
            if cumulative else None,
            "relative_shortfall_bp": _optimised_bp(index, wi, worked)
            if cumulative else 0,
            "position": positions.get(wi),
        },
        "reasons": worker_reasons(plan, wi),
    }


def _optimised_bp(index: Index, wi: int, worked: int) -> int:
    """The engine's fairness measure for one person: shortfall against attainable need, in basis
    points of the cumulative target, times their catch-up weight."""
    short = max(0, index.attainable[wi] - worked)
    return relative_shortfall_bp(catch_up_weight(index, wi) * short, index.cumulative_target(wi))


def _positions(plan: Plan) -> dict[int, int]:
    """1 = furthest behind on the fairness measure the engine optimises."""
    index = plan.index
    score = {wi: _optimised_bp(index, wi, plan.worked_minutes(wi)) for wi in fair_workers(index)}
    ordered = sorted(score, key=lambda wi: (-score[wi], index.workers[wi].id))
    return {wi: rank + 1 for rank, wi in enumerate(ordered)}


def _shift_report(plan: Plan, si: int) -> dict:
    shift, count = plan.index.shifts[si], len(plan.workers_of[si])
    return {"shift": shift.id, "assigned": count, "min_headcount": shift.min_headcount,
            "target_headcount": shift.target_headcount, "max_headcount": shift.max_headcount,
            "short_of_minimum": max(0, shift.min_headcount - count),
            "short_of_target": max(0, shift.target_headcount - count), "reasons": shift_reasons(plan, si)}


def make_solution(index: Index, pairs, status: str, stages, diagnosis: list[str],
                  options: SolveOptions, wall_time: float) -> Solution:
    solution = Solution(status, [], wall_time_s=round(wall_time, 3), seed=options.seed,
                        workers=options.workers, deterministic=options.deterministic,
                        stages=[asdict(s) for s in stages], diagnosis=diagnosis)
    if pairs is None:
        return solution
    plan = Plan(index, pairs)
    report = check_plan(plan)
    positions = _positions(plan)
    solution.assignments = sorted((index.workers[wi].id, index.shifts[si].id) for wi, si in pairs)
    solution.terms, solution.objective = report.terms, report.objective
    solution.violations, solution.fairness = report.violations, report.metrics
    final = stages[-1]
    solution.bound = final.bound
    if final.bound is not None and solution.objective is not None:
        solution.gap = round(max(0, solution.objective - final.bound) / max(1, abs(solution.objective)), 6)
    solution.worker_reports = [_worker_report(plan, wi, positions) for wi in range(len(index.workers))]
    solution.shift_reports = [_shift_report(plan, si) for si in range(len(index.shifts))]
    # The measure the engine optimises: shortfall against attainable need, cumulative target.
    solution.fairness["optimised_max_shortfall"] = max(
        (r["fairness"]["relative_shortfall_bp"] for r in solution.worker_reports), default=0) / SCALE
    return solution

