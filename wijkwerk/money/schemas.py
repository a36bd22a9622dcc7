"""API shapes for ledger entries, allocations and spending. Amounts are integer cents only:
a float such as 12.5 is refused by the decoder before any service code runs."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import msgspec

Text500 = Annotated[str, msgspec.Meta(max_length=500)]


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
    amount_cents: int
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
    amount_cents: int
    decided_on: date
    reason: Annotated[str, msgspec.Meta(max_length=1000)]


class SpendingCreate(msgspec.Struct, forbid_unknown_fields=True):
    amount_cents: int
    entry_date: date
    description: Text500 = ""


class Balance(msgspec.Struct):
    net_result_cents: int
    allocated_cents: int
    available_cents: int
