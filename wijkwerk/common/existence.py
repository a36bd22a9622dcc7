"""Checks that referenced rows exist, so a bad id becomes a field error instead of a DB error."""

from __future__ import annotations

from piccolo.table import Table

from wijkwerk.common.validation import Errors


async def exists(table: type[Table], row_id: int | None) -> bool:
    if row_id is None:
        return False
    return await table.exists().where(table._meta.primary_key == row_id)


async def require_reference(errors: Errors, name: str, table: type[Table], row_id: int | None) -> None:
    if row_id is not None and not await exists(table, row_id):
        errors.not_found(name)


async def is_taken(table: type[Table], column, value, exclude_id: int | None = None) -> bool:
    """True when another row already holds `value` in a unique `column`."""
    query = table.exists().where(column == value)
    if exclude_id is not None:
        query = query.where(table._meta.primary_key != exclude_id)
    return await query
