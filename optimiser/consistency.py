"""Cross-field checks on a parsed problem: references, periods and cap room that must line up."""

from __future__ import annotations

from .parsing import ProblemError
from .schema import Problem


def _unique(ids: list[str], what: str) -> dict[str, int]:
    seen: dict[str, int] = {}
    for i, ident in enumerate(ids):
        if ident in seen:
            raise ProblemError(f"{what}[{i}].id", f"duplicates {what}[{seen[ident]}] ({ident!r})")
        seen[ident] = i
    return seen


def _check_refs(problem: Problem, workers: dict, shifts: dict) -> None:
    for key in ("pins", "forbidden", "previous"):
        for i, (worker, shift) in enumerate(getattr(problem, key)):
            if worker not in workers:
                raise ProblemError(f"{key}[{i}].worker", f"unknown worker {worker!r}")
            if shift not in shifts:
                raise ProblemError(f"{key}[{i}].shift", f"unknown shift {shift!r}")
    for i, req in enumerate(problem.requests):
        if req.worker not in workers:
            raise ProblemError(f"requests[{i}].worker", f"unknown worker {req.worker!r}")
        if req.shift not in shifts:
            raise ProblemError(f"requests[{i}].shift", f"unknown shift {req.shift!r}")
    forbidden = set(problem.forbidden)
    for i, pin in enumerate(problem.pins):
        if pin in forbidden:
            raise ProblemError(f"pins[{i}]", f"{pin[0]} on {pin[1]} is also forbidden")


def _check_shifts_in_period(problem: Problem) -> None:
    if problem.period_end < problem.period_start:
        raise ProblemError("period.end", "is before period.start")
    for i, shift in enumerate(problem.shifts):
        day = shift.start.date()
        if not problem.period_start <= day <= problem.period_end:
            raise ProblemError(f"shifts[{i}].start", f"{day} is outside the period")


def _check_cap_rooms(problem: Problem) -> None:
    months = {s.start.strftime("%Y-%m") for s in problem.shifts}
    years = {s.start.strftime("%Y") for s in problem.shifts}
    for i, worker in enumerate(problem.workers):
        room = worker.cap_room
        if room is None:
            continue
        for key, needed in (("months", months), ("years", years)):
            missing = sorted(needed - set(getattr(room, key)))
            if missing:
                raise ProblemError(f"workers[{i}].cap_room_cents.{key}",
                                   f"has no room for {', '.join(missing)}, which the period touches")


def check_consistency(problem: Problem) -> None:
    workers = _unique([w.id for w in problem.workers], "workers")
    shifts = _unique([s.id for s in problem.shifts], "shifts")
    _check_refs(problem, workers, shifts)
    _check_shifts_in_period(problem)
    _check_cap_rooms(problem)
