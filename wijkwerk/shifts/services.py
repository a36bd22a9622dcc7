"""Shift records: validation and writes shared by the API and the week page."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from wijkwerk.common.existence import require_reference
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Assignment, Job, Shift, ShiftSkillRequirement, Skill

MAX_SHIFT_LENGTH = timedelta(hours=24)
COLUMNS = (Shift.all_columns(), Shift.job.title.as_alias("job_title"))


async def _validate(values: dict, errors: Errors) -> None:
    for name in ("starts_at", "ends_at"):
        errors.aware(name, values.get(name))
        errors.sane_date(name, values.get(name), earliest=EARLIEST_WORK_DATE)
    start, end = values.get("starts_at"), values.get("ends_at")
    if not errors.items:
        errors.ordered("ends_at", start, end)
        if start and end and end - start > MAX_SHIFT_LENGTH:
            errors.add("ends_at", "too_long", _("Een dienst duurt hoogstens 24 uur."))
    low, target, high = (values.get(k) for k in ("headcount_min", "headcount_target", "headcount_max"))
    for name in ("headcount_min", "headcount_target", "headcount_max"):
        errors.non_negative(name, values.get(name), maximum=500)
    if high is not None and high < 1:
        errors.add("headcount_max", "too_small", _("Er moet minstens één plek zijn."))
    if None not in (low, target, high) and not low <= target <= high:
        errors.add("headcount_target", "headcount_order",
                   _("Minimum, gewenst en maximum moeten oplopen (minimum ≤ gewenst ≤ maximum)."))
    errors.max_length("note", values.get("note"), 2000)
    if "job" in values:
        await require_reference(errors, "job", Job, values["job"])


async def _validate_requirements(requirements: list[dict], errors: Errors) -> None:
    seen: set[int] = set()
    for index, requirement in enumerate(requirements):
        key = f"requirements[{index}].skill"
        if requirement["skill"] in seen:
            errors.add(key, "duplicate", _("Deze vaardigheid staat er al."))
        seen.add(requirement["skill"])
        await require_reference(errors, key, Skill, requirement["skill"])
        if requirement.get("minimum", 1) < 1:
            errors.add(f"requirements[{index}].minimum", "too_small", _("Minstens 1."))


def _utc(values: dict) -> dict:
    return {k: (v.astimezone(timezone.utc) if isinstance(v, datetime) else v) for k, v in values.items()}


async def get_shift(shift_id: int) -> dict | None:
    row = await Shift.select(*COLUMNS).where(Shift.id == shift_id).first()
    if row is None:
        return None
    row["requirements"] = await ShiftSkillRequirement.select(
        ShiftSkillRequirement.skill, ShiftSkillRequirement.minimum,
        ShiftSkillRequirement.skill.name.as_alias("skill_name"),
    ).where(ShiftSkillRequirement.shift == shift_id)
    return row


async def _replace_requirements(shift_id: int, requirements: list[dict]) -> None:
    await ShiftSkillRequirement.delete().where(ShiftSkillRequirement.shift == shift_id)
    for requirement in requirements:
        await ShiftSkillRequirement.insert(
            ShiftSkillRequirement(shift=shift_id, skill=requirement["skill"], minimum=requirement.get("minimum", 1))
        )


async def create_shift(values: dict) -> dict:
    requirements = values.pop("requirements", [])
    errors = Errors()
    async with write_transaction():
        await _validate(values, errors)
        await _validate_requirements(requirements, errors)
        errors.raise_if_any()
        rows = await Shift.insert(Shift(**_utc(values), source="manual")).returning(Shift.id)
        await _replace_requirements(rows[0]["id"], requirements)
    return await get_shift(rows[0]["id"])


async def update_shift(shift_id: int, changes: dict) -> dict | None:
    requirements = changes.pop("requirements", None)
    errors = Errors()
    async with write_transaction():
        current = await Shift.select().where(Shift.id == shift_id).first()
        if current is None:
            return None
        merged = {**current, **changes}
        await _validate({k: merged[k] for k in changes.keys() | {"starts_at", "ends_at",
                         "headcount_min", "headcount_target", "headcount_max"}}, errors)
        if requirements is not None:
            await _validate_requirements(requirements, errors)
        errors.raise_if_any()
        if changes:
            await Shift.update(_utc(changes)).where(Shift.id == shift_id)
        if requirements is not None:
            await _replace_requirements(shift_id, requirements)
    return await get_shift(shift_id)


async def delete_shift(shift_id: int) -> bool:
    """Delete a shift nobody is rostered on; otherwise the manager cancels it instead (409)."""
    async with write_transaction():
        if not await Shift.exists().where(Shift.id == shift_id):
            return False
        if await Assignment.exists().where(Assignment.shift == shift_id):
            errors = Errors(status_code=409)
            errors.add("id", "in_use", _("Er zijn al mensen ingeroosterd; annuleer de dienst in plaats daarvan."))
            errors.raise_if_any()
        await Shift.delete().where(Shift.id == shift_id)
    return True
