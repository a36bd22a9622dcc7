"""JSON API for clients, job types and skills under /api/v1 (staff only)."""

from __future__ import annotations

from typing import TypeVar

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.exceptions import NotFoundException
from litestar.params import FromQuery, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.catalog import services
from wijkwerk.catalog.schemas import (
    Client, ClientCreate, ClientUpdate, ItemId, JobType, JobTypeCreate, JobTypeUpdate, Skill, SkillCreate,
    SkillUpdate,
)
from wijkwerk.common.pagination import Page, PageNumber, PerPage
from wijkwerk.tables.enums import ClientKind

T = TypeVar("T")


def found(row: dict | None, shape: type[T], what: str) -> T:
    if row is None:
        raise NotFoundException(f"{what} not found")
    return msgspec.convert(row, shape)


def given(data: msgspec.Struct) -> dict:
    """The fields a PATCH body actually sent."""
    return {key: value for key, value in msgspec.structs.asdict(data).items() if value is not msgspec.UNSET}


def page_of(rows: list[dict], shape: type[T], page: int, per_page: int, total: int) -> Page[T]:
    return Page(items=[msgspec.convert(row, shape) for row in rows], page=page, per_page=per_page, total=total)


def gone(deleted: bool, what: str) -> None:
    if not deleted:
        raise NotFoundException(f"{what} not found")


class ClientApi(Controller):
    path = "/clients"
    guards = [requires_staff]
    tags = ["clients"]

    @get("/")
    async def list_items(self, kind: FromQuery[ClientKind | None] = None, page: PageNumber = 1,
                         per_page: PerPage = 50) -> Page[Client]:
        rows, total = await services.list_clients(kind.value if kind else None, page, per_page)
        return page_of(rows, Client, page, per_page, total)

    @post("/")
    async def create(self, data: JSONBody[ClientCreate]) -> Client:
        return found(await services.create_client(msgspec.structs.asdict(data)), Client, "client")

    @get("/{item_id:int}")
    async def read(self, item_id: ItemId) -> Client:
        return found(await services.get_client(item_id), Client, "client")

    @patch("/{item_id:int}")
    async def update(self, item_id: ItemId, data: JSONBody[ClientUpdate]) -> Client:
        return found(await services.update_client(item_id, given(data)), Client, "client")

    @delete("/{item_id:int}")
    async def remove(self, item_id: ItemId) -> None:
        gone(await services.delete_client(item_id), "client")


class JobTypeApi(Controller):
    path = "/job-types"
    guards = [requires_staff]
    tags = ["job types"]

    @get("/")
    async def list_items(self, page: PageNumber = 1, per_page: PerPage = 50) -> Page[JobType]:
        rows, total = await services.list_job_types(page, per_page)
        return page_of(rows, JobType, page, per_page, total)

    @post("/")
    async def create(self, data: JSONBody[JobTypeCreate]) -> JobType:
        return found(await services.create_job_type(msgspec.structs.asdict(data)), JobType, "job type")

    @get("/{item_id:int}")
    async def read(self, item_id: ItemId) -> JobType:
        return found(await services.get_job_type(item_id), JobType, "job type")

    @patch("/{item_id:int}")
    async def update(self, item_id: ItemId, data: JSONBody[JobTypeUpdate]) -> JobType:
        return found(await services.update_job_type(item_id, given(data)), JobType, "job type")

    @delete("/{item_id:int}")
    async def remove(self, item_id: ItemId) -> None:
        gone(await services.delete_job_type(item_id), "job type")


class SkillApi(Controller):
    path = "/skills"
    guards = [requires_staff]
    tags = ["skills"]

    @get("/")
    async def list_items(self, page: PageNumber = 1, per_page: PerPage = 50) -> Page[Skill]:
        rows, total = await services.list_skills(page, per_page)
        return page_of(rows, Skill, page, per_page, total)

    @post("/")
    async def create(self, data: JSONBody[SkillCreate]) -> Skill:
        return found(await services.create_skill(msgspec.structs.asdict(data)), Skill, "skill")

    @get("/{item_id:int}")
    async def read(self, item_id: ItemId) -> Skill:
        return found(await services.get_skill(item_id), Skill, "skill")

    @patch("/{item_id:int}")
    async def update(self, item_id: ItemId, data: JSONBody[SkillUpdate]) -> Skill:
        return found(await services.update_skill(item_id, given(data)), Skill, "skill")

    @delete("/{item_id:int}")
    async def remove(self, item_id: ItemId) -> None:
        gone(await services.delete_skill(item_id), "skill")
