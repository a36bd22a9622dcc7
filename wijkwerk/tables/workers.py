"""Workers (deelnemers), skills with certificates, availability and job-type preferences."""

from piccolo.columns import (
    Boolean, Date, ForeignKey, Integer, OnDelete, Text, Time, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.clients import JobType
from wijkwerk.tables.enums import (
    AvailabilityKind, BenefitType, Preference, SkillLevel, WorkerStatus,
)
from wijkwerk.tables.places import Neighbourhood


class Skill(Table):
    name = Varchar(length=100, unique=True, null=False)
    description = Text(default="")
    certificate_required = Boolean(default=False)
    # How long a certificate stays valid; None means it does not expire.
    certificate_validity_months = Integer(null=True, default=None)
    # Attended shifts next to a mentor after which a level-up from "learning" is suggested.
    level_up_after_shifts = Integer(default=5)


class Worker(Table):
    first_name = Varchar(length=100, null=False)
    last_name = Varchar(length=100, null=False)
    email = Varchar(length=200, default="")
    phone = Varchar(length=40, default="")
    address = Varchar(length=200, default="")
    neighbourhood = ForeignKey(Neighbourhood, null=True, on_delete=OnDelete.set_null)
    birth_date = Date(null=False)
    # Comma-separated language codes, e.g. "nl,ar": what the resident reads best first.
    languages = Varchar(length=100, default="nl")
    benefit_type = Varchar(length=20, choices=BenefitType, default=BenefitType.none.value)
    benefit_reported = Boolean(default=False)
    benefit_reported_on = Date(null=True, default=None)
    rate_cents_per_hour = Integer(default=0)
    target_minutes_per_week = Integer(default=0)
    max_minutes_per_week = Integer(default=0)
    max_minutes_per_day = Integer(default=0)
    # Work-relevant limitations only ("no heavy lifting"), never a diagnosis.
    work_limitations = Text(default="")
    starts_on = Date(null=False)
    status = Varchar(length=20, choices=WorkerStatus, default=WorkerStatus.active.value)


class WorkerSkill(Table):
    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    skill = ForeignKey(Skill, null=False, on_delete=OnDelete.restrict)
    level = Varchar(length=20, choices=SkillLevel, default=SkillLevel.learning.value)
    certificate_obtained_on = Date(null=True, default=None)
    certificate_expires_on = Date(null=True, default=None)


class AvailabilityWindow(Table):
    """A recurring weekly window in which the worker can work (weekday 0 = Monday)."""

    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    weekday = Integer(null=False)
    start_time = Time(null=False)
    end_time = Time(null=False)


class AvailabilityException(Table):
    """A dated exception: unavailable (all day when no times) or extra available."""

    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    on_date = Date(null=False)
    kind = Varchar(length=20, choices=AvailabilityKind, default=AvailabilityKind.unavailable.value)
    start_time = Time(null=True, default=None)
    end_time = Time(null=True, default=None)
    reason = Varchar(length=200, default="")


class JobTypePreference(Table):
    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    job_type = ForeignKey(JobType, null=False, on_delete=OnDelete.cascade)
    preference = Varchar(length=10, choices=Preference, default=Preference.like.value)
