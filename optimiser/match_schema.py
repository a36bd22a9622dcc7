"""Input and output of job matching: people, openings and settings in; proposals and reasons out.

Skill levels are integers (1 learning, 2 competent, 3 can teach); hours are per week.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VACANCY = "vacancy"
GUARANTEE = "guarantee"


@dataclass(frozen=True)
class Diploma:
    course: str
    level: int  # MBO level 1-4
    crebo: str = ""


@dataclass(frozen=True)
class Requirement:
    skill: str
    min_level: int = 2
    certificate: bool = False  # a valid certificate for the skill is required


@dataclass(frozen=True)
class Person:
    id: str
    wanted_hours: int
    skills: dict[str, int] = field(default_factory=dict)
    certificates: frozenset[str] = frozenset()  # skills with a valid (unexpired) certificate
    neighbourhood: str | None = None
    preferred_sectors: frozenset[str] = frozenset()
    is_candidate: bool = False  # an AanDeBak candidate (only they can take guarantee places)
    diploma: Diploma | None = None
    guarantee: str | None = None  # id of the guarantee opening the candidate holds


@dataclass(frozen=True)
class Opening:
    id: str
    kind: str  # VACANCY or GUARANTEE
    sector: str
    hours: int
    capacity: int
    neighbourhood: str | None = None
    requirements: tuple[Requirement, ...] = ()
    diploma: Diploma | None = None  # the diploma a guarantee agreement asks for


@dataclass(frozen=True)
class MatchSettings:
    min_score: int = 30  # pairs scoring below this are not proposed
    hours_tolerance: int = 8  # more difference between wanted and offered hours is infeasible
    top_k: int | None = None  # keep only each person's k best pairs (None: all)
    time_limit_seconds: float = 10.0  # for the CP-SAT stage
    cp_sat_max_pairs: int = 5000  # above this, the total stage uses min-cost flow (also exact)
    workers: int = 2


@dataclass(frozen=True)
class MatchProblem:
    people: tuple[Person, ...]
    openings: tuple[Opening, ...]
    neighbours: frozenset[tuple[str, str]] = frozenset()  # either way round
    settings: MatchSettings = MatchSettings()


@dataclass(frozen=True)
class Reason:
    code: str
    points: int
    detail: str = ""


@dataclass(frozen=True)
class PairScore:
    person: str
    opening: str
    feasible: bool
    score: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Proposal:
    person: str
    opening: str
    score: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Unmatched:
    person: str
    reasons: tuple[Reason, ...]  # points = how many openings this reason applies to


@dataclass(frozen=True)
class MatchResult:
    status: str  # optimal, feasible (time limit hit), empty (nothing to match)
    proposals: tuple[Proposal, ...]
    unmatched: tuple[Unmatched, ...]
    matched: int
    min_score: int | None
    total_score: int
    pairs_considered: int
    elapsed_seconds: float
