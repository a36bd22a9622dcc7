"""Outflow (uitstroom): registered exits, their 26- and 52-week follow-ups, and re-entry."""

from piccolo.columns import (
    Date, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.accounts import User
from wijkwerk.tables.enums import BenefitEnded, ContractType, ExitKind, FollowUpAnswer
from wijkwerk.tables.workers import Worker


class WorkerExit(Table):
    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    exit_on = Date(null=False)
    kind = Varchar(length=20, choices=ExitKind, null=False)
    employer = Varchar(length=150, default="")
    contract_type = Varchar(length=20, choices=ContractType, default=ContractType.none.value)
    minutes_per_week = Integer(default=0)
    benefit_ended = Varchar(length=20, choices=BenefitEnded, default=BenefitEnded.unknown.value)
    note = Text(default="")
    # Set when the worker comes back; the exit stays, so the history and the figures stay true.
    reentered_on = Date(null=True, default=None)
    registered_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
    created_at = Timestamptz()


class ExitFollowUp(Table):
    """"Still in work, and not back on benefit?" asked `weeks` after the exit."""

    exit = ForeignKey(WorkerExit, null=False, on_delete=OnDelete.cascade)
    weeks = Integer(null=False)
    due_on = Date(null=False)
    answer = Varchar(length=20, choices=FollowUpAnswer, null=True, default=None)
    answered_on = Date(null=True, default=None)
    note = Text(default="")
    answered_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
