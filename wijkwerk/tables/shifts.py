"""Shifts (diensten): one dated occurrence of a job, with headcount and skill requirements."""

from piccolo.columns import (
    Boolean, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.clients import Job, JobRecurrence
from wijkwerk.tables.workers import Skill


class Shift(Table):
    job = ForeignKey(Job, null=False, on_delete=OnDelete.restrict)
    # Generated shifts remember their recurrence so regeneration stays idempotent.
    recurrence = ForeignKey(JobRecurrence, null=True, on_delete=OnDelete.set_null)
    starts_at = Timestamptz(null=False)  # stored in UTC
    ends_at = Timestamptz(null=False)
    headcount_min = Integer(default=1)
    headcount_target = Integer(default=1)
    headcount_max = Integer(default=1)
    supervisor_required = Boolean(default=False)
    cancelled = Boolean(default=False)
    note = Text(default="")
    source = Varchar(length=20, default="manual")  # manual, generated, copied


class ShiftSkillRequirement(Table):
    """At least `minimum` workers on the shift hold `skill` (with a valid certificate if it has one)."""

    shift = ForeignKey(Shift, null=False, on_delete=OnDelete.cascade)
    skill = ForeignKey(Skill, null=False, on_delete=OnDelete.restrict)
    minimum = Integer(default=1)


class JobSkillRequirement(Table):
    """A job's standing skill requirement, copied onto every shift generated for it."""

    job = ForeignKey(Job, null=False, on_delete=OnDelete.cascade)
    skill = ForeignKey(Skill, null=False, on_delete=OnDelete.restrict)
    minimum = Integer(default=1)
