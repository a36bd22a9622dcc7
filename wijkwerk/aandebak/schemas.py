"""API input shapes for AanDeBak; sectors travel as their code ("zorg"), hours are per week."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import msgspec

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=150)]
Text = Annotated[str, msgspec.Meta(max_length=2000)]
Short = Annotated[str, msgspec.Meta(max_length=150)]
Code = Annotated[str, msgspec.Meta(min_length=1, max_length=40)]
Id = Annotated[int, msgspec.Meta(ge=1, le=2_147_483_647)]
Level = Annotated[int, msgspec.Meta(ge=1, le=4)]
Hours = Annotated[int, msgspec.Meta(ge=1, le=60)]
Crebo = Annotated[str, msgspec.Meta(pattern=r"^([0-9]{5})?$")]


Weeks = Annotated[int, msgspec.Meta(ge=1, le=104)]


class SectorCreate(msgspec.Struct, forbid_unknown_fields=True):
    code: Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z_]{1,39}$")]
    name_nl: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    name_en: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    mediation_after_weeks: Weeks = 12


class SectorUpdate(msgspec.Struct, forbid_unknown_fields=True):
    mediation_after_weeks: Weeks


class EmployerCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name
    sector: Code
    contact_name: Short = ""
    email: Short = ""


class AgreementCreate(msgspec.Struct, forbid_unknown_fields=True):
    employer_id: Id
    sector: Code
    course_name: Name
    course_level: Level
    places_per_year: Annotated[int, msgspec.Meta(ge=0, le=100_000)]
    valid_from: date
    crebo: Crebo = ""
    guarantee_kind: str = "job"
    hours_per_week: Hours = 32
    neighbourhood_id: Id | None = None
    valid_until: date | None = None


class AgreementUpdate(msgspec.Struct, forbid_unknown_fields=True):
    places_per_year: Annotated[int, msgspec.Meta(ge=0, le=100_000)] | msgspec.UnsetType = msgspec.UNSET
    valid_until: date | None | msgspec.UnsetType = msgspec.UNSET


class CandidateCreate(msgspec.Struct, forbid_unknown_fields=True):
    first_name: Name
    last_name: Name
    birth_date: date
    sector: Code
    school: Name
    course_name: Name
    course_level: Level
    starts_on: date
    expected_diploma_on: date
    crebo: Crebo = ""
    worker_id: Id | None = None
    neighbourhood_id: Id | None = None
    agreement_id: Id | None = None
    wanted_hours_per_week: Hours = 32


class StepCreate(msgspec.Struct, forbid_unknown_fields=True):
    state: str
    on_date: date
    note: Text = ""
    contract: Short = ""
    reason: Text = ""


class MediationActionCreate(msgspec.Struct, forbid_unknown_fields=True):
    on_date: date
    action: Text
    owner: Short
    next_step: Text = ""
    next_step_on: date | None = None


class FollowUpAnswer(msgspec.Struct, forbid_unknown_fields=True):
    answered_on: date
    still_employed: bool
    note: Text = ""


def plain(data: msgspec.Struct) -> dict:
    """The fields that were sent (unset ones left out)."""
    return {key: value for key, value in msgspec.structs.asdict(data).items() if value is not msgspec.UNSET}
