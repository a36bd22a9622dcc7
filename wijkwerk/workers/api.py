"""JSON API for workers under /api/v1/workers (staff only): list, read, create, change, delete."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from wijkwerk.auth.guards import requires_staff
from wijkwerk.common.pagination import Page, PageNumber, PerPage
from wijkwerk.tables.enums import WorkerStatus
from wijkwerk.workers import services
from wijkwerk.workers.schemas import Worker, WorkerCreate, WorkerSummary, WorkerUpdate, plain

Search = Annotated[str, QueryParameter(max_length=100)]


def found(row: dict | None) -> Worker:
    if row is None:
        raise NotFoundException("worker not found")
    return msgspec.convert(row, Worker)


class WorkerApi(Controller):
    path = "/workers"
    guards = [requires_staff]
    tags = ["workers"]

    @get("/")
    async def list_items(
        self, status: FromQuery[WorkerStatus | None] = None, skill_id: FromQuery[int | None] = None,
        neighbourhood_id: FromQuery[int | None] = None, q: Search = "",
        page: PageNumber = 1, per_page: PerPage = 50,
    ) -> Page[WorkerSummary]:
        """Workers by last name; filter on status, a skill they hold, their wijk, or words of the name."""
        criteria = services.WorkerFilter(
            status=status.value if status else None, skill_id=skill_id, neighbourhood_id=neighbourhood_id, search=q,
        )
        rows, total = await services.list_workers(criteria, page, per_page)
        items = [msgspec.convert(row, WorkerSummary) for row in rows]
        return Page(items=items, page=page, per_page=per_page, total=total)

    @post("/")
    async def create(self, data: JSONBody[WorkerCreate]) -> Worker:
        """Create a worker with optional skills, windows, exceptions and preferences, all or nothing."""
        return found(await services.create_worker(plain(data)))

    @get("/{worker_id:int}")
    async def read(self, worker_id: FromPath[int]) -> Worker:
        return found(await services.get_worker(worker_id))

    @patch("/{worker_id:int}")
    async def update(self, worker_id: FromPath[int], data: JSONBody[WorkerUpdate]) -> Worker:
        """Change the worker's own fields; to stop, set status "left" (keeps history)."""
        return found(await services.update_worker(worker_id, plain(data)))

    @delete("/{worker_id:int}")
    async def remove(self, worker_id: FromPath[int]) -> None:
        """Delete a worker who never worked; one with assignments or an account answers 409."""
        if not await services.delete_worker(worker_id):
            raise NotFoundException("worker not found")
