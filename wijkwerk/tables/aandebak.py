"""AanDeBak guarantees: sectors, employers, guarantee agreements, candidates and their pipeline.

A candidate's current state and key dates live on the candidate for fast overviews; every
step is also kept as a dated row (CandidateStep), so the history is never overwritten.
"""

from piccolo.columns import (
    Boolean, Date, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.enums import CandidateState, GuaranteeKind
from wijkwerk.tables.places import Neighbourhood
from wijkwerk.tables.workers import Worker


class Sector(Table):
    """Seeded by a migration (zorg, techniek, haven, ...); an admin can add more."""

    code = Varchar(length=40, unique=True, null=False)
    name_nl = Varchar(length=100, null=False)
    name_en = Varchar(length=100, null=False)
    # Weeks after the diploma without placement before a candidate enters mediation.
    mediation_after_weeks = Integer(default=12)


class Employer(Table):
    name = Varchar(length=150, unique=True, null=False)
    sector = ForeignKey(Sector, null=False, on_delete=OnDelete.restrict)
    contact_name = Varchar(length=150, default="")
    email = Varchar(length=200, default="")


class GuaranteeAgreement(Table):
    employer = ForeignKey(Employer, null=False, on_delete=OnDelete.restrict)
    sector = ForeignKey(Sector, null=False, on_delete=OnDelete.restrict)
    course_name = Varchar(length=150, null=False)  # the MBO course or diploma required
    course_level = Integer(null=False)  # MBO level 1-4
    crebo = Varchar(length=5, default="")  # optional 5-digit crebo code
    places_per_year = Integer(null=False)
    guarantee_kind = Varchar(length=20, choices=GuaranteeKind, default=GuaranteeKind.job.value)
    hours_per_week = Integer(default=32)  # what a placement typically offers, for matching
    neighbourhood = ForeignKey(Neighbourhood, null=True, on_delete=OnDelete.set_null)
    valid_from = Date(null=False)
    valid_until = Date(null=True, default=None)


class Candidate(Table):
    """A young resident on an AanDeBak course; pseudonymised in reports (only counts leave)."""

    first_name = Varchar(length=100, null=False)
    last_name = Varchar(length=100, null=False)
    birth_date = Date(null=False)
    worker = ForeignKey(Worker, null=True, on_delete=OnDelete.set_null)
    neighbourhood = ForeignKey(Neighbourhood, null=True, on_delete=OnDelete.set_null)
    sector = ForeignKey(Sector, null=False, on_delete=OnDelete.restrict)
    agreement = ForeignKey(GuaranteeAgreement, null=True, on_delete=OnDelete.restrict)
    school = Varchar(length=150, null=False)
    course_name = Varchar(length=150, null=False)
    course_level = Integer(null=False)
    crebo = Varchar(length=5, default="")
    starts_on = Date(null=False)
    expected_diploma_on = Date(null=False)
    wanted_hours_per_week = Integer(default=32)
    state = Varchar(length=20, choices=CandidateState, default=CandidateState.enrolled.value)
    diploma_on = Date(null=True, default=None)
    offer_on = Date(null=True, default=None)
    placed_on = Date(null=True, default=None)
    contract = Varchar(length=150, default="")
    closed_on = Date(null=True, default=None)
    closed_reason = Text(default="")


class CandidateStep(Table):
    """One dated pipeline step (the history behind Candidate.state)."""

    candidate = ForeignKey(Candidate, null=False, on_delete=OnDelete.cascade)
    state = Varchar(length=20, choices=CandidateState, null=False)
    on_date = Date(null=False)
    note = Text(default="")
    recorded_at = Timestamptz()


class MediationAction(Table):
    """A bemiddelingsactie: what was done, by whom, and what happens next."""

    candidate = ForeignKey(Candidate, null=False, on_delete=OnDelete.cascade)
    on_date = Date(null=False)
    action = Text(null=False)
    owner = Varchar(length=150, null=False)
    next_step = Text(default="")
    next_step_on = Date(null=True, default=None)
    recorded_at = Timestamptz()


class CandidateFollowUp(Table):
    """Generated at placement for 6 and 12 months later: still working there?"""

    candidate = ForeignKey(Candidate, null=False, on_delete=OnDelete.cascade)
    months = Integer(null=False)
    due_on = Date(null=False)
    answered_on = Date(null=True, default=None)
    still_employed = Boolean(null=True, default=None)
    note = Text(default="")
