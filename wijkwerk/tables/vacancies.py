"""Vacancies at employers, job-seeker profiles of workers, offers, and stored matching runs."""

from piccolo.columns import (
    Boolean, Date, ForeignKey, Integer, OnDelete, Real, Text, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.aandebak import Candidate, Employer, GuaranteeAgreement, Sector
from wijkwerk.tables.enums import OfferStatus, SkillLevel, VacancyStatus
from wijkwerk.tables.places import Neighbourhood
from wijkwerk.tables.workers import Skill, Worker


class Vacancy(Table):
    employer = ForeignKey(Employer, null=False, on_delete=OnDelete.restrict)
    title = Varchar(length=150, null=False)
    sector = ForeignKey(Sector, null=False, on_delete=OnDelete.restrict)
    hours_per_week = Integer(null=False)
    neighbourhood = ForeignKey(Neighbourhood, null=True, on_delete=OnDelete.set_null)
    places = Integer(default=1)
    status = Varchar(length=10, choices=VacancyStatus, default=VacancyStatus.open.value)
    description = Text(default="")
    created_on = Date(null=False)


class VacancyRequirement(Table):
    vacancy = ForeignKey(Vacancy, null=False, on_delete=OnDelete.cascade)
    skill = ForeignKey(Skill, null=False, on_delete=OnDelete.restrict)
    min_level = Varchar(length=20, choices=SkillLevel, default=SkillLevel.competent.value)
    # A valid certificate for the skill is required, not only the skill.
    certificate_required = Boolean(default=False)


class JobSeekerProfile(Table):
    """A worker's wish for regular work; kept beside Worker so the worker record stays as it is."""

    worker = ForeignKey(Worker, null=False, unique=True, on_delete=OnDelete.cascade)
    ready_for_work = Boolean(default=False)
    wanted_hours_per_week = Integer(default=24)
    note = Text(default="")


class JobSeekerSector(Table):
    profile = ForeignKey(JobSeekerProfile, null=False, on_delete=OnDelete.cascade)
    sector = ForeignKey(Sector, null=False, on_delete=OnDelete.cascade)


class MatchRun(Table):
    """One matching run: its status, objective and the explanations for people not matched."""

    created_at = Timestamptz()
    status = Varchar(length=20, default="succeeded")  # succeeded, failed
    people = Integer(default=0)
    openings = Integer(default=0)
    matched = Integer(default=0)
    min_score = Integer(null=True, default=None)
    total_score = Integer(default=0)
    elapsed_seconds = Real(default=0.0)
    explanations = Text(default="[]")  # JSON list: one entry per person not matched
    message = Text(default="")


class MatchProposal(Table):
    run = ForeignKey(MatchRun, null=False, on_delete=OnDelete.cascade)
    worker = ForeignKey(Worker, null=True, on_delete=OnDelete.cascade)
    candidate = ForeignKey(Candidate, null=True, on_delete=OnDelete.cascade)
    vacancy = ForeignKey(Vacancy, null=True, on_delete=OnDelete.cascade)
    agreement = ForeignKey(GuaranteeAgreement, null=True, on_delete=OnDelete.cascade)
    score = Integer(null=False)
    reasons = Text(default="[]")  # JSON list of {code, points, detail}
    confirmed = Boolean(default=False)


class JobOffer(Table):
    """An offer made to a worker or candidate for a vacancy or a guarantee place."""

    worker = ForeignKey(Worker, null=True, on_delete=OnDelete.cascade)
    candidate = ForeignKey(Candidate, null=True, on_delete=OnDelete.cascade)
    vacancy = ForeignKey(Vacancy, null=True, on_delete=OnDelete.restrict)
    agreement = ForeignKey(GuaranteeAgreement, null=True, on_delete=OnDelete.restrict)
    offered_on = Date(null=False)
    status = Varchar(length=20, choices=OfferStatus, default=OfferStatus.open.value)
    score = Integer(null=True, default=None)
    created_at = Timestamptz()
