"""API shapes for clients, job types and skills (jobs have their own module, job_schemas)."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar.params import PathParameter, QueryParameter

from wijkwerk.tables.enums import ClientKind

# Ids are PostgreSQL integers: a larger number cannot exist and must not reach the driver.
MAX_ID = 2_147_483_647
RowId = Annotated[int, msgspec.Meta(ge=1, le=MAX_ID)]
ItemId = Annotated[int, PathParameter(ge=1, le=MAX_ID)]
FilterId = Annotated[int | None, QueryParameter(ge=1, le=MAX_ID)]

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=150)]
ShortName = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Email = Annotated[str, msgspec.Meta(max_length=200)]
Phone = Annotated[str, msgspec.Meta(max_length=40)]
Code = Annotated[str, msgspec.Meta(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+$")]
LongText = Annotated[str, msgspec.Meta(max_length=2000)]
Months = Annotated[int, msgspec.Meta(ge=1, le=600)]
LevelUpShifts = Annotated[int, msgspec.Meta(ge=1, le=1000)]


class Client(msgspec.Struct):
    id: int
    name: str
    kind: ClientKind
    contact_name: str
    email: str
    phone: str


class ClientCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name
    kind: ClientKind = ClientKind.other
    contact_name: Annotated[str, msgspec.Meta(max_length=150)] = ""
    email: Email = ""
    phone: Phone = ""


class ClientUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name | msgspec.UnsetType = msgspec.UNSET
    kind: ClientKind | msgspec.UnsetType = msgspec.UNSET
    contact_name: Annotated[str, msgspec.Meta(max_length=150)] | msgspec.UnsetType = msgspec.UNSET
    email: Email | msgspec.UnsetType = msgspec.UNSET
    phone: Phone | msgspec.UnsetType = msgspec.UNSET


class JobType(msgspec.Struct):
    id: int
    code: str
    name_nl: str
    name_en: str


class JobTypeCreate(msgspec.Struct, forbid_unknown_fields=True):
    code: Code
    name_nl: ShortName
    name_en: ShortName


class JobTypeUpdate(msgspec.Struct, forbid_unknown_fields=True):
    code: Code | msgspec.UnsetType = msgspec.UNSET
    name_nl: ShortName | msgspec.UnsetType = msgspec.UNSET
    name_en: ShortName | msgspec.UnsetType = msgspec.UNSET


class Skill(msgspec.Struct):
    id: int
    name: str
    description: str
    certificate_required: bool
    certificate_validity_months: int | None
    level_up_after_shifts: int


class SkillCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: ShortName
    description: LongText = ""
    certificate_required: bool = False
    # How long a certificate stays valid; null means it does not expire.
    certificate_validity_months: Months | None = None
    # Attended shifts next to a mentor before a level-up from "learning" is suggested.
    level_up_after_shifts: LevelUpShifts = 5


class SkillUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: ShortName | msgspec.UnsetType = msgspec.UNSET
    description: LongText | msgspec.UnsetType = msgspec.UNSET
    certificate_required: bool | msgspec.UnsetType = msgspec.UNSET
    certificate_validity_months: Months | None | msgspec.UnsetType = msgspec.UNSET
    level_up_after_shifts: LevelUpShifts | msgspec.UnsetType = msgspec.UNSET
