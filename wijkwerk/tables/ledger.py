"""Money records: funders, the append-only ledger, and reinvestment allocations.

Ledger rows are never changed or deleted (the database refuses it, see the raw migration
`ledger rules`); a correction is a reversing row that points at the original. Every link
refuses deletion of what it points at, because a cascade or SET NULL would be an edit.
"""

from piccolo.columns import Date, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar
from piccolo.table import Table

from wijkwerk.tables.accounts import User
from wijkwerk.tables.clients import Client, Job
from wijkwerk.tables.enums import FunderKind, LedgerKind
from wijkwerk.tables.places import Neighbourhood
from wijkwerk.tables.projects import NeighbourhoodProject


class Funder(Table):
    """Who gives subsidies and grants: a gemeente, a fund, a lottery."""

    name = Varchar(length=150, unique=True, null=False)
    kind = Varchar(length=20, choices=FunderKind, default=FunderKind.other.value)


class Allocation(Table):
    """A reinvestment decision: part of the available profit goes to a neighbourhood project."""

    project = ForeignKey(NeighbourhoodProject, null=False, on_delete=OnDelete.restrict)
    amount_cents = Integer(null=False)
    decided_on = Date(null=False)
    reason = Text(default="")
    decided_by = ForeignKey(User, null=True, on_delete=OnDelete.restrict)
    created_at = Timestamptz()


class LedgerEntry(Table):
    entry_date = Date(null=False)
    kind = Varchar(length=30, choices=LedgerKind, null=False)
    # Positive for an original entry; a reversal carries the original's amount negated.
    amount_cents = Integer(null=False)
    description = Text(default="")
    # The month a booked invoice or payout covers (first day); None for manual entries.
    period = Date(null=True, default=None)
    job = ForeignKey(Job, null=True, on_delete=OnDelete.restrict)
    client = ForeignKey(Client, null=True, on_delete=OnDelete.restrict)
    funder = ForeignKey(Funder, null=True, on_delete=OnDelete.restrict)
    project = ForeignKey(NeighbourhoodProject, null=True, on_delete=OnDelete.restrict)
    allocation = ForeignKey(Allocation, null=True, on_delete=OnDelete.restrict)
    # Taken from the job or project, or chosen, so money can be reported per neighbourhood.
    neighbourhood = ForeignKey(Neighbourhood, null=True, on_delete=OnDelete.restrict)
    # NO ACTION, not RESTRICT: checked at the end of a statement, so a whole-table cleanup can run.
    reverses = ForeignKey("self", null=True, unique=True, on_delete=OnDelete.no_action)
    entered_by = ForeignKey(User, null=True, on_delete=OnDelete.restrict)
    created_at = Timestamptz()
