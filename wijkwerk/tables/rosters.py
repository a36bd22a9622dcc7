"""Roster versions per ISO week, the assignments in them, and recorded attendance."""

from piccolo.columns import (
    Boolean, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.enums import AssignmentRole, AttendanceStatus, RosterStatus
from wijkwerk.tables.shifts import Shift
from wijkwerk.tables.workers import Worker


class Roster(Table):
    iso_year = Integer(null=False)
    iso_week = Integer(null=False)
    version = Integer(default=1)
    status = Varchar(length=20, choices=RosterStatus, default=RosterStatus.draft.value)
    created_at = Timestamptz()
    published_at = Timestamptz(null=True, default=None)
    note = Text(default="")
    # Optimistic concurrency: every edit or publish bumps it; a stale one is refused.
    lock_version = Integer(default=1)
    # The solver's report (per-worker explanations, fairness, shortfalls) as JSON text.
    solver_report = Text(default="")


class Assignment(Table):
    roster = ForeignKey(Roster, null=False, on_delete=OnDelete.cascade)
    shift = ForeignKey(Shift, null=False, on_delete=OnDelete.cascade)
    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.restrict)
    pinned = Boolean(default=False)
    role = Varchar(length=20, choices=AssignmentRole, default=AssignmentRole.worker.value)
    # Set when a manager overrode a hard rule by hand; the reason is kept for accountability.
    override_reason = Text(default="")


class Attendance(Table):
    assignment = ForeignKey(Assignment, null=False, unique=True, on_delete=OnDelete.cascade)
    status = Varchar(length=20, choices=AttendanceStatus, default=AttendanceStatus.present.value)
    minutes_worked = Integer(default=0)
    note = Text(default="")
    recorded_at = Timestamptz()


class AbsenceReport(Table):
    """A resident's "I can't come" for a published shift: excused, and pending until a manager acts."""

    assignment = ForeignKey(Assignment, null=False, unique=True, on_delete=OnDelete.cascade)
    reported_at = Timestamptz()
    reason = Text(default="")
    handled_at = Timestamptz(null=True, default=None)
