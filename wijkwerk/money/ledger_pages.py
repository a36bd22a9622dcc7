"""Manager pages for the ledger: filtered list, the entry form, reversals, and funders."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.common.forms import FormReader
from wijkwerk.common.pagination import PageNumber
from wijkwerk.common.validation import InvalidInput
from wijkwerk.money import funders, ledger
from wijkwerk.money.kinds import MANUAL_KINDS, funder_kind_labels, kind_labels
from wijkwerk.money.page_support import chosen_id, labels, options, user_id
from wijkwerk.tables.enums import LedgerKind

PER_PAGE = 50
FORM_FIELDS = ("kind", "amount", "entry_date", "description", "funder", "project", "client", "job", "neighbourhood")
FILTERS = ("soort", "van", "tot", "financier", "project", "opdrachtgever", "wijk")


def _read_entry(data: dict) -> tuple[dict, dict, FormReader]:
    form = FormReader(data)
    shown = {name: form.text(name) for name in FORM_FIELDS}
    values = {
        "kind": form.text("kind") or None, "amount_cents": form.money_cents("amount"),
        "entry_date": form.date("entry_date"), "description": form.text("description"),
        **{name: chosen_id(form.text(name)) for name in ("funder", "project", "client", "job", "neighbourhood")},
    }
    # A typed id that is not a number is as unknown as a missing one.
    for name in ("funder", "project", "client", "job", "neighbourhood"):
        if form.text(name) and values[name] is None:
            form.errors.not_found(name)
    return values, shown, form


def _filter(query: dict) -> tuple[ledger.LedgerFilter, dict]:
    form = FormReader(query)
    shown = {name: form.text(name) for name in FILTERS}
    kind = shown["soort"] if shown["soort"] in {k.value for k in LedgerKind} else None
    where = ledger.LedgerFilter(
        kind=kind, start=form.date("van"), end=form.date("tot"), funder=chosen_id(shown["financier"]),
        project=chosen_id(shown["project"]), client=chosen_id(shown["opdrachtgever"]),
        neighbourhood=chosen_id(shown["wijk"]))
    return where, shown


class LedgerPages(Controller):
    path = "/geld"

    async def _page(self, request: Request, page: int = 1, values: dict | None = None, errors: dict | None = None,
                    status: int = 200, notice: str = "") -> Template:
        where, shown = _filter(dict(request.query_params))
        rows, total = await ledger.list_entries(where, page, PER_PAGE)
        query = "&".join(f"{name}={value}" for name, value in shown.items() if value)
        return Template("manage/money/ledger.html", status_code=status, context={
            "rows": rows, "total": total, "page": page, "per_page": PER_PAGE, "filters": shown,
            "base_url": f"/beheer/geld?{query}&" if query else "/beheer/geld?", "options": await options(),
            "labels": labels(), "manual_kinds": [(k, kind_labels()[k]) for k in MANUAL_KINDS],
            "all_kinds": list(kind_labels().items()), "values": values or {name: "" for name in FORM_FIELDS}, "errors": errors or {},
            "notice": notice,
        })

    @get("/")
    async def index(self, request: Request, page: PageNumber = 1, opgeslagen: FromQuery[str] = "") -> Template:
        notice = {"1": "saved", "tegen": "reversed"}.get(opgeslagen, "")
        return await self._page(request, page, notice=notice)

    @post("/")
    async def create(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, shown, form = _read_entry(data)
        try:
            form.errors.raise_if_any()
            await ledger.create_entry(values, user_id(request))
        except InvalidInput as invalid:
            errors = invalid.by_field()
            errors["amount"] = errors.pop("amount_cents", errors.get("amount", ""))
            errors = {key: value for key, value in errors.items() if value}
            return await self._page(request, values=shown, errors=errors, status=invalid.status_code)
        return Redirect("/beheer/geld?opgeslagen=1", status_code=303)

    @post("/{entry_id:int}/tegenboeken")
    async def reverse(self, request: Request, entry_id: FromPath[int],
                      data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        try:
            reversal = await ledger.reverse_entry(entry_id, user_id(request), FormReader(data).text("reason"))
        except InvalidInput as invalid:
            return await self._page(request, errors={"reversal": " ".join(invalid.by_field().values())},
                                    status=invalid.status_code)
        if reversal is None:
            raise NotFoundException()
        return Redirect("/beheer/geld?opgeslagen=tegen", status_code=303)


class FunderPages(Controller):
    path = "/geld/financiers"

    async def _page(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                    saved: bool = False) -> Template:
        return Template("manage/money/funders.html", status_code=status, context={
            "rows": await funders.list_funders(), "kinds": list(funder_kind_labels().items()),
            "labels": labels(), "values": values or {"name": "", "kind": "fund"}, "errors": errors or {},
            "saved": saved})

    @get("/")
    async def index(self, opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._page(saved=opgeslagen)

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        values = {"name": form.text("name"), "kind": form.text("kind")}
        try:
            await funders.create_funder(**values)
        except InvalidInput as invalid:
            return await self._page(values, invalid.by_field(), invalid.status_code)
        return Redirect("/beheer/geld/financiers?opgeslagen=1", status_code=303)
