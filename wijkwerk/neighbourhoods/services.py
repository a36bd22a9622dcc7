"""Neighbourhood records: validation and writes shared by the API and the pages."""

from __future__ import annotations

from wijkwerk.common.existence import is_taken
from wijkwerk.common.pagination import paginate
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.tables import Neighbourhood

FIELDS = (Neighbourhood.id, Neighbourhood.name, Neighbourhood.municipality)


async def validate(values: dict, current_id: int | None = None) -> None:
    errors = Errors()
    if "name" in values or current_id is None:
        errors.required_text("name", values.get("name"), 100)
    if "municipality" in values:
        errors.required_text("municipality", values.get("municipality"), 100)
    if not errors.items and values.get("name") and await is_taken(
        Neighbourhood, Neighbourhood.name, values["name"].strip(), current_id
    ):
        errors.duplicate("name")
    errors.raise_if_any()


async def get_neighbourhood(neighbourhood_id: int) -> dict | None:
    return await Neighbourhood.select(*FIELDS).where(Neighbourhood.id == neighbourhood_id).first()


async def list_neighbourhoods(page: int = 1, per_page: int = 500) -> tuple[list[dict], int]:
    return await paginate(
        Neighbourhood.select(*FIELDS).order_by(Neighbourhood.name), Neighbourhood.count(), page, per_page
    )


async def create_neighbourhood(values: dict) -> dict:
    values = {key: value.strip() for key, value in values.items()}
    async with write_transaction():
        await validate(values)
        row = await Neighbourhood.insert(Neighbourhood(**values)).returning(Neighbourhood.id)
    return await get_neighbourhood(row[0]["id"])


async def update_neighbourhood(neighbourhood_id: int, changes: dict) -> dict | None:
    changes = {key: value.strip() for key, value in changes.items()}
    async with write_transaction():
        if await get_neighbourhood(neighbourhood_id) is None:
            return None
        await validate(changes, neighbourhood_id)
        if changes:
            await Neighbourhood.update(changes).where(Neighbourhood.id == neighbourhood_id)
    return await get_neighbourhood(neighbourhood_id)


async def delete_neighbourhood(neighbourhood_id: int) -> bool:
    """False when it does not exist; the database refuses (409) while jobs still use it."""
    async with write_transaction():
        if await get_neighbourhood(neighbourhood_id) is None:
            return False
        await Neighbourhood.delete().where(Neighbourhood.id == neighbourhood_id)
    return True
