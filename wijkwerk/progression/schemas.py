"""API shapes for instruments, measurements and goals (dates as ISO "YYYY-MM-DD")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import msgspec

from wijkwerk.tables.enums import GoalStatus

Id = Annotated[int, msgspec.Meta(ge=1)]
Rank = Annotated[int, msgspec.Meta(ge=1, le=100)]
Note = Annotated[str, msgspec.Meta(max_length=2000)]
GoalText = Annotated[str, msgspec.Meta(min_length=1, max_length=300)]


class Level(msgspec.Struct):
    rank: int
    name: str
    description: str


class Dimension(msgspec.Struct):
    id: int
    name: str
    position: int
    levels: list[Level]


class Instrument(msgspec.Struct):
    id: int
    name: str
    description: str
    builtin: bool
    is_default: bool
    dimensions: list[Dimension]


class Measurement(msgspec.Struct):
    id: int
    measured_on: date
    instrument_id: int
    instrument_name: str
    dimension_id: int
    dimension_name: str
    level: int
    level_name: str
    note: str
    measured_by: str


class MeasurementCreate(msgspec.Struct, forbid_unknown_fields=True):
    """`level` is the rank on the dimension's scale: 1 to 6 on the Participatieladder."""

    dimension_id: Id
    level: Rank
    measured_on: date
    note: Note = ""


class Goal(msgspec.Struct):
    id: int
    text: str
    target_on: date
    status: str
    note: str
    created_at: datetime
    updated_at: datetime


class GoalCreate(msgspec.Struct, forbid_unknown_fields=True):
    text: GoalText
    target_on: date
    status: GoalStatus = GoalStatus.open
    note: Note = ""


class GoalUpdate(msgspec.Struct, forbid_unknown_fields=True):
    text: GoalText | msgspec.UnsetType = msgspec.UNSET
    target_on: date | msgspec.UnsetType = msgspec.UNSET
    status: GoalStatus | msgspec.UnsetType = msgspec.UNSET
    note: Note | msgspec.UnsetType = msgspec.UNSET
