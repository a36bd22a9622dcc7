"""API shapes for jobs (opdrachten), with their weekly recurrence and skill requirements nested."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated

import msgspec

from wijkwerk.catalog.schemas import RowId as Id
from wijkwerk.tables.enums import PriceKind, WorkMode

Title = Annotated[str, msgspec.Meta(min_length=1, max_length=150)]
Place = Annotated[str, msgspec.Meta(max_length=200)]
LongText = Annotated[str, msgspec.Meta(max_length=2000)]
Reason = Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
Cents = Annotated[int, msgspec.Meta(ge=0, le=100_000_000)]
Weekday = Annotated[int, msgspec.Meta(ge=0, le=6, description="0 = Monday … 6 = Sunday")]
Headcount = Annotated[int, msgspec.Meta(ge=0, le=500)]
Count = Annotated[int, msgspec.Meta(ge=1, le=500)]
LocalTime = Annotated[time, msgspec.Meta(description="Local Amsterdam time without offset, e.g. 09:00:00")]


class Recurrence(msgspec.Struct):
    id: int
    weekday: int
    start_time: time
    end_time: time
    headcount_min: int
    headcount_target: int
    headcount_max: int
    supervisor_required: bool


class RecurrenceIn(msgspec.Struct, forbid_unknown_fields=True):
    """A weekly slot; give the id of an existing slot to keep it (and its generated shifts' link)."""

    weekday: Weekday
    start_time: LocalTime
    end_time: LocalTime
    headcount_min: Headcount = 1
    headcount_target: Headcount = 1
    headcount_max: Headcount = 1
    supervisor_required: bool = False
    id: Id | None = None


class SkillRequirement(msgspec.Struct):
    skill: int
    skill_name: str
    minimum: int


class SkillRequirementIn(msgspec.Struct, forbid_unknown_fields=True):
    skill: Id
    # At least this many workers on each shift hold the skill.
    minimum: Count = 1


class Job(msgspec.Struct):
    id: int
    title: str
    client: int
    client_name: str
    job_type: int
    job_type_name: str
    neighbourhood: int
    neighbourhood_name: str
    meeting_point: str
    address: str
    what_to_bring: str
    work_mode: WorkMode
    additionality: str
    price_kind: PriceKind
    price_cents: int
    active_from: date
    active_until: date | None
    supervisor_name: str
    supervisor_phone: str
    recurrences: list[Recurrence]
    skill_requirements: list[SkillRequirement]


class JobCreate(msgspec.Struct, forbid_unknown_fields=True):
    title: Title
    client: Id
    job_type: Id
    neighbourhood: Id
    work_mode: WorkMode
    # Why this work is additional and does not displace a paid job (verdringing).
    additionality: Reason
    price_kind: PriceKind
    price_cents: Cents
    active_from: date
    active_until: date | None = None
    meeting_point: Place = ""
    address: Place = ""
    what_to_bring: LongText = ""
    supervisor_name: Annotated[str, msgspec.Meta(max_length=150)] = ""
    supervisor_phone: Annotated[str, msgspec.Meta(max_length=40)] = ""
    recurrences: Annotated[list[RecurrenceIn], msgspec.Meta(max_length=50)] = []
    skill_requirements: Annotated[list[SkillRequirementIn], msgspec.Meta(max_length=50)] = []


class JobUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """PATCH: only given fields change; a given `recurrences` or `skill_requirements` list replaces the old one."""

    title: Title | msgspec.UnsetType = msgspec.UNSET
    client: Id | msgspec.UnsetType = msgspec.UNSET
    job_type: Id | msgspec.UnsetType = msgspec.UNSET
    neighbourhood: Id | msgspec.UnsetType = msgspec.UNSET
    work_mode: WorkMode | msgspec.UnsetType = msgspec.UNSET
    additionality: Reason | msgspec.UnsetType = msgspec.UNSET
    price_kind: PriceKind | msgspec.UnsetType = msgspec.UNSET
    price_cents: Cents | msgspec.UnsetType = msgspec.UNSET
    active_from: date | msgspec.UnsetType = msgspec.UNSET
    active_until: date | None | msgspec.UnsetType = msgspec.UNSET
    meeting_point: Place | msgspec.UnsetType = msgspec.UNSET
    address: Place | msgspec.UnsetType = msgspec.UNSET
    what_to_bring: LongText | msgspec.UnsetType = msgspec.UNSET
    supervisor_name: Annotated[str, msgspec.Meta(max_length=150)] | msgspec.UnsetType = msgspec.UNSET
    supervisor_phone: Annotated[str, msgspec.Meta(max_length=40)] | msgspec.UnsetType = msgspec.UNSET
    recurrences: Annotated[list[RecurrenceIn], msgspec.Meta(max_length=50)] | msgspec.UnsetType = msgspec.UNSET
    skill_requirements: Annotated[list[SkillRequirementIn], msgspec.Meta(max_length=50)] | msgspec.UnsetType = (
        msgspec.UNSET
    )
