"""API shapes for exits, re-entry and follow-ups. Hours per week travel as minutes."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import msgspec

from wijkwerk.tables.enums import BenefitEnded, ContractType, ExitKind, FollowUpAnswer

Note = Annotated[str, msgspec.Meta(max_length=2000)]
Employer = Annotated[str, msgspec.Meta(max_length=150)]
WeekMinutes = Annotated[int, msgspec.Meta(ge=0, le=7 * 24 * 60)]


class FollowUp(msgspec.Struct):
    id: int
    exit_id: int
    weeks: int
    due_on: date
    answer: str | None
    answered_on: date | None
    note: str


class DueFollowUp(FollowUp):
    worker_id: int
    first_name: str
    last_name: str
    exit_on: date
    kind: str
    employer: str


class Exit(msgspec.Struct):
    id: int
    worker_id: int
    exit_on: date
    kind: str
    employer: str
    contract_type: str
    minutes_per_week: int
    benefit_ended: str
    note: str
    reentered_on: date | None
    follow_ups: list[FollowUp]


class ExitCreate(msgspec.Struct, forbid_unknown_fields=True):
    exit_on: date
    kind: ExitKind
    employer: Employer = ""
    contract_type: ContractType = ContractType.none
    minutes_per_week: WeekMinutes = 0
    benefit_ended: BenefitEnded = BenefitEnded.unknown
    note: Note = ""


class Reentry(msgspec.Struct, forbid_unknown_fields=True):
    reentered_on: date


class FollowUpAnswerCreate(msgspec.Struct, forbid_unknown_fields=True):
    """"yes" means still in work and not back on benefit."""

    answer: FollowUpAnswer
    answered_on: date
    note: Note = ""


class LastingOutflowFigure(msgspec.Struct):
    weeks: int
    due: int
    yes: int
    no: int
    unreachable: int
    unanswered: int
    percent: int | None
