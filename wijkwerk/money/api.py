"""JSON API for money under /api/v1 (staff only): ledger entries and reversals, allocations, spending."""

from __future__ import annotations

from datetime import date

import msgspec
from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.common.pagination import Page, PageNumber, PerPage
from wijkwerk.money import ledger, reinvestment
from wijkwerk.money.figures import money_totals
from wijkwerk.money.schemas import (
    Allocation, AllocationCreate, Balance, LedgerEntry, LedgerEntryCreate, ReversalCreate, SpendingCreate,
)


def _entry(row: dict | None) -> LedgerEntry:
    if row is None:
        raise NotFoundException("ledger entry not found")
    return msgspec.convert(row, LedgerEntry)


class LedgerApi(Controller):
    path = "/ledger"
    guards = [requires_staff]
    tags = ["money"]

    @get("/")
    async def list_items(self, page: PageNumber = 1, per_page: PerPage = 50, kind: str | None = None,
                         start: date | None = None, end: date | None = None, funder: int | None = None,
                         project: int | None = None, client: int | None = None,
                         neighbourhood: int | None = None) -> Page[LedgerEntry]:
        where = ledger.LedgerFilter(kind, start, end, funder, project, client, neighbourhood)
        rows, total = await ledger.list_entries(where, page, per_page)
        return Page(items=[_entry(row) for row in rows], page=page, per_page=per_page, total=total)

    @post("/")
    async def create(self, request: Request, data: JSONBody[LedgerEntryCreate]) -> LedgerEntry:
        return _entry(await ledger.create_entry(msgspec.structs.asdict(data), request.scope["user"].id))

    @get("/{entry_id:int}")
    async def read(self, entry_id: FromPath[int]) -> LedgerEntry:
        return _entry(await ledger.get_entry(entry_id))

    @post("/{entry_id:int}/reversal")
    async def reverse(self, request: Request, entry_id: FromPath[int], data: JSONBody[ReversalCreate]) -> LedgerEntry:
        return _entry(await ledger.reverse_entry(entry_id, request.scope["user"].id, data.reason))


class AllocationApi(Controller):
    path = "/allocations"
    guards = [requires_staff]
    tags = ["money"]

    @get("/")
    async def list_items(self) -> list[Allocation]:
        return [msgspec.convert(row, Allocation) for row in await reinvestment.list_allocations()]

    @get("/balance")
    async def balance(self) -> Balance:
        allocated = await reinvestment.allocated_cents()
        net = (await money_totals()).net_result_cents
        return Balance(net_result_cents=net, allocated_cents=allocated, available_cents=net - allocated)

    @post("/")
    async def create(self, request: Request, data: JSONBody[AllocationCreate]) -> Allocation:
        row = await reinvestment.allocate(msgspec.structs.asdict(data), request.scope["user"].id)
        return msgspec.convert(row, Allocation)

    @post("/{allocation_id:int}/spending")
    async def spend(self, request: Request, allocation_id: FromPath[int],
                    data: JSONBody[SpendingCreate]) -> LedgerEntry:
        row = await reinvestment.spend(allocation_id, msgspec.structs.asdict(data), request.scope["user"].id)
        if row is None:
            raise NotFoundException("allocation not found")
        return _entry(row)
