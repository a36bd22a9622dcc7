"""API shapes for shifts: aware datetimes in, UTC ISO datetimes out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec

Headcount = Annotated[int, msgspec.Meta(ge=0, le=500)]
Count = Annotated[int, msgspec.Meta(ge=1, le=500)]
Note = Annotated[str, msgspec.Meta(max_length=2000)]


class SkillRequirement(msgspec.Struct, forbid_unknown_fields=True):
    skill: int
    minimum: Count = 1


class Shift(msgspec.Struct):
    id: int
    job: int
    job_title: str
    starts_at: datetime
    ends_at: datetime
    headcount_min: int
    headcount_target: int
    headcount_max: int
    supervisor_required: bool
    cancelled: bool
    note: str
    source: str
    requirements: list[SkillRequirement]


class ShiftCreate(msgspec.Struct, forbid_unknown_fields=True):
    job: int
    starts_at: datetime
    ends_at: datetime
    headcount_min: Headcount = 1
    headcount_target: Headcount = 1
    headcount_max: Headcount = 1
    supervisor_required: bool = False
    note: Note = ""
    requirements: list[SkillRequirement] = []


class ShiftUpdate(msgspec.Struct, forbid_unknown_fields=True):
    starts_at: datetime | msgspec.UnsetType = msgspec.UNSET
    ends_at: datetime | msgspec.UnsetType = msgspec.UNSET
    headcount_min: Headcount | msgspec.UnsetType = msgspec.UNSET
    headcount_target: Headcount | msgspec.UnsetType = msgspec.UNSET
    headcount_max: Headcount | msgspec.UnsetType = msgspec.UNSET
    supervisor_required: bool | msgspec.UnsetType = msgspec.UNSET
    cancelled: bool | msgspec.UnsetType = msgspec.UNSET
    note: Note | msgspec.UnsetType = msgspec.UNSET
    requirements: list[SkillRequirement] | msgspec.UnsetType = msgspec.UNSET
