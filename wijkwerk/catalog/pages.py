"""Manager pages for clients (opdrachtgevers), skills (vaardigheden) and job types (soorten werk)."""

from __future__ import annotations

from wijkwerk.catalog import jobs, services
from wijkwerk.catalog.forms import client_kinds
from wijkwerk.catalog.record_pages import RecordPages, RecordService
from wijkwerk.common.forms import FormReader
from wijkwerk.tables.enums import ClientKind, values


class ClientPages(RecordPages):
    path = "/opdrachtgevers"
    service = RecordService(services.get_client, services.validate_client, services.create_client,
                            services.update_client, services.delete_client)
    list_template = "manage/clients.html"
    edit_template = "manage/clients_detail.html"
    text_fields = ("name", "kind", "contact_name", "email", "phone")

    def read(self, form: FormReader) -> dict:
        return {name: form.text(name) for name in self.text_fields}

    def options(self) -> dict:
        return {"kinds": client_kinds()}

    async def listing(self, params: dict) -> dict:
        kind = params.get("soort") if params.get("soort") in values(ClientKind) else ""
        rows, _ = await services.list_clients(kind or None)
        return {"rows": rows, "kind": kind, "job_counts": await services.job_counts_by_client()}

    async def detail(self, row: dict) -> dict:
        rows, _ = await jobs.list_jobs(jobs.JobFilter(client=row["id"]))
        return {"jobs": rows}


def _or_default(value: int | None, default: int) -> int:
    return default if value is None else value


class SkillPages(RecordPages):
    path = "/vaardigheden"
    service = RecordService(services.get_skill, services.validate_skill, services.create_skill,
                            services.update_skill, services.delete_skill)
    list_template = "manage/skills.html"
    edit_template = "manage/skills_edit.html"
    text_fields = ("name", "description", "certificate_validity_months", "level_up_after_shifts")
    checkboxes = ("certificate_required",)

    def read(self, form: FormReader) -> dict:
        return {"name": form.text("name"), "description": form.text("description"),
                "certificate_required": form.boolean("certificate_required"),
                "certificate_validity_months": form.integer("certificate_validity_months"),
                # Left empty: the usual five shifts.
                "level_up_after_shifts": _or_default(form.integer("level_up_after_shifts"), 5)}

    async def listing(self, params: dict) -> dict:
        rows, _ = await services.list_skills()
        return {"rows": rows}


class JobTypePages(RecordPages):
    path = "/soorten-werk"
    service = RecordService(services.get_job_type, services.validate_job_type, services.create_job_type,
                            services.update_job_type, services.delete_job_type)
    list_template = "manage/job_types.html"
    edit_template = "manage/job_types_edit.html"
    text_fields = ("code", "name_nl", "name_en")

    def read(self, form: FormReader) -> dict:
        return {name: form.text(name) for name in self.text_fields}

    async def listing(self, params: dict) -> dict:
        rows, _ = await services.list_job_types()
        return {"rows": rows}
