"""JSON API for neighbourhoods under /api/v1/neighbourhoods (staff only)."""

from __future__ import annotations

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.common.pagination import Page, PageNumber, PerPage
from wijkwerk.neighbourhoods import services
from wijkwerk.neighbourhoods.schemas import Neighbourhood, NeighbourhoodCreate, NeighbourhoodUpdate


def _found(row: dict | None) -> Neighbourhood:
    if row is None:
        raise NotFoundException("neighbourhood not found")
    return msgspec.convert(row, Neighbourhood)


class NeighbourhoodApi(Controller):
    path = "/neighbourhoods"
    guards = [requires_staff]
    tags = ["neighbourhoods"]

    @get("/")
    async def list_items(self, page: PageNumber = 1, per_page: PerPage = 50) -> Page[Neighbourhood]:
        rows, total = await services.list_neighbourhoods(page, per_page)
        items = [msgspec.convert(row, Neighbourhood) for row in rows]
        return Page(items=items, page=page, per_page=per_page, total=total)

    @post("/")
    async def create(self, data: JSONBody[NeighbourhoodCreate]) -> Neighbourhood:
        return _found(await services.create_neighbourhood(msgspec.structs.asdict(data)))

    @get("/{item_id:int}")
    async def read(self, item_id: FromPath[int]) -> Neighbourhood:
        return _found(await services.get_neighbourhood(item_id))

    @patch("/{item_id:int}")
    async def update(self, item_id: FromPath[int], data: JSONBody[NeighbourhoodUpdate]) -> Neighbourhood:
        changes = {k: v for k, v in msgspec.structs.asdict(data).items() if v is not msgspec.UNSET}
        return _found(await services.update_neighbourhood(item_id, changes))

    @delete("/{item_id:int}")
    async def remove(self, item_id: FromPath[int]) -> None:
        if not await services.delete_neighbourhood(item_id):
            raise NotFoundException("neighbourhood not found")
