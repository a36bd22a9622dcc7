"""JSON API for jobs under /api/v1/jobs (staff only); slots and skill requirements travel inside the job."""

from __future__ import annotations

from datetime import date

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.params import FromQuery, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.catalog import jobs
from wijkwerk.catalog.api import found, given, gone, page_of
from wijkwerk.catalog.job_schemas import Job, JobCreate, JobUpdate
from wijkwerk.catalog.schemas import FilterId, ItemId
from wijkwerk.common.pagination import Page, PageNumber, PerPage

NESTED = ("recurrences", "skill_requirements")


def plain(values: dict) -> dict:
    """Nested structs become dicts, so the service sees one shape from the API and the pages."""
    return {key: [msgspec.structs.asdict(item) for item in value] if key in NESTED else value
            for key, value in values.items()}


class JobApi(Controller):
    path = "/jobs"
    guards = [requires_staff]
    tags = ["jobs"]

    @get("/")
    async def list_items(
        self, client: FilterId = None, job_type: FilterId = None, neighbourhood: FilterId = None,
        active_on: FromQuery[date | None] = None,
        page: PageNumber = 1, per_page: PerPage = 50,
    ) -> Page[Job]:
        filters = jobs.JobFilter(client=client, job_type=job_type, neighbourhood=neighbourhood, active_on=active_on)
        rows, total = await jobs.list_jobs(filters, page, per_page)
        return page_of(rows, Job, page, per_page, total)

    @post("/")
    async def create(self, data: JSONBody[JobCreate]) -> Job:
        return found(await jobs.create_job(plain(msgspec.structs.asdict(data))), Job, "job")

    @get("/{item_id:int}")
    async def read(self, item_id: ItemId) -> Job:
        return found(await jobs.get_job(item_id), Job, "job")

    @patch("/{item_id:int}")
    async def update(self, item_id: ItemId, data: JSONBody[JobUpdate]) -> Job:
        return found(await jobs.update_job(item_id, plain(given(data))), Job, "job")

    @delete("/{item_id:int}")
    async def remove(self, item_id: ItemId) -> None:
        gone(await jobs.delete_job(item_id), "job")
