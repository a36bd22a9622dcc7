"""A list-with-create, edit and delete page set for one simple catalog record (clients, skills, job types).

Subclasses say how to read the form and which service functions to call; the flow is shared:
errors are shown next to the fields with what was typed, and a successful POST redirects (303).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Awaitable, Callable, ClassVar

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.catalog.forms import Outcome, attempt
from wijkwerk.catalog.schemas import ItemId
from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput


@dataclass(frozen=True)
class RecordService:
    """The service functions one page set calls."""

    get: Callable[[int], Awaitable[dict | None]]
    validate: Callable[[dict, int | None], Awaitable[None]]
    create: Callable[[dict], Awaitable[dict]]
    update: Callable[[int, dict], Awaitable[dict | None]]
    delete: Callable[[int], Awaitable[bool]]


class RecordPages(Controller):
    service: ClassVar[RecordService]
    list_template: ClassVar[str]
    edit_template: ClassVar[str]
    text_fields: ClassVar[tuple[str, ...]]
    checkboxes: ClassVar[tuple[str, ...]] = ()

    # Every page set must say how to read its form (`read(form) -> dict`) and what its list
    # page shows (`async listing(params) -> dict`); a class missing either fails at import.
    REQUIRED_HOOKS: ClassVar[tuple[str, ...]] = ("read", "listing")

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        missing = [name for name in cls.REQUIRED_HOOKS if not callable(getattr(cls, name, None))]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")

    def shown(self, row: dict) -> dict:
        """A stored row as the form's text values."""
        return {name: row.get(name) for name in self.text_fields + self.checkboxes}

    async def detail(self, row: dict) -> dict:
        return {}

    def options(self) -> dict:
        return {}

    # The shared flow.
    @property
    def base_url(self) -> str:
        return "/beheer" + self.path

    def _typed(self, data: dict) -> tuple[dict, dict, FormReader]:
        form = FormReader(data)
        raw = {name: form.raw(name) for name in self.text_fields}
        raw.update({name: form.boolean(name) for name in self.checkboxes})
        return self.read(form), raw, form

    async def _list_page(self, params: dict, values: dict | None = None, outcome: Outcome | None = None) -> Template:
        outcome = outcome or Outcome()
        blank = {name: "" for name in self.text_fields} | {name: False for name in self.checkboxes}
        context = {"values": values or blank, "errors": outcome.errors, "saved": bool(params.get("opgeslagen")),
                   "deleted": bool(params.get("verwijderd")), **self.options(), **await self.listing(params)}
        return Template(self.list_template, status_code=outcome.status, context=context)

    async def _edit_page(self, row: dict, values: dict | None = None, outcome: Outcome | None = None,
                         saved: bool = False) -> Template:
        outcome = outcome or Outcome()
        context = {"row": row, "values": values or self.shown(row), "errors": outcome.errors, "saved": saved,
                   **self.options(), **await self.detail(row)}
        return Template(self.edit_template, status_code=outcome.status, context=context)

    async def _found(self, item_id: int) -> dict:
        row = await self.service.get(item_id)
        if row is None:
            raise NotFoundException()
        return row

    @get("/")
    async def index(self, request: Request) -> Template:
        return await self._list_page(dict(request.query_params))

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        record, raw, form = self._typed(data)
        outcome = await attempt(form, lambda: self.service.validate(record, None), lambda: self.service.create(record))
        if not outcome.ok:
            return await self._list_page({}, raw, outcome)
        return Redirect(f"{self.base_url}/{outcome.result['id']}?opgeslagen=1", status_code=303)

    @get("/{item_id:int}")
    async def edit_page(self, item_id: ItemId, opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._edit_page(await self._found(item_id), saved=opgeslagen)

    @post("/{item_id:int}")
    async def update(self, item_id: ItemId, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        row = await self._found(item_id)
        record, raw, form = self._typed(data)
        outcome = await attempt(form, lambda: self.service.validate({**row, **record}, item_id),
                                lambda: self.service.update(item_id, record))
        if not outcome.ok:
            return await self._edit_page(row, raw, outcome)
        if outcome.result is None:
            raise NotFoundException()
        return Redirect(f"{self.base_url}/{item_id}?opgeslagen=1", status_code=303)

    @post("/{item_id:int}/verwijderen")
    async def remove(self, item_id: ItemId) -> Template | Redirect:
        try:
            deleted = await self.service.delete(item_id)
        except InvalidInput as invalid:
            # Still in use: say why on the page itself, nothing was removed.
            row = await self._found(item_id)
            return await self._edit_page(row, outcome=Outcome(errors=invalid.by_field(), status=invalid.status_code))
        if not deleted:
            raise NotFoundException()
        return Redirect(f"{self.base_url}?verwijderd=1", status_code=303)
