"""Clients, job types and skills: validation and writes shared by the API and the pages."""

from __future__ import annotations

import re

from piccolo.query.functions.aggregate import Count

from wijkwerk.catalog.records import create_row, delete_row, get_row, update_row
from wijkwerk.common.existence import is_taken
from wijkwerk.common.pagination import paginate
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import (
    Client, Job, JobSkillRequirement, JobType, ShiftSkillRequirement, Skill, WorkerSkill,
)
from wijkwerk.tables.enums import ClientKind, values

CLIENT_FIELDS = (Client.id, Client.name, Client.kind, Client.contact_name, Client.email, Client.phone)
JOB_TYPE_FIELDS = (JobType.id, JobType.code, JobType.name_nl, JobType.name_en)
SKILL_FIELDS = (
    Skill.id, Skill.name, Skill.description, Skill.certificate_required, Skill.certificate_validity_months,
    Skill.level_up_after_shifts,
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CODE = re.compile(r"^[a-z0-9_]+$")


async def _unique(errors: Errors, table, column, name: str, value: str | None, current_id: int | None) -> None:
    if name not in {error.field for error in errors.items} and value and await is_taken(
        table, column, value, current_id
    ):
        errors.duplicate(name)


# Clients (opdrachtgevers)

async def validate_client(record: dict, current_id: int | None = None) -> None:
    errors = Errors()
    errors.required_text("name", record.get("name"), 150)
    errors.choice("kind", record.get("kind"), values(ClientKind))
    errors.max_length("contact_name", record.get("contact_name"), 150)
    errors.max_length("phone", record.get("phone"), 40)
    email = record.get("email") or ""
    errors.max_length("email", email, 200)
    if email and len(email) <= 200 and not _EMAIL.match(email):
        errors.add("email", "invalid_email", _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."))
    await _unique(errors, Client, Client.name, "name", record.get("name"), current_id)
    errors.raise_if_any()


async def get_client(client_id: int) -> dict | None:
    return await get_row(Client, CLIENT_FIELDS, client_id)


async def list_clients(kind: str | None = None, page: int = 1, per_page: int = 500) -> tuple[list[dict], int]:
    query, count = Client.select(*CLIENT_FIELDS).order_by(Client.name), Client.count()
    if kind:
        query, count = query.where(Client.kind == kind), count.where(Client.kind == kind)
    return await paginate(query, count, page, per_page)


async def job_counts_by_client() -> dict[int, int]:
    rows = await Job.select(Job.client, Count(alias="jobs")).group_by(Job.client)
    return {row["client"]: row["jobs"] for row in rows}


async def create_client(record: dict) -> dict:
    return await get_client(await create_row(Client, record, validate_client))


async def update_client(client_id: int, changes: dict) -> dict | None:
    if not await update_row(Client, CLIENT_FIELDS, client_id, changes, validate_client):
        return None
    return await get_client(client_id)


async def _client_in_use(client_id: int) -> str | None:
    if await Job.exists().where(Job.client == client_id):
        return _("Deze opdrachtgever heeft nog opdrachten. Verwijder of verplaats die eerst.")
    return None


async def delete_client(client_id: int) -> bool:
    return await delete_row(Client, client_id, _client_in_use)


# Job types (soorten werk)

async def validate_job_type(record: dict, current_id: int | None = None) -> None:
    errors = Errors()
    code = record.get("code")
    errors.required_text("code", code, 40)
    if code and len(code) <= 40 and not _CODE.match(code):
        errors.add("code", "invalid_code", _("Alleen kleine letters, cijfers en _, bijvoorbeeld groen_onderhoud."))
    errors.required_text("name_nl", record.get("name_nl"), 100)
    errors.required_text("name_en", record.get("name_en"), 100)
    await _unique(errors, JobType, JobType.code, "code", code, current_id)
    errors.raise_if_any()


async def get_job_type(job_type_id: int) -> dict | None:
    return await get_row(JobType, JOB_TYPE_FIELDS, job_type_id)


async def list_job_types(page: int = 1, per_page: int = 500) -> tuple[list[dict], int]:
    return await paginate(JobType.select(*JOB_TYPE_FIELDS).order_by(JobType.name_nl), JobType.count(), page, per_page)


async def create_job_type(record: dict) -> dict:
    return await get_job_type(await create_row(JobType, record, validate_job_type))


async def update_job_type(job_type_id: int, changes: dict) -> dict | None:
    if not await update_row(JobType, JOB_TYPE_FIELDS, job_type_id, changes, validate_job_type):
        return None
    return await get_job_type(job_type_id)


async def _job_type_in_use(job_type_id: int) -> str | None:
    if await Job.exists().where(Job.job_type == job_type_id):
        return _("Er zijn nog opdrachten van deze soort. Geef die eerst een andere soort.")
    return None


async def delete_job_type(job_type_id: int) -> bool:
    return await delete_row(JobType, job_type_id, _job_type_in_use)


# Skills (vaardigheden)

async def validate_skill(record: dict, current_id: int | None = None) -> None:
    errors = Errors()
    errors.required_text("name", record.get("name"), 100)
    errors.max_length("description", record.get("description"), 2000)
    months = record.get("certificate_validity_months")
    if months is not None and not 1 <= months <= 600:
        errors.add("certificate_validity_months", "out_of_range", _("Vul een aantal maanden van 1 tot 600 in."))
    shifts = record.get("level_up_after_shifts")
    if shifts is not None and not 1 <= shifts <= 1000:
        errors.add("level_up_after_shifts", "out_of_range", _("Vul een aantal diensten van 1 tot 1000 in."))
    await _unique(errors, Skill, Skill.name, "name", record.get("name"), current_id)
    errors.raise_if_any()


async def get_skill(skill_id: int) -> dict | None:
    return await get_row(Skill, SKILL_FIELDS, skill_id)


async def list_skills(page: int = 1, per_page: int = 500) -> tuple[list[dict], int]:
    return await paginate(Skill.select(*SKILL_FIELDS).order_by(Skill.name), Skill.count(), page, per_page)


async def create_skill(record: dict) -> dict:
    return await get_skill(await create_row(Skill, record, validate_skill))


async def update_skill(skill_id: int, changes: dict) -> dict | None:
    if not await update_row(Skill, SKILL_FIELDS, skill_id, changes, validate_skill):
        return None
    return await get_skill(skill_id)


async def _skill_in_use(skill_id: int) -> str | None:
    for table in (WorkerSkill, JobSkillRequirement, ShiftSkillRequirement):
        if await table.exists().where(table.skill == skill_id):
            return _("Deze vaardigheid is nog gekoppeld aan deelnemers, opdrachten of diensten.")
    return None


async def delete_skill(skill_id: int) -> bool:
    return await delete_row(Skill, skill_id, _skill_in_use)
