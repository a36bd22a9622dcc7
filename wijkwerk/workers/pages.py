"""Manager pages for workers: list with search and filters, detail, create, edit and delete."""

from __future__ import annotations

from urllib.parse import urlencode

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.common.forms import FormReader, parse_id
from wijkwerk.common.pagination import PageNumber
from wijkwerk.common.validation import InvalidInput
from wijkwerk.workers import services
from wijkwerk.workers.forms import SKILL_ROWS, form_errors, read_create_rows, read_worker, worker_form_text
from wijkwerk.workers.labels import choices, labels

PER_PAGE = 50


def _number(text: str) -> int | None:
    """Filter ids from the query string; an empty or garbled value means "no filter"."""
    return parse_id(text)


async def render_detail(worker_id: int, values: dict | None = None, errors: dict | None = None,
                        status: int = 200, saved: bool = False) -> Template:
    """The detail page; section forms re-show what was typed and their messages after an error."""
    worker = await services.get_worker(worker_id)
    if worker is None:
        raise NotFoundException()
    return Template("manage/workers_detail.html", status_code=status, context={
        "worker": worker, "values": values or {}, "errors": errors or {}, "saved": saved,
        "labels": labels(), "options": await choices(),
    })


async def _form_page(worker: dict | None, values: dict, errors: dict | None = None, status: int = 200) -> Template:
    return Template("manage/workers_form.html", status_code=status, context={
        "worker": worker, "values": values, "errors": errors or {}, "options": await choices(),
        "skill_rows": SKILL_ROWS,
    })


class WorkerPages(Controller):
    path = "/deelnemers"

    @get("/")
    async def index(self, zoek: FromQuery[str] = "", status: FromQuery[str] = "",
                    vaardigheid: FromQuery[str] = "", wijk: FromQuery[str] = "",
                    page: PageNumber = 1, verwijderd: FromQuery[bool] = False) -> Template:
        names = labels()
        criteria = services.WorkerFilter(
            status=status if status in names["status"] else None, skill_id=_number(vaardigheid),
            neighbourhood_id=_number(wijk), search=zoek[:100],
        )
        rows, total = await services.list_workers(criteria, page, PER_PAGE)
        filters = {"zoek": zoek, "status": status, "vaardigheid": vaardigheid, "wijk": wijk}
        query = urlencode({key: value for key, value in filters.items() if value})
        return Template("manage/workers.html", context={
            "rows": rows, "total": total, "page": page, "per_page": PER_PAGE, "filters": filters,
            "base_url": f"/beheer/deelnemers?{query}&" if query else "/beheer/deelnemers?",
            "labels": names, "options": await choices(), "deleted": verwijderd,
        })

    @get("/nieuw")
    async def new(self) -> Template:
        return await _form_page(None, {"languages": "nl", "benefit_type": "none", "status": "active"})

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        values = read_worker(form)
        rows, names = read_create_rows(form)
        try:
            worker = await services.create_worker({**values, **rows}, form.errors)
        except InvalidInput as invalid:
            return await _form_page(None, data, form_errors(invalid, names), invalid.status_code)
        return Redirect(f"/beheer/deelnemers/{worker['id']}?opgeslagen=1", status_code=303)

    @get("/{worker_id:int}")
    async def detail(self, worker_id: FromPath[int], opgeslagen: FromQuery[bool] = False) -> Template:
        return await render_detail(worker_id, saved=opgeslagen)

    @get("/{worker_id:int}/wijzigen")
    async def edit(self, worker_id: FromPath[int]) -> Template:
        worker = await services.get_worker_row(worker_id)
        if worker is None:
            raise NotFoundException()
        return await _form_page(worker, worker_form_text(worker))

    @post("/{worker_id:int}/wijzigen")
    async def update(self, worker_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        try:
            worker = await services.update_worker(worker_id, read_worker(form), form.errors)
        except InvalidInput as invalid:
            current = await services.get_worker_row(worker_id)
            return await _form_page(current, data, form_errors(invalid, {}), invalid.status_code)
        if worker is None:
            raise NotFoundException()
        return Redirect(f"/beheer/deelnemers/{worker_id}?opgeslagen=1", status_code=303)

    @post("/{worker_id:int}/verwijderen")
    async def remove(self, worker_id: FromPath[int]) -> Template | Redirect:
        try:
            deleted = await services.delete_worker(worker_id)
        except InvalidInput as invalid:
            return await render_detail(worker_id, errors={"delete": invalid.errors[0].message},
                                       status=invalid.status_code)
        if not deleted:
            raise NotFoundException()
        return Redirect("/beheer/deelnemers?verwijderd=1", status_code=303)
