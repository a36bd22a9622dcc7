"""Neighbourhood projects and their outcomes: free text plus counted rows (label + number)."""

from __future__ import annotations

from wijkwerk.common.existence import is_taken, require_reference
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.ledger import MAX_CENTS
from wijkwerk.tables import Neighbourhood, NeighbourhoodProject, ProjectOutcome
from wijkwerk.tables.enums import ProjectStatus, values

FIELDS = (
    NeighbourhoodProject.id, NeighbourhoodProject.name, NeighbourhoodProject.neighbourhood,
    NeighbourhoodProject.neighbourhood.name.as_alias("neighbourhood_name"), NeighbourhoodProject.description,
    NeighbourhoodProject.budget_cents, NeighbourhoodProject.status, NeighbourhoodProject.outcomes_text,
)


async def _validate(values_: dict, current_id: int | None) -> None:
    errors = Errors()
    errors.required_text("name", values_.get("name"), 150)
    errors.max_length("description", values_.get("description"), 5000)
    errors.max_length("outcomes_text", values_.get("outcomes_text"), 5000)
    errors.choice("status", values_.get("status"), values(ProjectStatus))
    if values_.get("budget_cents") is None:
        errors.add("budget_cents", "required", _("Vul een bedrag in."))
    errors.non_negative("budget_cents", values_.get("budget_cents"), MAX_CENTS)
    if values_.get("neighbourhood") is None:
        errors.add("neighbourhood", "required", _("Kies een wijk."))
    await require_reference(errors, "neighbourhood", Neighbourhood, values_.get("neighbourhood"))
    if not errors.items and await is_taken(NeighbourhoodProject, NeighbourhoodProject.name,
                                           values_["name"].strip(), current_id):
        errors.duplicate("name")
    errors.raise_if_any()


def _clean(values_: dict) -> dict:
    return {key: value.strip() if isinstance(value, str) else value for key, value in values_.items()}


async def create_project(values_: dict) -> dict:
    values_ = _clean(values_)
    async with write_transaction():
        await _validate(values_, None)
        row = await NeighbourhoodProject.insert(NeighbourhoodProject(**values_)).returning(NeighbourhoodProject.id)
    return await get_project(row[0]["id"])


async def update_project(project_id: int, values_: dict) -> dict | None:
    values_ = _clean(values_)
    async with write_transaction():
        if await get_project(project_id) is None:
            return None
        await _validate(values_, project_id)
        await NeighbourhoodProject.update(values_).where(NeighbourhoodProject.id == project_id)
    return await get_project(project_id)


async def get_project(project_id: int) -> dict | None:
    row = await NeighbourhoodProject.select(*FIELDS).where(NeighbourhoodProject.id == project_id).first()
    if row is not None:
        row["outcomes"] = await ProjectOutcome.select(ProjectOutcome.id, ProjectOutcome.label, ProjectOutcome.number).where(
            ProjectOutcome.project == project_id).order_by(ProjectOutcome.id)
    return row


async def list_projects() -> list[dict]:
    return await NeighbourhoodProject.select(*FIELDS).order_by(NeighbourhoodProject.name)


async def add_outcome(project_id: int, label: str, number: int | None) -> None:
    errors = Errors()
    errors.required_text("label", label, 100)
    if number is None:
        errors.add("number", "required", _("Vul een aantal in."))
    errors.non_negative("number", number, 10_000_000)
    errors.raise_if_any()
    async with write_transaction():
        await ProjectOutcome.insert(ProjectOutcome(project=project_id, label=label.strip(), number=number))


async def remove_outcome(project_id: int, outcome_id: int) -> bool:
    async with write_transaction():
        found = await ProjectOutcome.exists().where(ProjectOutcome.id == outcome_id, ProjectOutcome.project == project_id)
        if found:
            await ProjectOutcome.delete().where(ProjectOutcome.id == outcome_id)
    return found
