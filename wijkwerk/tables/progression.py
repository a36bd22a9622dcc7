"""Progression: instruments (ladder, matrices) as data, dated measurements, goals, level-up decisions."""

from piccolo.columns import (
    Boolean, Date, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.accounts import User
from wijkwerk.tables.enums import GoalStatus, SuggestionDecision
from wijkwerk.tables.workers import Skill, Worker


class ProgressionInstrument(Table):
    name = Varchar(length=150, unique=True, null=False)
    description = Text(default="")
    # The seeded Participatieladder: read-only, because funders compare it across organisations.
    builtin = Boolean(default=False)
    is_default = Boolean(default=False)


class ProgressionDimension(Table):
    instrument = ForeignKey(ProgressionInstrument, null=False, on_delete=OnDelete.cascade)
    name = Varchar(length=150, null=False)
    position = Integer(default=1)


class ProgressionLevel(Table):
    """One step of a dimension's scale; `rank` orders it (1 is the lowest)."""

    dimension = ForeignKey(ProgressionDimension, null=False, on_delete=OnDelete.cascade)
    rank = Integer(null=False)
    name = Varchar(length=150, null=False)
    description = Text(default="")


class ProgressionMeasurement(Table):
    """A dated judgement: on `measured_on` the worker stood at `level` (its dimension follows)."""

    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    level = ForeignKey(ProgressionLevel, null=False, on_delete=OnDelete.restrict)
    measured_on = Date(null=False)
    measured_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
    note = Text(default="")
    created_at = Timestamptz()


class WorkerGoal(Table):
    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    text = Varchar(length=300, null=False)
    target_on = Date(null=False)
    status = Varchar(length=20, choices=GoalStatus, default=GoalStatus.open.value)
    note = Text(default="")
    created_at = Timestamptz()
    updated_at = Timestamptz()


class SkillLevelDecision(Table):
    """A manager's answer to a level-up suggestion; suggestions themselves are computed, not stored.

    `counted_until` is the start of the last shift counted, so after a dismissal only newer
    shifts count towards the next suggestion.
    """

    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    skill = ForeignKey(Skill, null=False, on_delete=OnDelete.cascade)
    decision = Varchar(length=20, choices=SuggestionDecision, null=False)
    shifts_counted = Integer(default=0)
    counted_until = Timestamptz(null=False)
    decided_at = Timestamptz()
    decided_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
