"""The optimiser's input and output data: plain frozen dataclasses, no behaviour.

Times are timezone-aware datetimes, durations are integer minutes and money is integer cents.
Parsing from JSON lives in `parsing.py`, the solution's JSON shape in `output.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable
from datetime import date, datetime

LEVELS = ("learning", "competent", "teaching")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Window:
    """A half-open time window [start, end)."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class Shift:
    id: str
    start: datetime
    end: datetime
    job: str = ""
    job_type: str = ""
    shift_type: str = ""
    neighbourhood: str = ""
    min_headcount: int = 0
    target_headcount: int = 1
    max_headcount: int = 1
    required_skills: dict[str, int] = field(default_factory=dict)
    mentor_needed: bool = True
    # False for work that is not paid as a volunteer allowance (a wage, or an unpaid placement):
    # it then costs nothing against the allowance caps.
    allowance: bool = True
    # Per-shift cover weights override Weights.cover_target / cover_over_target (Curtois uses them).
    under_target_weight: int | None = None
    over_target_weight: int | None = None


@dataclass(frozen=True)
class Certificate:
    valid_from: date
    valid_to: date


@dataclass(frozen=True)
class CapRoom:
    """Remaining volunteer-allowance room in cents, per calendar month ("2026-01") and year ("2026")."""

    months: dict[str, int]
    years: dict[str, int]


@dataclass(frozen=True)
class History:
    """Earlier periods: the summed targets and the minutes actually worked."""

    target_minutes: int = 0
    worked_minutes: int = 0

    @property
    def balance_minutes(self) -> int:
        return self.worked_minutes - self.target_minutes


@dataclass(frozen=True)
class Worker:
    id: str
    name: str = ""
    skills: dict[str, str] = field(default_factory=dict)
    certificates: dict[str, Certificate] = field(default_factory=dict)
    availability: tuple[Window, ...] | None = None  # None means always available
    unavailable: tuple[Window, ...] = ()
    days_off: tuple[date, ...] = ()
    max_minutes_per_day: int | None = None
    max_minutes_per_week: int | None = None
    max_shifts_per_day: int = 1
    min_rest_minutes: int = 0
    target_minutes: int = 0
    min_minutes: int = 0
    max_minutes: int | None = None
    rate_cents_per_hour: int = 0
    cap_room: CapRoom | None = None  # None: not paid on a capped allowance
    history: History = field(default_factory=History)
    liked_job_types: frozenset[str] = frozenset()
    disliked_job_types: frozenset[str] = frozenset()
    preferred_days: frozenset[int] = frozenset()  # 0 = Monday
    neighbourhood: str = ""
    areas: frozenset[str] | None = None  # neighbourhoods they will work in; None = anywhere
    max_consecutive_days: int | None = None
    min_consecutive_days: int | None = None
    min_consecutive_days_off: int | None = None
    max_weekends: int | None = None
    max_shifts_per_type: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    """A wish about one shift: kind "on" costs `weight` if not worked, "off" if worked."""

    worker: str
    shift: str
    kind: str
    weight: int


@dataclass(frozen=True)
class Weights:
    """Penalty per unit of each soft term; the defaults are documented in docs/optimiser.md."""

    cover_minimum: int = 1_000_000  # per person missing below a shift's minimum headcount
    cover_target: int = 10_000  # per person missing below the target headcount
    cover_over_target: int = 50  # per person above the target headcount
    fairness_max_shortfall: int = 20  # per basis point (0.01%) of the largest relative shortfall
    fairness_max_need_shortfall: int = 5  # the same against full need, to rank people both capped
    fairness_total_shortfall: int = 1  # per minute of shortfall against attainable need
    disliked_job: int = 60  # per shift of a disliked job type
    unliked_job: int = 10  # per shift not among the liked job types (only if some are liked)
    unpreferred_day: int = 20  # per shift on a day not preferred (only if some days are)
    learning_missed: int = 300  # per learner who gets no mentored shift in a skill they learn
    stability_change: int = 200  # per assignment added to or dropped from the previous roster
    team_continuity: int = 30  # per extra distinct worker on a recurring job
    proximity: int = 10  # per step away from one's own neighbourhood (nearby = 1, further = 2)
    lexicographic_fairness: bool = True


@dataclass(frozen=True)
class Problem:
    period_start: date
    period_end: date  # inclusive
    shifts: tuple[Shift, ...]
    workers: tuple[Worker, ...]
    pins: tuple[tuple[str, str], ...] = ()
    forbidden: tuple[tuple[str, str], ...] = ()
    previous: tuple[tuple[str, str], ...] = ()
    requests: tuple[Request, ...] = ()
    cannot_follow: tuple[tuple[str, str], ...] = ()  # (shift type, type barred the next day)
    certified_skills: frozenset[str] = frozenset()  # skills that need a valid certificate
    nearby: dict[str, frozenset[str]] = field(default_factory=dict)
    weights: Weights = field(default_factory=Weights)

    @property
    def horizon_days(self) -> int:
        return (self.period_end - self.period_start).days + 1


@dataclass(frozen=True)
class SolveOptions:
    time_limit_s: float = 10.0
    workers: int = 2
    seed: int = 0
    # Deterministic search (interleaved, deterministic time) gives the same roster for the same
    # seed and worker count; wall-clock mode is faster on hard instances but can vary.
    deterministic: bool = True
    hint: tuple[tuple[str, str], ...] = ()
    # Roster-shaped LNS after CP-SAT's own search; CP-SAT gets this share of the last stage.
    lns: bool = False
    cpsat_share: float = 0.4
    # Share of the time for re-planning person by person before CP-SAT (sweep.py), on problems
    # whose hard rules never link people and whose objective is cover and requests (Curtois).
    sweep_share: float = 0.1
    log: bool = False
    # Called with {"stage", "objective", "bound", "elapsed_s"} as better rosters are found (at most
    # twice a second), so a caller can show the best objective so far. It must not raise.
    progress: Callable[[dict], None] | None = None
