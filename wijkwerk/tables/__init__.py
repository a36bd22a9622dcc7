"""All Wijkwerk tables, in dependency order (parents before children)."""

from wijkwerk.tables.aandebak import (
    Candidate, CandidateFollowUp, CandidateStep, Employer, GuaranteeAgreement, MediationAction, Sector,
)
from wijkwerk.tables.accounts import CalendarFeed, LoginToken, Session, User
from wijkwerk.tables.clients import Client, Job, JobRecurrence, JobType
from wijkwerk.tables.ledger import Allocation, Funder, LedgerEntry
from wijkwerk.tables.outflow import ExitFollowUp, WorkerExit
from wijkwerk.tables.places import Neighbourhood, NeighbourhoodNeighbour
from wijkwerk.tables.planning import OutboxMessage, SolveJob
from wijkwerk.tables.progression import (
    ProgressionDimension, ProgressionInstrument, ProgressionLevel, ProgressionMeasurement, SkillLevelDecision,
    WorkerGoal,
)
from wijkwerk.tables.projects import NeighbourhoodProject, ProjectOutcome
from wijkwerk.tables.reports import ReportPublication, ReportShareLink
from wijkwerk.tables.rosters import AbsenceReport, Assignment, Attendance, Roster
from wijkwerk.tables.rules import CompensationCap, MinimumWage, OtherAllowance
from wijkwerk.tables.shifts import JobSkillRequirement, Shift, ShiftSkillRequirement
from wijkwerk.tables.vacancies import (
    JobOffer, JobSeekerProfile, JobSeekerSector, MatchProposal, MatchRun, Vacancy, VacancyRequirement,
)
from wijkwerk.tables.workers import (
    AvailabilityException, AvailabilityWindow, JobTypePreference, Skill, Worker, WorkerSkill,
)

ALL_TABLES = [
    Neighbourhood, Client, JobType, Job, JobRecurrence, Skill, Worker, WorkerSkill,
    AvailabilityWindow, AvailabilityException, JobTypePreference, JobSkillRequirement, Shift,
    ShiftSkillRequirement,
    CompensationCap, MinimumWage, Roster, Assignment, Attendance, User, Session, LoginToken,
    NeighbourhoodProject, SolveJob, OutboxMessage, CalendarFeed, AbsenceReport,
    OtherAllowance,
    ProgressionInstrument, ProgressionDimension, ProgressionLevel, ProgressionMeasurement, WorkerGoal,
    SkillLevelDecision, WorkerExit, ExitFollowUp, ProjectOutcome, Funder, Allocation, LedgerEntry,
    # Matching and AanDeBak guarantees.
    NeighbourhoodNeighbour, Sector, Employer, GuaranteeAgreement, Candidate, CandidateStep,
    MediationAction, CandidateFollowUp, Vacancy, VacancyRequirement, JobSeekerProfile, JobSeekerSector,
    MatchRun, MatchProposal, JobOffer,
    ReportShareLink, ReportPublication,
]

__all__ = [table.__name__ for table in ALL_TABLES] + ["ALL_TABLES"]
