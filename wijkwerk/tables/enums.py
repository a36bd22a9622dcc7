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


def values(enum: type[Enum]) -> list[str]:
    return [member.value for member in enum]


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
