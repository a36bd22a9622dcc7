"""Manager pages for neighbourhoods: list with inline create, edit and delete."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput
from wijkwerk.neighbourhoods import services


def _values(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    return {"name": form.text("name"), "municipality": form.text("municipality") or "Groningen"}, form


class NeighbourhoodPages(Controller):
    path = "/wijken"

    async def _list_page(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                         saved: bool = False) -> Template:
        rows, _ = await services.list_neighbourhoods()
        return Template(
            "manage/neighbourhoods.html", status_code=status,
            context={"rows": rows, "values": values or {"name": "", "municipality": "Groningen"},
                     "errors": errors or {}, "saved": saved},
        )

    @get("/")
    async def index(self, opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._list_page(saved=opgeslagen)

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, _ = _values(data)
        try:
            await services.create_neighbourhood(values)
        except InvalidInput as invalid:
            return await self._list_page(values, invalid.by_field(), status=invalid.status_code)
        return Redirect("/beheer/wijken?opgeslagen=1", status_code=303)

    @get("/{item_id:int}")
    async def edit_page(self, item_id: FromPath[int]) -> Template:
        row = await services.get_neighbourhood(item_id)
        if row is None:
            raise NotFoundException()
        return Template("manage/neighbourhood_edit.html", context={"row": row, "values": row, "errors": {}})

    @post("/{item_id:int}")
    async def update(self, item_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, _ = _values(data)
        try:
            row = await services.update_neighbourhood(item_id, values)
        except InvalidInput as invalid:
            row = await services.get_neighbourhood(item_id)
            return Template("manage/neighbourhood_edit.html", status_code=invalid.status_code,
                            context={"row": row, "values": values, "errors": invalid.by_field()})
        if row is None:
            raise NotFoundException()
        return Redirect("/beheer/wijken?opgeslagen=1", status_code=303)

    @post("/{item_id:int}/verwijderen")
    async def remove(self, item_id: FromPath[int]) -> Redirect:
        if not await services.delete_neighbourhood(item_id):
            raise NotFoundException()
        return Redirect("/beheer/wijken?opgeslagen=1", status_code=303)
