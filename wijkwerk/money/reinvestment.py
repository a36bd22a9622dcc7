"""Reinvestment: allocating available profit to neighbourhood projects, and spending against it.

Invariants, checked under the money lock so simultaneous requests take turns:
- the allocations together never exceed the net result booked in the ledger up to today;
- the spending booked against an allocation never exceeds the allocation.
A later cost can still push the balance below zero (costs are facts, not requests); then no new
allocation is possible until the balance is positive again, and the page says so.
"""

from __future__ import annotations

from datetime import timedelta

from piccolo.query.functions.aggregate import Sum

from wijkwerk import clock
from wijkwerk.common.existence import require_reference
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.formatting import money
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.figures import money_totals
from wijkwerk.money.ledger import get_entry, insert_entry, validate_amount
from wijkwerk.money.locking import lock_money_balance
from wijkwerk.money.periods import Period
from wijkwerk.tables import Allocation, LedgerEntry, NeighbourhoodProject
from wijkwerk.tables.enums import LedgerKind

ALLOCATION_FIELDS = (
    Allocation.id, Allocation.project, Allocation.project.name.as_alias("project_name"), Allocation.amount_cents,
    Allocation.decided_on, Allocation.reason, Allocation.decided_by.username.as_alias("decided_by_name"),
    Allocation.created_at,
)


async def allocated_cents() -> int:
    row = await Allocation.select(Sum(Allocation.amount_cents).as_alias("cents")).first()
    return int(row["cents"] or 0) if row else 0


def to_date() -> Period:
    """Everything dated up to and including today: a subsidy booked for next month is not here yet."""
    return Period(EARLIEST_WORK_DATE, clock.today() + timedelta(days=1), "tot vandaag")


async def net_result_to_date() -> int:
    return (await money_totals(to_date())).net_result_cents


async def available_cents() -> int:
    """Net result of everything booked up to today, minus everything already allocated."""
    return await net_result_to_date() - await allocated_cents()


async def spent_cents(allocation_id: int) -> int:
    row = await LedgerEntry.select(Sum(LedgerEntry.amount_cents).as_alias("cents")).where(
        LedgerEntry.allocation == allocation_id, LedgerEntry.kind == LedgerKind.reinvestment_spending.value).first()
    return int(row["cents"] or 0) if row else 0


def _common(errors: Errors, values: dict, date_field: str) -> None:
    validate_amount(errors, "amount_cents", values.get("amount_cents"))
    if values.get(date_field) is None:
        errors.add(date_field, "required", _("Vul een datum in."))
    errors.sane_date(date_field, values.get(date_field), EARLIEST_WORK_DATE)


async def allocate(values: dict, user_id: int | None) -> dict:
    """Allocate part of the available profit to a project; 409 with a Dutch message if there is not enough."""
    errors = Errors()
    _common(errors, values, "decided_on")
    errors.required_text("reason", values.get("reason"), 1000)
    if values.get("project") is None:
        errors.add("project", "required", _("Kies een buurtproject."))
    await require_reference(errors, "project", NeighbourhoodProject, values.get("project"))
    errors.raise_if_any()
    async with write_transaction():
        await lock_money_balance()
        available = await available_cents()
        if values["amount_cents"] > available:
            errors.status_code = 409
            errors.add("amount_cents", "exceeds_available",
                       _("Er is maar %(amount)s beschikbaar voor herinvestering (resultaat inclusief subsidies, min wat al "
                         "is toegekend).", amount=money(max(available, 0))))
            errors.raise_if_any()
        row = await Allocation.insert(Allocation(
            project=values["project"], amount_cents=values["amount_cents"], decided_on=values["decided_on"],
            reason=values["reason"].strip(), decided_by=user_id, created_at=clock.now(),
        )).returning(Allocation.id)
    return await get_allocation(row[0]["id"])


async def spend(allocation_id: int, values: dict, user_id: int | None) -> dict | None:
    """Book spending against an allocation (None if it does not exist); 409 beyond what is left."""
    errors = Errors()
    _common(errors, values, "entry_date")
    errors.max_length("description", values.get("description"), 500)
    errors.raise_if_any()
    async with write_transaction():
        await lock_money_balance()
        allocation = await Allocation.select(Allocation.id, Allocation.project, Allocation.amount_cents,
                                             Allocation.project.neighbourhood.as_alias("neighbourhood")).where(
            Allocation.id == allocation_id).first()
        if allocation is None:
            return None
        left = allocation["amount_cents"] - await spent_cents(allocation_id)
        if values["amount_cents"] > left:
            errors.status_code = 409
            errors.add("amount_cents", "exceeds_allocation",
                       _("Van deze toekenning is nog maar %(amount)s over.", amount=money(left)))
            errors.raise_if_any()
        entry_id = await insert_entry({
            "kind": LedgerKind.reinvestment_spending.value, "amount_cents": values["amount_cents"],
            "entry_date": values["entry_date"], "description": (values.get("description") or "").strip(),
            "allocation": allocation_id, "project": allocation["project"],
            "neighbourhood": allocation["neighbourhood"],
        }, user_id)
    return await get_entry(entry_id)


async def get_allocation(allocation_id: int) -> dict | None:
    row = await Allocation.select(*ALLOCATION_FIELDS).where(Allocation.id == allocation_id).first()
    if row is not None:
        row["spent_cents"] = await spent_cents(allocation_id)
    return row


async def list_allocations(project_id: int | None = None) -> list[dict]:
    query = Allocation.select(*ALLOCATION_FIELDS).order_by(Allocation.decided_on, ascending=False).order_by(
        Allocation.id, ascending=False)
    if project_id is not None:
        query = query.where(Allocation.project == project_id)
    rows = await query
    spending = await LedgerEntry.select(LedgerEntry.allocation, Sum(LedgerEntry.amount_cents).as_alias("cents")).where(
        LedgerEntry.kind == LedgerKind.reinvestment_spending.value).group_by(LedgerEntry.allocation)
    spent = {row["allocation"]: int(row["cents"] or 0) for row in spending}
    for row in rows:
        row["spent_cents"] = spent.get(row["id"], 0)
    return rows
