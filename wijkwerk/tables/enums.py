"""Enumerations shared by tables, schemas and forms; values are stored as short English codes."""

from enum import Enum


class ClientKind(str, Enum):
    gemeente = "gemeente"
    housing_corporation = "housing_corporation"
    other = "other"


class WorkMode(str, Enum):
    volunteer = "volunteer"  # vrijwilligersvergoeding, within the caps
    employee = "employee"  # on payroll, at least minimum wage
    placement = "placement"  # traject / werkervaringsplaats, unpaid


class PriceKind(str, Enum):
    per_shift = "per_shift"
    hourly = "hourly"


class BenefitType(str, Enum):
    bijstand = "bijstand"
    ww = "ww"
    wia = "wia"
    wajong = "wajong"
    none = "none"


class WorkerStatus(str, Enum):
    active = "active"
    paused = "paused"
    left = "left"


class SkillLevel(str, Enum):
    learning = "learning"
    competent = "competent"
    can_teach = "can_teach"


class AvailabilityKind(str, Enum):
    unavailable = "unavailable"
    extra = "extra"


class Preference(str, Enum):
    like = "like"
    dislike = "dislike"


class RosterStatus(str, Enum):
    draft = "draft"
    published = "published"
    superseded = "superseded"


class AssignmentRole(str, Enum):
    worker = "worker"
    mentor = "mentor"
    learner = "learner"


class AttendanceStatus(str, Enum):
    present = "present"
    excused = "excused"
    no_show = "no_show"


class Role(str, Enum):
    admin = "admin"
    manager = "manager"
    resident = "resident"
    funder = "funder"


class RuleStatus(str, Enum):
    official = "official"
    secondary = "secondary"  # from secondary sources
    unconfirmed = "unconfirmed"  # seeded from the previous year; an admin must confirm


class ProjectStatus(str, Enum):
    idea = "idea"
    running = "running"
    finished = "finished"


class GoalStatus(str, Enum):
    open = "open"
    achieved = "achieved"
    dropped = "dropped"


class SuggestionDecision(str, Enum):
    confirmed = "confirmed"
    dismissed = "dismissed"


class ExitKind(str, Enum):
    job = "job"  # regular paid work
    education = "education"
    other_benefit = "other_benefit"
    moved = "moved"
    unknown = "unknown"


class ContractType(str, Enum):
    none = "none"  # not a job, or not known
    permanent = "permanent"
    temporary = "temporary"
    on_call = "on_call"
    supported = "supported"  # with wage subsidy or a job coach


class BenefitEnded(str, Enum):
    fully = "fully"
    partly = "partly"
    no = "no"
    unknown = "unknown"


class FollowUpAnswer(str, Enum):
    yes = "yes"  # still in work and not back on benefit
    no = "no"
    unreachable = "unreachable"


def values(enum: type[Enum]) -> list[str]:
    return [member.value for member in enum]


class LedgerKind(str, Enum):
    """What a ledger entry is. Income and cost kinds are listed in wijkwerk.money.kinds."""

    revenue = "revenue"  # invoiced work for clients, booked from attendance
    subsidy = "subsidy"  # subsidies and grants, always from a funder
    other_income = "other_income"
    compensation = "compensation"  # volunteer allowances, booked from the payout list
    supervision = "supervision"
    materials = "materials"
    overhead = "overhead"
    reinvestment_spending = "reinvestment_spending"  # spent from an allocation, not an operating cost


class FunderKind(str, Enum):
    gemeente = "gemeente"
    fund = "fund"  # a foundation or wijkbudget
    lottery = "lottery"
    other = "other"


class GuaranteeKind(str, Enum):
    job = "job"
    internship = "internship"
    interview = "interview"


class CandidateState(str, Enum):
    """AanDeBak pipeline: enrolled → diploma → offer → placed; closed ends it without placement."""

    enrolled = "enrolled"
    diploma = "diploma"
    offer = "offer"
    placed = "placed"
    closed = "closed"


class VacancyStatus(str, Enum):
    open = "open"
    closed = "closed"


class OfferStatus(str, Enum):
    open = "open"
    accepted = "accepted"
    declined = "declined"
