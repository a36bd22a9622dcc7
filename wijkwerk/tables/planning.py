"""Tracked solver runs for a week, and the outbox of notifications to residents."""

from piccolo.columns import (
    BigInt, ForeignKey, Integer, OnDelete, Real, Text, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.accounts import User
from wijkwerk.tables.rosters import Roster
from wijkwerk.tables.workers import Worker


class SolveJob(Table):
    iso_year = Integer(null=False)
    iso_week = Integer(null=False)
    status = Varchar(length=20, default="queued")  # queued, running, succeeded, failed, cancelled
    time_limit_seconds = Integer(default=10)
    requested_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
    started_at = Timestamptz(null=True, default=None)
    finished_at = Timestamptz(null=True, default=None)
    best_objective = BigInt(null=True, default=None)
    best_bound = BigInt(null=True, default=None)
    elapsed_seconds = Real(null=True, default=None)
    # The draft the solve started from, and its lock version then: edits made to it while the
    # solve ran are not in the result, and the manager is told so.
    source_roster = ForeignKey(Roster, null=True, on_delete=OnDelete.set_null)
    source_lock_version = Integer(null=True, default=None)
    message = Text(default="")  # failure reason or infeasibility diagnosis, in manager words
    result_roster = ForeignKey(Roster, null=True, on_delete=OnDelete.set_null)


class OutboxMessage(Table):
    created_at = Timestamptz()
    worker = ForeignKey(Worker, null=True, on_delete=OnDelete.set_null)
    recipient = Varchar(length=200, default="")
    subject = Varchar(length=200, default="")
    body = Text(default="")
    status = Varchar(length=20, default="pending")  # pending, sending, sent, failed, not_configured
    attempts = Integer(default=0)
    sent_at = Timestamptz(null=True, default=None)
    error = Text(default="")
