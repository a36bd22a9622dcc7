"""Precomputed facts about a problem that both the model and the validator use.

Works in integer minutes since the epoch and day numbers within the period, so no rule has to
touch datetimes. Everything here is pure and derived only from the `Problem`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .schema import Problem, Shift, Worker, Window

TEACH, LEARN = "teaching", "learning"


def minutes(moment) -> int:
    return int(moment.timestamp()) // 60


@dataclass(frozen=True)
class ShiftFacts:
    start: int
    end: int
    minutes: int
    day: int
    weekday: int
    week: int  # Monday-based calendar week number within the period
    month: str
    year: str


def _facts(problem: Problem, shift: Shift) -> ShiftFacts:
    local = shift.start.date()
    day = (local - problem.period_start).days
    first_monday_offset = problem.period_start.weekday()
    return ShiftFacts(minutes(shift.start), minutes(shift.end), minutes(shift.end) - minutes(shift.start),
                      day, local.weekday(), (day + first_monday_offset) // 7,
                      local.strftime("%Y-%m"), local.strftime("%Y"))


def _spans(windows: tuple[Window, ...] | None) -> list[tuple[int, int]] | None:
    return None if windows is None else [(minutes(w.start), minutes(w.end)) for w in windows]


def _by_day(spans: list[tuple[int, int]] | None) -> dict[int, list[tuple[int, int]]] | None:
    """Windows filed under every UTC day they touch, so a shift only looks at its own day's."""
    if spans is None:
        return None
    out: dict[int, list[tuple[int, int]]] = {}
    for a, b in spans:
        for day in range(a // 1440, (b - 1) // 1440 + 1):
            out.setdefault(day, []).append((a, b))
    return out


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


class Index:
    """Lookups by position: workers and shifts are addressed by their index in the problem."""

    def __init__(self, problem: Problem):
        self.problem = problem
        self.workers = problem.workers
        self.shifts = problem.shifts
        self.worker_pos = {w.id: i for i, w in enumerate(problem.workers)}
        self.shift_pos = {s.id: i for i, s in enumerate(problem.shifts)}
        self.facts = [_facts(problem, s) for s in problem.shifts]
        self.days = problem.horizon_days
        self.pins = {(self.worker_pos[w], self.shift_pos[s]) for w, s in problem.pins}
        self.forbidden = {(self.worker_pos[w], self.shift_pos[s]) for w, s in problem.forbidden}
        self._available = [_by_day(_spans(w.availability)) for w in problem.workers]
        self._unavailable = [_spans(w.unavailable) for w in problem.workers]
        self._days_off = [{(d - problem.period_start).days for d in w.days_off} for w in problem.workers]

    def cost(self, wi: int, si: int) -> int:
        """Compensation in cents, rounded up so that the cap check can never under-count."""
        if not self.shifts[si].allowance:
            return 0
        rate = self.workers[wi].rate_cents_per_hour
        return -(-rate * self.facts[si].minutes // 60)

    def _skill_valid(self, worker: Worker, skill: str, si: int) -> bool:
        if skill not in self.problem.certified_skills:
            return True
        cert = worker.certificates.get(skill)
        return cert is not None and cert.valid_from <= self.shifts[si].start.date() <= cert.valid_to

    def counts_for(self, wi: int, si: int) -> frozenset[str]:
        """Required skills of the shift that this worker may fill (competent or teaching, certified)."""
        worker = self.workers[wi]
        return frozenset(k for k in self.shifts[si].required_skills
                         if worker.skills.get(k) in ("competent", TEACH) and self._skill_valid(worker, k, si))

    def teaches(self, wi: int, si: int) -> frozenset[str]:
        worker = self.workers[wi]
        return frozenset(k for k in self.shifts[si].required_skills
                         if worker.skills.get(k) == TEACH and self._skill_valid(worker, k, si))

    def learns(self, wi: int, si: int) -> frozenset[str]:
        """Skills of the shift this worker is learning: they may only be there with a teacher."""
        worker, shift = self.workers[wi], self.shifts[si]
        if not shift.mentor_needed:
            return frozenset()
        return frozenset(k for k in shift.required_skills if worker.skills.get(k) == LEARN)

    def blocked(self, wi: int, si: int, mentor: bool = True) -> str | None:
        """Why this worker can never take this shift (a reason code), or None if they can."""
        worker, shift, f = self.workers[wi], self.shifts[si], self.facts[si]
        # Cheapest checks first: this runs for every (worker, shift) pair of a city.
        if (wi, si) in self.forbidden:
            return "forbidden"
        if worker.areas is not None and shift.neighbourhood not in worker.areas:
            return "outside_area"
        if worker.max_shifts_per_type.get(shift.shift_type, 1) == 0 or worker.max_shifts_per_day == 0:
            return "not_this_type"
        available = self._available[wi]
        if available is not None and not _inside_any(available.get(f.start // 1440, ()), f.start, f.end):
            return "unavailable"
        if f.day in self._days_off[wi] or _overlaps_any(self._unavailable[wi], f.start, f.end):
            return "unavailable"
        if self._too_long(worker, f):
            return "too_long"
        if worker.cap_room is not None and self.cost(wi, si) > min(
                worker.cap_room.months[f.month], worker.cap_room.years[f.year]):
            return "over_cap"
        if mentor and any(not self._teacher_possible(si, k) for k in self.learns(wi, si)):
            return "no_mentor"
        return None

    @staticmethod
    def _too_long(worker: Worker, f: ShiftFacts) -> bool:
        limits = (worker.max_minutes_per_day, worker.max_minutes_per_week, worker.max_minutes)
        return any(limit is not None and f.minutes > limit for limit in limits)

    def _teacher_possible(self, si: int, skill: str) -> bool:
        return skill in self._teachable[si]

    @cached_property
    def _teachable(self) -> list[frozenset[str]]:
        teachers = [wi for wi, w in enumerate(self.workers) if TEACH in w.skills.values()]
        out = []
        for si in range(len(self.shifts)):
            skills: set[str] = set()
            if self.shifts[si].required_skills:
                for wi in teachers:
                    if self.blocked(wi, si, mentor=False) is None:
                        skills |= self.teaches(wi, si)
            out.append(frozenset(skills))
        return out

    @cached_property
    def eligible(self) -> list[list[int]]:
        """Per worker, the shifts a variable is made for: the possible ones plus their pins."""
        return [[si for si in range(len(self.shifts))
                 if (wi, si) in self.pins or self.blocked(wi, si) is None]
                for wi in range(len(self.workers))]

    @cached_property
    def by_shift(self) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in self.shifts]
        for wi, shifts in enumerate(self.eligible):
            for si in shifts:
                out[si].append(wi)
        return out

    def need(self, wi: int) -> int:
        """Minutes owed this period: this period's target plus any deficit carried from history."""
        worker = self.workers[wi]
        return max(0, worker.target_minutes - worker.history.balance_minutes)

    def cumulative_target(self, wi: int) -> int:
        worker = self.workers[wi]
        return worker.target_minutes + worker.history.target_minutes

    @cached_property
    def attainable(self) -> list[int]:
        return [min(self.need(wi), self.capacity(wi)) for wi in range(len(self.workers))]

    def capacity(self, wi: int) -> int:
        """An upper bound on the minutes this worker could be given, from their own limits alone.

        Fairness is measured against need clipped by this bound, so that someone away all week
        does not set the largest shortfall for everyone else.
        """
        worker = self.workers[wi]
        per_day: dict[int, list[int]] = {}
        for si in self.eligible[wi]:
            if (wi, si) not in self.pins or self.blocked(wi, si) is None:  # eligible: pinned or possible
                per_day.setdefault(self.facts[si].day, []).append(self.facts[si].minutes)
        day_cap = worker.max_minutes_per_day
        total = sum(min(sum(sorted(m)[-worker.max_shifts_per_day:]), day_cap if day_cap is not None else 10**9)
                    for m in per_day.values())
        bounds = [total]
        if worker.max_minutes is not None:
            bounds.append(worker.max_minutes)
        if worker.max_minutes_per_week is not None:
            weeks = {self.facts[si].week for si in self.eligible[wi]}
            bounds.append(worker.max_minutes_per_week * len(weeks))
        if worker.cap_room is not None and worker.rate_cents_per_hour > 0:
            bounds.append(self._cap_minutes(wi))
        return max(0, min(bounds))

    def _cap_minutes(self, wi: int) -> int:
        """Minutes the remaining allowance room can pay for, month by month and within the year."""
        worker = self.workers[wi]
        rate, room = worker.rate_cents_per_hour, worker.cap_room
        by_month: dict[str, int] = {}
        for si in self.eligible[wi]:
            by_month[self.facts[si].month] = by_month.get(self.facts[si].month, 0) + self.facts[si].minutes
        per_month = sum(min(m, room.months[month] * 60 // rate) for month, m in by_month.items())
        return min(per_month, sum(room.years.values()) * 60 // rate)
