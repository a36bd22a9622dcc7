"""All Wijkwerk tables, in dependency order (parents before children)."""

from wijkwerk.tables.accounts import CalendarFeed, LoginToken, Session, User
from wijkwerk.tables.clients import Client, Job, JobRecurrence, JobType
from wijkwerk.tables.places import Neighbourhood
from wijkwerk.tables.planning import OutboxMessage, SolveJob
from wijkwerk.tables.projects import NeighbourhoodProject
from wijkwerk.tables.rosters import AbsenceReport, Assignment, Attendance, Roster
from wijkwerk.tables.rules import CompensationCap, MinimumWage, OtherAllowance
from wijkwerk.tables.shifts import JobSkillRequirement, Shift, ShiftSkillRequirement
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
]

__all__ = [table.__name__ for table in ALL_TABLES] + ["ALL_TABLES"]
