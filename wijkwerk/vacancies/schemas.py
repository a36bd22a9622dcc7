"""API input shapes for vacancies and job-seeker profiles."""

from __future__ import annotations

from typing import Annotated

import msgspec

from wijkwerk.tables.enums import SkillLevel, VacancyStatus

Id = Annotated[int, msgspec.Meta(ge=1, le=2_147_483_647)]
Hours = Annotated[int, msgspec.Meta(ge=1, le=60)]
Code = Annotated[str, msgspec.Meta(min_length=1, max_length=40)]


class RequirementCreate(msgspec.Struct, forbid_unknown_fields=True):
    skill_id: Id
    min_level: SkillLevel = SkillLevel.competent
    certificate_required: bool = False


class VacancyCreate(msgspec.Struct, forbid_unknown_fields=True):
    employer_id: Id
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=150)]
    sector: Code
    hours_per_week: Hours
    places: Annotated[int, msgspec.Meta(ge=1, le=10_000)] = 1
    neighbourhood_id: Id | None = None
    description: Annotated[str, msgspec.Meta(max_length=4000)] = ""
    requirements: Annotated[list[RequirementCreate], msgspec.Meta(max_length=20)] = []


class VacancyStatusUpdate(msgspec.Struct, forbid_unknown_fields=True):
    status: VacancyStatus


class ProfileUpdate(msgspec.Struct, forbid_unknown_fields=True):
    ready_for_work: bool
    wanted_hours_per_week: Hours
    sectors: Annotated[list[Code], msgspec.Meta(max_length=20)] = []
    note: Annotated[str, msgspec.Meta(max_length=2000)] = ""


def plain(data: msgspec.Struct) -> dict:
    """Nested structs and enums as plain dicts and values, as the services take them."""
    return msgspec.to_builtins(data)
