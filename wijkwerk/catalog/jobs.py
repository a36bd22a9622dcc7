"""Jobs (opdrachten) with their weekly slots and skill requirements: reads and all-or-nothing writes.

A job and its children are always written in one transaction: a job with one bad slot creates
nothing. Slots sent with their id are updated in place, so shifts generated from them keep
their link; slots left out are removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wijkwerk.catalog.job_validation import validate_job
from wijkwerk.catalog.records import clean, delete_row, get_row
from wijkwerk.common.pagination import paginate
from wijkwerk.common.transactions import write_transaction
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Job, JobRecurrence, JobSkillRequirement, Shift

COLUMNS = (
    Job.id, Job.title, Job.client, Job.job_type, Job.neighbourhood, Job.meeting_point, Job.address,
    Job.what_to_bring, Job.work_mode, Job.additionality, Job.price_kind, Job.price_cents, Job.active_from,
    Job.active_until, Job.supervisor_name, Job.supervisor_phone,
)
FIELDS = COLUMNS + (
    Job.client.name.as_alias("client_name"),
    Job.job_type.name_nl.as_alias("job_type_name"),
    Job.neighbourhood.name.as_alias("neighbourhood_name"),
)
SLOT_FIELDS = (
    JobRecurrence.id, JobRecurrence.job, JobRecurrence.weekday, JobRecurrence.start_time, JobRecurrence.end_time,
    JobRecurrence.headcount_min, JobRecurrence.headcount_target, JobRecurrence.headcount_max,
    JobRecurrence.supervisor_required,
)


@dataclass(frozen=True)
class JobFilter:
    client: int | None = None
    job_type: int | None = None
    neighbourhood: int | None = None
    active_on: date | None = None

    def conditions(self) -> list:
        where = [column == value for column, value in (
            (Job.client, self.client), (Job.job_type, self.job_type), (Job.neighbourhood, self.neighbourhood),
        ) if value is not None]
        if self.active_on is not None:
            where.append(Job.active_from <= self.active_on)
            where.append(Job.active_until.is_null() | (Job.active_until >= self.active_on))
        return where


async def _with_children(rows: list[dict]) -> list[dict]:
    ids = [row["id"] for row in rows]
    slots = requirements = []
    if ids:
        slots = await JobRecurrence.select(*SLOT_FIELDS).where(JobRecurrence.job.is_in(ids)).order_by(
            JobRecurrence.weekday).order_by(JobRecurrence.start_time)
        requirements = await JobSkillRequirement.select(
            JobSkillRequirement.job, JobSkillRequirement.skill, JobSkillRequirement.skill.name.as_alias("skill_name"),
            JobSkillRequirement.minimum,
        ).where(JobSkillRequirement.job.is_in(ids)).order_by(JobSkillRequirement.skill.name)
    for row in rows:
        row["recurrences"] = [slot for slot in slots if slot["job"] == row["id"]]
        row["skill_requirements"] = [item for item in requirements if item["job"] == row["id"]]
    return rows


async def get_job(job_id: int) -> dict | None:
    row = await get_row(Job, FIELDS, job_id)
    return None if row is None else (await _with_children([row]))[0]


async def list_jobs(filters: JobFilter = JobFilter(), page: int = 1, per_page: int = 500) -> tuple[list[dict], int]:
    query, count = Job.select(*FIELDS).order_by(Job.title), Job.count()
    where = filters.conditions()
    if where:
        query, count = query.where(*where), count.where(*where)
    rows, total = await paginate(query, count, page, per_page)
    return await _with_children(rows), total


async def _save_slots(job_id: int, slots: list[dict]) -> None:
    kept = [slot["id"] for slot in slots if slot.get("id") is not None]
    removed = JobRecurrence.delete().where(JobRecurrence.job == job_id)
    await (removed.where(JobRecurrence.id.not_in(kept)) if kept else removed)
    for slot in slots:
        values = {key: value for key, value in slot.items() if key != "id"}
        if slot.get("id") is not None:
            await JobRecurrence.update(values).where(JobRecurrence.id == slot["id"])
        else:
            await JobRecurrence.insert(JobRecurrence(job=job_id, **values))


async def _save_requirements(job_id: int, requirements: list[dict]) -> None:
    await JobSkillRequirement.delete().where(JobSkillRequirement.job == job_id)
    if requirements:
        await JobSkillRequirement.insert(*[
            JobSkillRequirement(job=job_id, skill=item["skill"], minimum=item["minimum"]) for item in requirements
        ])


async def _save_children(job_id: int, slots: list[dict] | None, requirements: list[dict] | None) -> None:
    if slots is not None:
        await _save_slots(job_id, slots)
    if requirements is not None:
        await _save_requirements(job_id, requirements)


async def create_job(record: dict) -> dict:
    record = clean(record)
    slots, requirements = record.pop("recurrences", []), record.pop("skill_requirements", [])
    async with write_transaction():
        await validate_job({**record, "recurrences": slots, "skill_requirements": requirements})
        job_id = (await Job.insert(Job(**record)).returning(Job.id))[0]["id"]
        await _save_children(job_id, slots, requirements)
    return await get_job(job_id)


async def update_job(job_id: int, changes: dict) -> dict | None:
    """Change the given fields; a given slot or requirement list replaces the stored one."""
    changes = clean(changes)
    slots, requirements = changes.pop("recurrences", None), changes.pop("skill_requirements", None)
    async with write_transaction():
        current = await get_row(Job, COLUMNS, job_id)
        if current is None:
            return None
        await validate_job({**current, **changes, "recurrences": slots, "skill_requirements": requirements}, job_id)
        if changes:
            await Job.update(changes).where(Job.id == job_id)
        await _save_children(job_id, slots, requirements)
    return await get_job(job_id)


async def _job_in_use(job_id: int) -> str | None:
    if await Shift.exists().where(Shift.job == job_id):
        return _("Er zijn al diensten voor deze opdracht. Zet een einddatum in plaats van te verwijderen.")
    return None


async def delete_job(job_id: int) -> bool:
    return await delete_row(Job, job_id, _job_in_use)
