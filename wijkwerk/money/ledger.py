"""The ledger's writes and reads: manual entries, reversals, and the filtered list.

Nothing here updates or deletes a row (the database would refuse it anyway); a mistake is
corrected by a reversing entry that negates the original, at most once per entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wijkwerk import clock
from wijkwerk.common.existence import require_reference
from wijkwerk.common.pagination import paginate
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors, EARLIEST_WORK_DATE, InvalidInput
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.kinds import MANUAL_KINDS
from wijkwerk.money.locking import lock_money_balance
from wijkwerk.tables import Client, Funder, Job, LedgerEntry, Neighbourhood, NeighbourhoodProject
from wijkwerk.tables.enums import LedgerKind

MAX_CENTS = 1_000_000_000  # € 10 million: far above any real entry, well inside a 32-bit column
LINKS = ("job", "client", "funder", "project", "neighbourhood")
FIELDS = (
    LedgerEntry.id, LedgerEntry.entry_date, LedgerEntry.kind, LedgerEntry.amount_cents,
    LedgerEntry.description, LedgerEntry.period, LedgerEntry.job, LedgerEntry.client, LedgerEntry.funder,
    LedgerEntry.project, LedgerEntry.allocation, LedgerEntry.neighbourhood, LedgerEntry.reverses,
    LedgerEntry.entered_by, LedgerEntry.created_at,
    LedgerEntry.job.title.as_alias("job_title"), LedgerEntry.client.name.as_alias("client_name"),
    LedgerEntry.funder.name.as_alias("funder_name"), LedgerEntry.project.name.as_alias("project_name"),
    LedgerEntry.neighbourhood.name.as_alias("neighbourhood_name"),
    LedgerEntry.entered_by.username.as_alias("entered_by_name"),
)


@dataclass(frozen=True)
class LedgerFilter:
    kind: str | None = None
    start: date | None = None
    end: date | None = None  # inclusive
    funder: int | None = None
    project: int | None = None
    client: int | None = None
    neighbourhood: int | None = None


def validate_amount(errors: Errors, name: str, cents: int | None) -> None:
    if cents is None:
        errors.add(name, "required", _("Vul een bedrag in."))
    elif cents <= 0:
        errors.add(name, "not_positive", _("Het bedrag moet groter zijn dan nul."))
    elif cents > MAX_CENTS:
        errors.add(name, "too_large", _("Dit bedrag is te groot."))


async def _validate(values: dict) -> None:
    errors = Errors()
    errors.choice("kind", values.get("kind"), list(MANUAL_KINDS))
    if not values.get("kind"):
        errors.add("kind", "required", _("Kies een soort."))
    validate_amount(errors, "amount_cents", values.get("amount_cents"))
    if values.get("entry_date") is None:
        errors.add("entry_date", "required", _("Vul een datum in."))
    errors.sane_date("entry_date", values.get("entry_date"), EARLIEST_WORK_DATE)
    errors.max_length("description", values.get("description"), 500)
    if values.get("kind") == LedgerKind.subsidy.value and values.get("funder") is None:
        errors.add("funder", "required", _("Kies de financier van deze subsidie."))
    for name, table in (("job", Job), ("client", Client), ("funder", Funder), ("project", NeighbourhoodProject),
                        ("neighbourhood", Neighbourhood)):
        await require_reference(errors, name, table, values.get(name))
    errors.raise_if_any()


async def neighbourhood_of(values: dict) -> int | None:
    """A project's or job's own neighbourhood wins over a chosen one, so reports stay consistent."""
    if values.get("project"):
        row = await NeighbourhoodProject.select(NeighbourhoodProject.neighbourhood).where(
            NeighbourhoodProject.id == values["project"]).first()
        return row["neighbourhood"]
    if values.get("job"):
        return (await Job.select(Job.neighbourhood).where(Job.id == values["job"]).first())["neighbourhood"]
    return values.get("neighbourhood")


async def insert_entry(values: dict, user_id: int | None) -> int:
    """Write one entry as given (callers validate and hold the transaction)."""
    row = LedgerEntry(**values, entered_by=user_id, created_at=clock.now())
    return (await LedgerEntry.insert(row).returning(LedgerEntry.id))[0]["id"]


async def create_entry(values: dict, user_id: int | None) -> dict:
    """A manual entry: a subsidy, other income, supervision, materials or overhead."""
    values = {key: value for key, value in values.items() if value is not None}
    values["description"] = (values.get("description") or "").strip()
    async with write_transaction():
        await _validate(values)
        await lock_money_balance()
        values["neighbourhood"] = await neighbourhood_of(values)
        entry_id = await insert_entry(values, user_id)
    return await get_entry(entry_id)


async def reverse_entry(entry_id: int, user_id: int | None, reason: str = "") -> dict | None:
    """The reversing entry, or None when `entry_id` does not exist; 409 when it cannot be reversed."""
    errors = Errors(status_code=409)
    errors.max_length("reason", reason, 300)
    async with write_transaction():
        await lock_money_balance()
        original = await LedgerEntry.select().where(LedgerEntry.id == entry_id).first()
        if original is None:
            return None
        if original["reverses"] is not None:
            errors.add("entry", "is_reversal", _("Een tegenboeking kan zelf niet worden tegengeboekt."))
        elif await LedgerEntry.exists().where(LedgerEntry.reverses == entry_id):
            errors.add("entry", "already_reversed", _("Deze boeking is al tegengeboekt."))
        errors.raise_if_any()
        # Same date and links as the original, so every period and neighbourhood nets to zero.
        copy = {name: original[name] for name in (*LINKS, "kind", "period", "allocation")}
        text = _("Tegenboeking van boeking %(id)s", id=entry_id) + (f": {reason.strip()}" if reason.strip() else "")
        reversal_id = await insert_entry({**copy, "entry_date": original["entry_date"], "amount_cents": -original["amount_cents"],
                                          "reverses": entry_id, "description": text}, user_id)
    return await get_entry(reversal_id)


async def get_entry(entry_id: int) -> dict | None:
    row = await LedgerEntry.select(*FIELDS).where(LedgerEntry.id == entry_id).first()
    if row is not None:
        row["reversed_by"] = (await _reversed_by([entry_id])).get(entry_id)
    return row


async def _reversed_by(ids: list[int]) -> dict[int, int]:
    rows = await LedgerEntry.select(LedgerEntry.id, LedgerEntry.reverses).where(LedgerEntry.reverses.is_in(ids or [-1]))
    return {row["reverses"]: row["id"] for row in rows}


def _filtered(query, where: LedgerFilter):
    for name in ("kind", "funder", "project", "client", "neighbourhood"):
        value = getattr(where, name)
        if value is not None:
            query = query.where(getattr(LedgerEntry, name) == value)
    if where.start is not None:
        query = query.where(LedgerEntry.entry_date >= where.start)
    if where.end is not None:
        query = query.where(LedgerEntry.entry_date <= where.end)
    return query


async def list_entries(where: LedgerFilter, page: int = 1, per_page: int = 50) -> tuple[list[dict], int]:
    """Newest first, each with `reversed_by` (the id of its reversal, or None)."""
    query = _filtered(LedgerEntry.select(*FIELDS), where).order_by(LedgerEntry.entry_date, ascending=False).order_by(
        LedgerEntry.id, ascending=False)
    rows, total = await paginate(query, _filtered(LedgerEntry.count(), where), page, per_page)
    reversed_by = await _reversed_by([row["id"] for row in rows])
    for row in rows:
        row["reversed_by"] = reversed_by.get(row["id"])
    return rows, total


__all__ = ["InvalidInput", "LedgerFilter", "create_entry", "reverse_entry", "list_entries", "get_entry"]
