"""Read and write one catalog row all-or-nothing: the plumbing shared by clients, job types, skills and jobs.

Updates are validated against the merged record (stored values plus changes), so a PATCH of one
field is checked against the rest, exactly as the database checks will.
"""

from __future__ import annotations

from enum import Enum
from typing import Awaitable, Callable

from piccolo.table import Table

from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors

Validator = Callable[[dict, "int | None"], Awaitable[None]]


def clean(values: dict) -> dict:
    """Trim text and store enums by their code, as the tables expect."""
    result = {}
    for key, value in values.items():
        if isinstance(value, Enum):
            value = value.value
        result[key] = value.strip() if isinstance(value, str) else value
    return result


async def get_row(table: type[Table], fields: tuple, row_id: int) -> dict | None:
    return await table.select(*fields).where(table._meta.primary_key == row_id).first()


async def create_row(table: type[Table], values: dict, validate: Validator) -> int:
    values = clean(values)
    async with write_transaction():
        await validate(values, None)
        rows = await table.insert(table(**values)).returning(table._meta.primary_key)
    return rows[0]["id"]


async def update_row(table: type[Table], fields: tuple, row_id: int, changes: dict, validate: Validator) -> bool:
    """False when the row does not exist; InvalidInput when the merged record breaks a rule."""
    changes = clean(changes)
    async with write_transaction():
        current = await get_row(table, fields, row_id)
        if current is None:
            return False
        await validate({**current, **changes}, row_id)
        if changes:
            await table.update(changes).where(table._meta.primary_key == row_id)
    return True


async def delete_row(table: type[Table], row_id: int, in_use: Callable[[int], Awaitable[str | None]]) -> bool:
    """False when the row does not exist; a 409 with the reason while other records still use it."""
    async with write_transaction():
        if not await table.exists().where(table._meta.primary_key == row_id):
            return False
        reason = await in_use(row_id)
        if reason:
            errors = Errors(status_code=409)
            errors.add("id", "in_use", reason)
            errors.raise_if_any()
        await table.delete().where(table._meta.primary_key == row_id)
    return True
