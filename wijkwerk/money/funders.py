"""Funders as data: who gives the subsidies and grants a ledger entry can point at."""

from __future__ import annotations

from wijkwerk.common.existence import is_taken
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.tables import Funder
from wijkwerk.tables.enums import FunderKind, values


async def list_funders() -> list[dict]:
    return await Funder.select(Funder.id, Funder.name, Funder.kind).order_by(Funder.name)


async def create_funder(name: str, kind: str) -> dict:
    errors = Errors()
    errors.required_text("name", name, 150)
    errors.choice("kind", kind, values(FunderKind))
    async with write_transaction():
        if not errors.items and await is_taken(Funder, Funder.name, name.strip()):
            errors.duplicate("name")
        errors.raise_if_any()
        row = await Funder.insert(Funder(name=name.strip(), kind=kind)).returning(Funder.id, Funder.name, Funder.kind)
    return row[0]
