"""Small forms on the worker detail page: add or remove one skill, window, exception or preference.

Each works without JavaScript: post, then a 303 back to the detail page, or the page again
with the message next to the field and what was typed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput
from wijkwerk.workers import availability, skills
from wijkwerk.workers.forms import (
    EXCEPTION_FIELDS, PREFERENCE_FIELDS, SKILL_FIELDS, WINDOW_FIELDS, form_errors, read_section, section_names,
)
from wijkwerk.workers.labels import choices
from wijkwerk.workers.pages import render_detail

# The skill edit form reuses the add form's field names (minus the skill itself).
SKILL_EDIT_FIELDS = {name: key for name, key in SKILL_FIELDS.items() if key != "skill_id"}


def _back(worker_id: int) -> Redirect:
    return Redirect(f"/beheer/deelnemers/{worker_id}?opgeslagen=1", status_code=303)


async def _add(worker_id: int, data: dict[str, str], fields: dict[str, str],
               add: Callable[..., Awaitable[dict | None]], defaults: dict | None = None) -> Template | Redirect:
    form = FormReader(data)
    row = read_section(form, fields)
    # A select left on its empty choice means the usual value, as in the API.
    for key, default in (defaults or {}).items():
        row[key] = row.get(key) or default
    try:
        added = await add(worker_id, row, form.errors)
    except InvalidInput as invalid:
        return await render_detail(worker_id, values=data, errors=form_errors(invalid, section_names(fields)),
                                   status=invalid.status_code)
    if added is None:
        raise NotFoundException()
    return _back(worker_id)


async def _skill_page(worker_id: int, skill_id: int, values: dict | None = None, errors: dict | None = None,
                      status: int = 200) -> Template:
    skill = await skills.get_skill(worker_id, skill_id)
    if skill is None:
        raise NotFoundException()
    if values is None:
        values = {name: "" if skill[key] is None else str(skill[key]) for name, key in SKILL_EDIT_FIELDS.items()}
    return Template("manage/workers_skill_edit.html", status_code=status, context={
        "worker_id": worker_id, "skill": skill, "values": values, "errors": errors or {},
        "options": await choices(),
    })


def _removed(worker_id: int, done: bool) -> Redirect:
    if not done:
        raise NotFoundException()
    return _back(worker_id)


class WorkerSectionPages(Controller):
    path = "/deelnemers/{worker_id:int}"

    @post("/vaardigheden")
    async def add_skill(self, worker_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await _add(worker_id, data, SKILL_FIELDS, skills.add_skill, {"level": "learning"})

    @get("/vaardigheden/{skill_id:int}")
    async def edit_skill(self, worker_id: FromPath[int], skill_id: FromPath[int]) -> Template:
        return await _skill_page(worker_id, skill_id)

    @post("/vaardigheden/{skill_id:int}")
    async def update_skill(self, worker_id: FromPath[int], skill_id: FromPath[int],
                           data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        """A new level, or a renewed certificate."""
        form = FormReader(data)
        changes = read_section(form, SKILL_EDIT_FIELDS)
        changes["level"] = changes["level"] or "learning"
        try:
            updated = await skills.update_skill(worker_id, skill_id, changes, form.errors)
        except InvalidInput as invalid:
            return await _skill_page(worker_id, skill_id, data, form_errors(invalid, section_names(SKILL_EDIT_FIELDS)),
                                     invalid.status_code)
        if updated is None:
            raise NotFoundException()
        return _back(worker_id)

    @post("/vaardigheden/{skill_id:int}/verwijderen")
    async def remove_skill(self, worker_id: FromPath[int], skill_id: FromPath[int]) -> Redirect:
        return _removed(worker_id, await skills.remove_skill(worker_id, skill_id))

    @post("/tijdvakken")
    async def add_window(self, worker_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await _add(worker_id, data, WINDOW_FIELDS, availability.add_window)

    @post("/tijdvakken/{window_id:int}/verwijderen")
    async def remove_window(self, worker_id: FromPath[int], window_id: FromPath[int]) -> Redirect:
        return _removed(worker_id, await availability.remove_window(worker_id, window_id))

    @post("/uitzonderingen")
    async def add_exception(self, worker_id: FromPath[int],
                            data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await _add(worker_id, data, EXCEPTION_FIELDS, availability.add_exception, {"kind": "unavailable"})

    @post("/uitzonderingen/{exception_id:int}/verwijderen")
    async def remove_exception(self, worker_id: FromPath[int], exception_id: FromPath[int]) -> Redirect:
        return _removed(worker_id, await availability.remove_exception(worker_id, exception_id))

    @post("/voorkeuren")
    async def add_preference(self, worker_id: FromPath[int],
                             data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await _add(worker_id, data, PREFERENCE_FIELDS, availability.add_preference, {"preference": "like"})

    @post("/voorkeuren/{job_type_id:int}/verwijderen")
    async def remove_preference(self, worker_id: FromPath[int], job_type_id: FromPath[int]) -> Redirect:
        return _removed(worker_id, await availability.remove_preference(worker_id, job_type_id))
