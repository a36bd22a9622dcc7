"""API shapes for workers and their skills, availability and job-type preferences.

Hours travel as minutes and money as integer cents; times are local (Europe/Amsterdam)
wall-clock times as "HH:MM:SS", weekday 0 is Monday.
"""

from __future__ import annotations

from datetime import date, time
from typing import Annotated

import msgspec

from wijkwerk.tables.enums import AvailabilityKind, BenefitType, Preference, SkillLevel, WorkerStatus

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Email = Annotated[str, msgspec.Meta(max_length=200)]
Phone = Annotated[str, msgspec.Meta(max_length=40)]
Address = Annotated[str, msgspec.Meta(max_length=200)]
Languages = Annotated[str, msgspec.Meta(max_length=100, pattern=r"^[a-z]{2,3}(,[a-z]{2,3})*$")]
Limitations = Annotated[str, msgspec.Meta(max_length=2000)]
Reason = Annotated[str, msgspec.Meta(max_length=200)]
Id = Annotated[int, msgspec.Meta(ge=1)]
RateCents = Annotated[int, msgspec.Meta(ge=0, le=100_000)]
WeekMinutes = Annotated[int, msgspec.Meta(ge=0, le=7 * 24 * 60)]
DayMinutes = Annotated[int, msgspec.Meta(ge=0, le=24 * 60)]
Weekday = Annotated[int, msgspec.Meta(ge=0, le=6)]


class WorkerSkill(msgspec.Struct):
    skill_id: int
    skill_name: str
    level: str
    certificate_obtained_on: date | None
    certificate_expires_on: date | None
    # "valid", "expires_soon", "expired", or None without an expiry date.
    certificate_state: str | None


class WorkerSkillCreate(msgspec.Struct, forbid_unknown_fields=True):
    skill_id: Id
    level: SkillLevel = SkillLevel.learning
    certificate_obtained_on: date | None = None
    certificate_expires_on: date | None = None


class WorkerSkillUpdate(msgspec.Struct, forbid_unknown_fields=True):
    level: SkillLevel | msgspec.UnsetType = msgspec.UNSET
    certificate_obtained_on: date | None | msgspec.UnsetType = msgspec.UNSET
    certificate_expires_on: date | None | msgspec.UnsetType = msgspec.UNSET


class AvailabilityWindow(msgspec.Struct):
    id: int
    weekday: int
    start_time: time
    end_time: time


class AvailabilityWindowCreate(msgspec.Struct, forbid_unknown_fields=True):
    weekday: Weekday
    start_time: time
    end_time: time


class AvailabilityException(msgspec.Struct):
    id: int
    on_date: date
    kind: str
    start_time: time | None
    end_time: time | None
    reason: str


class AvailabilityExceptionCreate(msgspec.Struct, forbid_unknown_fields=True):
    on_date: date
    kind: AvailabilityKind = AvailabilityKind.unavailable
    start_time: time | None = None
    end_time: time | None = None
    reason: Reason = ""


class JobTypePreference(msgspec.Struct):
    job_type_id: int
    job_type_name: str
    preference: str


class JobTypePreferenceCreate(msgspec.Struct, forbid_unknown_fields=True):
    job_type_id: Id
    preference: Preference = Preference.like


class WorkerSummary(msgspec.Struct):
    id: int
    first_name: str
    last_name: str
    neighbourhood_id: int | None
    status: str
    target_minutes_per_week: int
    max_minutes_per_week: int


class Worker(msgspec.Struct):
    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    address: str
    neighbourhood_id: int | None
    birth_date: date
    languages: str
    benefit_type: str
    benefit_reported: bool
    benefit_reported_on: date | None
    rate_cents_per_hour: int
    target_minutes_per_week: int
    max_minutes_per_week: int
    max_minutes_per_day: int
    work_limitations: str
    starts_on: date
    status: str
    skills: list[WorkerSkill] = []
    windows: list[AvailabilityWindow] = []
    exceptions: list[AvailabilityException] = []
    preferences: list[JobTypePreference] = []


class WorkerCreate(msgspec.Struct, forbid_unknown_fields=True):
    """A new worker, optionally with skills, availability and preferences: all saved or none.

    The weekly target may not exceed the weekly maximum; windows on one weekday may not overlap.
    """

    first_name: Name
    last_name: Name
    birth_date: date
    starts_on: date
    email: Email = ""
    phone: Phone = ""
    address: Address = ""
    neighbourhood_id: Id | None = None
    languages: Languages = "nl"
    benefit_type: BenefitType = BenefitType.none
    benefit_reported: bool = False
    benefit_reported_on: date | None = None
    rate_cents_per_hour: RateCents = 0
    target_minutes_per_week: WeekMinutes = 0
    max_minutes_per_week: WeekMinutes = 0
    max_minutes_per_day: DayMinutes = 0
    work_limitations: Limitations = ""
    status: WorkerStatus = WorkerStatus.active
    skills: list[WorkerSkillCreate] = []
    windows: list[AvailabilityWindowCreate] = []
    exceptions: list[AvailabilityExceptionCreate] = []
    preferences: list[JobTypePreferenceCreate] = []


class WorkerUpdate(msgspec.Struct, forbid_unknown_fields=True):
    first_name: Name | msgspec.UnsetType = msgspec.UNSET
    last_name: Name | msgspec.UnsetType = msgspec.UNSET
    birth_date: date | msgspec.UnsetType = msgspec.UNSET
    starts_on: date | msgspec.UnsetType = msgspec.UNSET
    email: Email | msgspec.UnsetType = msgspec.UNSET
    phone: Phone | msgspec.UnsetType = msgspec.UNSET
    address: Address | msgspec.UnsetType = msgspec.UNSET
    neighbourhood_id: Id | None | msgspec.UnsetType = msgspec.UNSET
    languages: Languages | msgspec.UnsetType = msgspec.UNSET
    benefit_type: BenefitType | msgspec.UnsetType = msgspec.UNSET
    benefit_reported: bool | msgspec.UnsetType = msgspec.UNSET
    benefit_reported_on: date | None | msgspec.UnsetType = msgspec.UNSET
    rate_cents_per_hour: RateCents | msgspec.UnsetType = msgspec.UNSET
    target_minutes_per_week: WeekMinutes | msgspec.UnsetType = msgspec.UNSET
    max_minutes_per_week: WeekMinutes | msgspec.UnsetType = msgspec.UNSET
    max_minutes_per_day: DayMinutes | msgspec.UnsetType = msgspec.UNSET
    work_limitations: Limitations | msgspec.UnsetType = msgspec.UNSET
    status: WorkerStatus | msgspec.UnsetType = msgspec.UNSET


def plain(struct: msgspec.Struct) -> dict:
    """Set fields as builtins (enums become their codes, nested structs dicts), UNSET left out."""
    return msgspec.to_builtins(struct, builtin_types=(date, time))
