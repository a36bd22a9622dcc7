"""Manager pages for jobs (opdrachten): filtered list, detail, and one form for the job, its weekly
slots and its skill minimums."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from urllib.parse import urlencode

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.catalog import jobs, services
from wijkwerk.catalog.forms import Outcome, attempt, optional_id, price_kinds, work_modes
from wijkwerk.catalog.job_form import form_rows, new_values, read_job_form, stored_values
from wijkwerk.catalog.job_validation import validate_job
from wijkwerk.catalog.schemas import ItemId
from wijkwerk.common.pagination import PageNumber
from wijkwerk.common.validation import InvalidInput
from wijkwerk.i18n.formatting import AMSTERDAM, weekday_name
from wijkwerk.neighbourhoods.services import list_neighbourhoods

PER_PAGE = 50


def _today():
    return datetime.now(AMSTERDAM).date()


async def _choices() -> dict:
    """Everything the filters and the form offer to choose from."""
    clients, _ = await services.list_clients()
    job_types, _ = await services.list_job_types()
    neighbourhoods, _ = await list_neighbourhoods()
    skills, _ = await services.list_skills()
    return {
        "clients": [(str(row["id"]), row["name"]) for row in clients],
        "job_types": [(str(row["id"]), row["name_nl"]) for row in job_types],
        "neighbourhoods": [(str(row["id"]), row["name"]) for row in neighbourhoods],
        "skills": skills,
        "work_modes": work_modes(),
        "price_kinds": price_kinds(),
        "weekdays": [(str(day), weekday_name(day)) for day in range(7)],
    }


async def _found(job_id: int) -> dict:
    job = await jobs.get_job(job_id)
    if job is None:
        raise NotFoundException()
    return job


def _detail_page(job: dict, saved: bool = False, errors: dict | None = None, status: int = 200) -> Template:
    return Template("manage/jobs_detail.html", status_code=status, context={
        "job": job, "saved": saved, "errors": errors or {}, "work_modes": work_modes(), "price_kinds": price_kinds(),
    })


class JobPages(Controller):
    path = "/opdrachten"

    async def _form_page(self, job: dict | None, values: dict, rows: list[int], outcome: Outcome | None = None
                         ) -> Template:
        outcome = outcome or Outcome()
        context = {"job": job, "values": values, "rows": rows, "errors": outcome.errors, **await _choices()}
        return Template("manage/jobs_form.html", status_code=outcome.status, context=context)

    async def _save(self, data: dict[str, str], job: dict | None) -> Template | Redirect:
        choices = await _choices()
        form = read_job_form(data, choices["skills"])
        job_id = job["id"] if job else None
        if job_id is None:
            save = partial(jobs.create_job, form.record)
        else:
            save = partial(jobs.update_job, job_id, form.record)
        outcome = await attempt(form.reader, partial(validate_job, form.record, job_id), save)
        if outcome.ok:
            if outcome.result is None:
                raise NotFoundException()
            return Redirect(f"/beheer/opdrachten/{outcome.result['id']}?opgeslagen=1", status_code=303)
        outcome.errors = form.field_errors(outcome.errors)
        values = {key: value for key, value in data.items() if key != "_csrf_token"}
        return await self._form_page(job, values, form_rows(data) or new_values(None, _today())[1], outcome)

    @get("/")
    async def index(self, client: FromQuery[str] = "", job_type: FromQuery[str] = "",
                    neighbourhood: FromQuery[str] = "", status: FromQuery[str] = "",
                    verwijderd: FromQuery[bool] = False, page: PageNumber = 1) -> Template:
        filters = jobs.JobFilter(client=optional_id(client), job_type=optional_id(job_type),
                                 neighbourhood=optional_id(neighbourhood),
                                 active_on=_today() if status == "lopend" else None)
        rows, total = await jobs.list_jobs(filters, page, PER_PAGE)
        chosen = {"client": client, "job_type": job_type, "neighbourhood": neighbourhood, "status": status}
        return Template("manage/jobs.html", context={
            "rows": rows, "total": total, "page": page, "per_page": PER_PAGE, "chosen": chosen,
            "pager_url": "/beheer/opdrachten?" + urlencode(chosen) + "&", "deleted": verwijderd,
            **await _choices(),
        })

    @get("/nieuw")
    async def new(self, client: FromQuery[str] = "") -> Template:
        values, rows = new_values(optional_id(client), _today())
        return await self._form_page(None, values, rows)

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._save(data, None)

    @get("/{item_id:int}")
    async def detail(self, item_id: ItemId, opgeslagen: FromQuery[bool] = False) -> Template:
        return _detail_page(await _found(item_id), saved=opgeslagen)

    @get("/{item_id:int}/wijzigen")
    async def edit(self, item_id: ItemId) -> Template:
        job = await _found(item_id)
        values, rows = stored_values(job)
        return await self._form_page(job, values, rows)

    @post("/{item_id:int}/wijzigen")
    async def update(self, item_id: ItemId, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._save(data, await _found(item_id))

    @post("/{item_id:int}/verwijderen")
    async def remove(self, item_id: ItemId) -> Template | Redirect:
        try:
            deleted = await jobs.delete_job(item_id)
        except InvalidInput as invalid:
            # Still has shifts: say why on the job's page, nothing was removed.
            return _detail_page(await _found(item_id), errors=invalid.by_field(), status=invalid.status_code)
        if not deleted:
            raise NotFoundException()
        return Redirect("/beheer/opdrachten?verwijderd=1", status_code=303)
