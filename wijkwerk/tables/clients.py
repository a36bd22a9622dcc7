"""Clients (opdrachtgevers), job types, jobs (opdrachten) and their weekly recurrence."""

from piccolo.columns import (
    Boolean, Date, ForeignKey, Integer, OnDelete, Text, Time, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.enums import ClientKind, PriceKind, WorkMode
from wijkwerk.tables.places import Neighbourhood


class Client(Table):
    name = Varchar(length=150, unique=True, null=False)
    kind = Varchar(length=30, choices=ClientKind, default=ClientKind.other.value)
    contact_name = Varchar(length=150, default="")
    email = Varchar(length=200, default="")
    phone = Varchar(length=40, default="")


class JobType(Table):
    code = Varchar(length=40, unique=True, null=False)
    name_nl = Varchar(length=100, null=False)
    name_en = Varchar(length=100, null=False)


class Job(Table):
    title = Varchar(length=150, null=False)
    client = ForeignKey(Client, null=False, on_delete=OnDelete.restrict)
    job_type = ForeignKey(JobType, null=False, on_delete=OnDelete.restrict)
    neighbourhood = ForeignKey(Neighbourhood, null=False, on_delete=OnDelete.restrict)
    meeting_point = Varchar(length=200, default="")
    address = Varchar(length=200, default="")
    what_to_bring = Text(default="")
    work_mode = Varchar(length=20, choices=WorkMode, default=WorkMode.volunteer.value)
    # Why this is additional work and does not displace a paid job (verdringing).
    additionality = Text(default="")
    price_kind = Varchar(length=20, choices=PriceKind, default=PriceKind.per_shift.value)
    price_cents = Integer(default=0)
    active_from = Date(null=False)
    active_until = Date(null=True, default=None)
    supervisor_name = Varchar(length=150, default="")
    supervisor_phone = Varchar(length=40, default="")


class JobRecurrence(Table):
    """One weekly slot of a recurring job: weekday 0 = Monday, local Amsterdam times."""

    job = ForeignKey(Job, null=False, on_delete=OnDelete.cascade)
    weekday = Integer(null=False)
    start_time = Time(null=False)
    end_time = Time(null=False)
    headcount_min = Integer(default=1)
    headcount_target = Integer(default=1)
    headcount_max = Integer(default=1)
    supervisor_required = Boolean(default=False)
