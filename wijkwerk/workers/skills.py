"""A worker's skills with level and certificate dates, and whether a certificate still holds."""

from __future__ import annotations

from datetime import date, timedelta

from wijkwerk.common.existence import exists
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.tables import Worker, WorkerSkill
from wijkwerk.workers.checks import check_skill, check_skill_reference, today

# Long enough to book a refresher course before the certificate runs out.
EXPIRES_SOON = timedelta(days=60)


def certificate_state(expires_on: date | None, on: date) -> str | None:
    if expires_on is None:
        return None
    if expires_on < on:
        return "expired"
    return "expires_soon" if expires_on <= on + EXPIRES_SOON else "valid"


async def list_skills(worker_id: int) -> list[dict]:
    rows = await WorkerSkill.select(
        WorkerSkill.skill.as_alias("skill_id"), WorkerSkill.skill.name.as_alias("skill_name"),
        WorkerSkill.level, WorkerSkill.certificate_obtained_on, WorkerSkill.certificate_expires_on,
    ).where(WorkerSkill.worker == worker_id).order_by(WorkerSkill.skill.name)
    on = today()
    for row in rows:
        row["certificate_state"] = certificate_state(row["certificate_expires_on"], on)
    return rows


async def get_skill(worker_id: int, skill_id: int) -> dict | None:
    return next((row for row in await list_skills(worker_id) if row["skill_id"] == skill_id), None)


async def _held(worker_id: int, skill_id: int) -> bool:
    return await WorkerSkill.exists().where(
        (WorkerSkill.worker == worker_id) & (WorkerSkill.skill == skill_id)
    )


async def validate_new_skills(errors: Errors, rows: list[dict], worker_id: int | None, prefix: str) -> None:
    """Each row's fields and skill, and no skill twice for the same worker (409)."""
    seen: set[int] = set()
    for index, row in enumerate(rows):
        key = f"{prefix}[{index}]." if prefix else ""
        check_skill(errors, row, key)
        await check_skill_reference(errors, row, key)
        skill_id = row.get("skill_id")
        if skill_id in seen or (worker_id is not None and skill_id and await _held(worker_id, skill_id)):
            errors.duplicate(key + "skill_id")
        seen.add(skill_id)


async def insert_skill(worker_id: int, row: dict) -> None:
    await WorkerSkill.insert(WorkerSkill(
        worker=worker_id, skill=row["skill_id"], level=row.get("level", "learning"),
        certificate_obtained_on=row.get("certificate_obtained_on"),
        certificate_expires_on=row.get("certificate_expires_on"),
    ))


async def add_skill(worker_id: int, row: dict, errors: Errors | None = None) -> dict | None:
    """None when the worker does not exist."""
    async with write_transaction():
        if not await exists(Worker, worker_id):
            return None
        errors = errors or Errors()
        await validate_new_skills(errors, [row], worker_id, "")
        errors.raise_if_any()
        await insert_skill(worker_id, row)
    return await get_skill(worker_id, row["skill_id"])


async def update_skill(worker_id: int, skill_id: int, changes: dict, errors: Errors | None = None) -> dict | None:
    """None when the worker does not hold this skill."""
    async with write_transaction():
        current = await get_skill(worker_id, skill_id)
        if current is None:
            return None
        errors = errors or Errors()
        check_skill(errors, {**current, **changes})
        errors.raise_if_any()
        if changes:
            await WorkerSkill.update(changes).where(
                (WorkerSkill.worker == worker_id) & (WorkerSkill.skill == skill_id)
            )
    return await get_skill(worker_id, skill_id)


async def remove_skill(worker_id: int, skill_id: int) -> bool:
    async with write_transaction():
        if not await _held(worker_id, skill_id):
            return False
        await WorkerSkill.delete().where((WorkerSkill.worker == worker_id) & (WorkerSkill.skill == skill_id))
    return True
