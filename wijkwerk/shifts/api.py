"""JSON API for shifts under /api/v1/shifts, filterable by ISO week and job (staff only)."""

from __future__ import annotations

import re

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.exceptions import NotFoundException, ValidationException
from litestar.params import FromPath, FromQuery, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.common.pagination import Page, PageNumber, PerPage
from wijkwerk.shifts import queries, services
from wijkwerk.shifts.schemas import Shift, ShiftCreate, ShiftUpdate, SkillRequirement
from wijkwerk.shifts.weeks import is_valid_week, week_range_utc

WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_week(text: str) -> tuple[int, int]:
    match = WEEK.match(text)
    if not match or not is_valid_week(int(match[1]), int(match[2])):
        raise ValidationException(
            "Validation failed",
            extra=[{"key": "week", "code": "invalid_week", "message": "use an ISO week like 2026-W10", "source": "query"}],
        )
    return int(match[1]), int(match[2])


def _shape(row: dict | None) -> Shift:
    if row is None:
        raise NotFoundException("shift not found")
    row = dict(row)
    row.setdefault("job_title", "")
    row["requirements"] = [SkillRequirement(skill=r["skill"], minimum=r["minimum"]) for r in row["requirements"]]
    return msgspec.convert(row, Shift, from_attributes=True, strict=False)


def _plain(struct) -> dict:
    values = {k: v for k, v in msgspec.structs.asdict(struct).items() if v is not msgspec.UNSET}
    if "requirements" in values:
        values["requirements"] = [msgspec.structs.asdict(r) for r in values["requirements"]]
    return values


class ShiftApi(Controller):
    path = "/shifts"
    guards = [requires_staff]
    tags = ["shifts"]

    @get("/")
    async def list_items(self, week: FromQuery[str | None] = None, job: FromQuery[int | None] = None,
                         page: PageNumber = 1, per_page: PerPage = 50) -> Page[Shift]:
        start = end = None
        if week is not None:
            start, end = week_range_utc(*parse_week(week))
        rows, total = await queries.list_shifts(start, end, job, page=page, per_page=per_page)
        return Page(items=[_shape(row) for row in rows], page=page, per_page=per_page, total=total)

    @post("/")
    async def create(self, data: JSONBody[ShiftCreate]) -> Shift:
        return _shape(await services.create_shift(_plain(data)))

    @get("/{item_id:int}")
    async def read(self, item_id: FromPath[int]) -> Shift:
        return _shape(await services.get_shift(item_id))

    @patch("/{item_id:int}")
    async def update(self, item_id: FromPath[int], data: JSONBody[ShiftUpdate]) -> Shift:
        return _shape(await services.update_shift(item_id, _plain(data)))

    @delete("/{item_id:int}")
    async def remove(self, item_id: FromPath[int]) -> None:
        if not await services.delete_shift(item_id):
            raise NotFoundException("shift not found")
