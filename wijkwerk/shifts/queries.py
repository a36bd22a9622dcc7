"""Reading shifts for a week: one query for the shifts, one for all their requirements."""

from __future__ import annotations

from datetime import datetime

from wijkwerk.tables import Shift, ShiftSkillRequirement

LIST_COLUMNS = (
    Shift.all_columns(), Shift.job.title.as_alias("job_title"),
    Shift.job.neighbourhood.name.as_alias("neighbourhood"), Shift.job.job_type.name_nl.as_alias("job_type"),
)


def _filtered(query, start: datetime | None, end: datetime | None, job: int | None,
              neighbourhood: int | None = None):
    if start is not None:
        query = query.where(Shift.starts_at >= start)
    if end is not None:
        query = query.where(Shift.starts_at < end)
    if job is not None:
        query = query.where(Shift.job == job)
    if neighbourhood is not None:
        query = query.where(Shift.job.neighbourhood == neighbourhood)
    return query


async def list_shifts(start: datetime | None = None, end: datetime | None = None, job: int | None = None,
                      neighbourhood: int | None = None, page: int = 1, per_page: int = 500
                      ) -> tuple[list[dict], int]:
    query = _filtered(Shift.select(*LIST_COLUMNS), start, end, job, neighbourhood)
    rows = await query.order_by(Shift.starts_at).order_by(Shift.id).limit(per_page).offset((page - 1) * per_page)
    total = await _filtered(Shift.count(), start, end, job, neighbourhood)
    await attach_requirements(rows)
    return rows, total


async def attach_requirements(rows: list[dict]) -> None:
    if not rows:
        return
    requirements = await ShiftSkillRequirement.select(
        ShiftSkillRequirement.shift, ShiftSkillRequirement.skill, ShiftSkillRequirement.minimum,
        ShiftSkillRequirement.skill.name.as_alias("skill_name"),
    ).where(ShiftSkillRequirement.shift.is_in([row["id"] for row in rows]))
    by_shift: dict[int, list[dict]] = {}
    for requirement in requirements:
        by_shift.setdefault(requirement.pop("shift"), []).append(requirement)
    for row in rows:
        row["requirements"] = by_shift.get(row["id"], [])
