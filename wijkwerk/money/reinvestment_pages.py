"""Manager page for reinvestment: the available profit, allocation decisions and spending."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk import clock
from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput
from wijkwerk.money import reinvestment
from wijkwerk.money.figures import money_totals
from wijkwerk.money.page_support import chosen_id, options, user_id


def _money_errors(invalid: InvalidInput, prefix: str = "") -> dict:
    errors = invalid.by_field()
    if "amount_cents" in errors:
        errors["amount"] = errors.pop("amount_cents")
    return {f"{prefix}{key}": value for key, value in errors.items()}


class ReinvestmentPages(Controller):
    path = "/geld/herinvestering"

    async def _page(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                    notice: str = "", spending_for: int | None = None) -> Template:
        net = (await money_totals()).net_result_cents
        allocated = await reinvestment.allocated_cents()
        return Template("manage/money/reinvestment.html", status_code=status, context={
            "net": net, "allocated": allocated, "available": net - allocated,
            "allocations": await reinvestment.list_allocations(), "options": await options(),
            "values": values or {"project": "", "amount": "", "reason": "", "decided_on": clock.today().isoformat()}, "errors": errors or {},
            "notice": notice, "spending_for": spending_for, "today": clock.today().isoformat()})

    @get("/")
    async def index(self, opgeslagen: FromQuery[str] = "") -> Template:
        return await self._page(notice=opgeslagen)

    @post("/")
    async def allocate(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        shown = {name: form.text(name) for name in ("project", "amount", "decided_on", "reason")}
        values = {"project": chosen_id(shown["project"]), "amount_cents": form.money_cents("amount"),
                  "decided_on": form.date("decided_on"), "reason": shown["reason"]}
        try:
            form.errors.raise_if_any()
            await reinvestment.allocate(values, user_id(request))
        except InvalidInput as invalid:
            return await self._page(shown, _money_errors(invalid), invalid.status_code)
        return Redirect("/beheer/geld/herinvestering?opgeslagen=toegekend", status_code=303)

    @post("/{allocation_id:int}/besteding")
    async def spend(self, request: Request, allocation_id: FromPath[int],
                    data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        values = {"amount_cents": form.money_cents("amount"), "entry_date": form.date("entry_date"),
                  "description": form.text("description")}
        try:
            form.errors.raise_if_any()
            entry = await reinvestment.spend(allocation_id, values, user_id(request))
        except InvalidInput as invalid:
            return await self._page(errors=_money_errors(invalid, "spend_"), status=invalid.status_code,
                                    spending_for=allocation_id)
        if entry is None:
            raise NotFoundException()
        return Redirect("/beheer/geld/herinvestering?opgeslagen=besteed", status_code=303)
