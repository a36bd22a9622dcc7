"""Manager lists across workers: certificates that (nearly) expired, open level-up suggestions, instruments.

None of these ranks people: lists are by date or by name. Adding an instrument is for admins.
"""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk import clock
from wijkwerk.auth.guards import requires_admin
from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput
from wijkwerk.progression import instruments
from wijkwerk.progression.certificates import expiring_certificates
from wijkwerk.progression.suggestions import level_up_suggestions
from wijkwerk.tables.enums import Role
from wijkwerk.workers.labels import labels


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


async def _instruments_page(request: Request, values: dict | None = None, errors: dict | None = None,
                            status: int = 200) -> Template:
    return Template("manage/progression_instruments.html", status_code=status, context={
        "instruments": await instruments.list_instruments(), "label": instruments.label,
        "is_admin": request.scope["user"].role == Role.admin, "values": values or {}, "errors": errors or {}})


class ProgressionOverviewPages(Controller):
    path = "/"

    @get("/certificaten")
    async def certificates(self) -> Template:
        today = clock.today()
        return Template("manage/progression_certificates.html", context={
            "today": today, "rows": await expiring_certificates(today), "labels": labels()})

    @get("/voorstellen")
    async def suggestions(self) -> Template:
        return Template("manage/progression_suggestions.html", context={"rows": await level_up_suggestions()})

    @get("/instrumenten")
    async def instrument_list(self, request: Request) -> Template:
        return await _instruments_page(request)

    @post("/instrumenten", guards=[requires_admin])
    async def create_instrument(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        values = {"name": form.text("name"), "description": form.text("description"),
                  "dimensions": _lines(data.get("dimensions", "")), "levels": _lines(data.get("levels", ""))}
        try:
            await instruments.create_instrument(values, form.errors)
        except InvalidInput as invalid:
            return await _instruments_page(request, data, invalid.by_field(), invalid.status_code)
        return Redirect("/beheer/instrumenten", status_code=303)

    @post("/instrumenten/{instrument_id:int}/dimensies", guards=[requires_admin])
    async def add_dimension(self, instrument_id: FromPath[int], request: Request,
                            data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values = {"name": data.get("dimension_name", ""), "levels": _lines(data.get("dimension_levels", ""))}
        try:
            added = await instruments.add_dimension(instrument_id, values)
        except InvalidInput as invalid:
            errors = {f"{instrument_id}.{key}": message for key, message in invalid.by_field().items()}
            return await _instruments_page(request, {**data, "instrument": instrument_id}, errors, invalid.status_code)
        if added is None:
            raise NotFoundException()
        return Redirect("/beheer/instrumenten", status_code=303)
