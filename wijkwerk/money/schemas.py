"""API shapes for ledger entries, allocations and spending.

Amounts are integer cents only. The request decoder is lenient (it would turn 10.0 or "10"
into 10), so submitted amounts are taken as whatever JSON value was sent and the service
refuses everything that is not a JSON integer, with a field error. No float type appears in
any money shape.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import msgspec

Text500 = Annotated[str, msgspec.Meta(max_length=500)]
# The raw JSON value, checked by wijkwerk.money.ledger.validate_amount: only an int passes.
SubmittedCents = Any


class LedgerEntry(msgspec.Struct):
    id: int
    entry_date: date
    kind: str
    amount_cents: int
    description: str
    period: date | None
    job: int | None
    client: int | None
    funder: int | None
    project: int | None
    allocation: int | None
    neighbourhood: int | None
    reverses: int | None
    reversed_by: int | None
    entered_by: int | None
    created_at: datetime


class LedgerEntryCreate(msgspec.Struct, forbid_unknown_fields=True):
    kind: str
    amount_cents: SubmittedCents
    entry_date: date
    description: Text500 = ""
    job: int | None = None
    client: int | None = None
    funder: int | None = None
    project: int | None = None
    neighbourhood: int | None = None


class ReversalCreate(msgspec.Struct, forbid_unknown_fields=True):
    reason: Annotated[str, msgspec.Meta(max_length=300)] = ""


class Allocation(msgspec.Struct):
    id: int
    project: int
    project_name: str
    amount_cents: int
    spent_cents: int
    decided_on: date
    reason: str
    created_at: datetime


class AllocationCreate(msgspec.Struct, forbid_unknown_fields=True):
    project: int
    amount_cents: SubmittedCents
    decided_on: date
    reason: Annotated[str, msgspec.Meta(max_length=1000)]


class SpendingCreate(msgspec.Struct, forbid_unknown_fields=True):
    amount_cents: SubmittedCents
    entry_date: date
    description: Text500 = ""


class Balance(msgspec.Struct):
    net_result_cents: int
    allocated_cents: int
    available_cents: int
