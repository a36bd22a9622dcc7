"""Manager pages for one worker's progression: timeline, measurements, goals, level-ups, the review.

Forms work without JavaScript: post, then a 303 back, or the page again (4xx) with the
message next to the field and what was typed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk import clock
from wijkwerk.common.forms import FormReader, parse_id
from wijkwerk.common.validation import InvalidInput
from wijkwerk.outflow.labels import outflow_labels
from wijkwerk.progression import goals, measurements
from wijkwerk.progression.overview import build_page, goal_labels
from wijkwerk.progression.suggestions import decide
from wijkwerk.workers.forms import form_errors
from wijkwerk.workers.labels import labels

MEASUREMENT_NAMES = {"dimension_id": "measurement", "level": "measurement", "note": "measurement_note"}
GOAL_NAMES = {"text": "goal_text", "target_on": "goal_target_on", "status": "goal_status", "note": "goal_note"}


def base_url(worker_id: int) -> str:
    return f"/beheer/deelnemers/{worker_id}/ontwikkeling"


async def render_page(worker_id: int, values: dict | None = None, errors: dict | None = None,
                      status: int = 200, saved: bool = False, template: str = "manage/progression.html") -> Template:
    page = await build_page(worker_id, clock.today())
    if page is None:
        raise NotFoundException()
    page.values, page.errors, page.saved = values or {}, errors or {}, saved
    return Template(template, status_code=status, context={
        "page": page, "labels": labels(), "goal_labels": goal_labels(), "ol": outflow_labels(),
        "base": base_url(worker_id), "printable": template.endswith("_review.html")})


async def save_and_return(worker_id: int, data: dict, names: dict[str, str], anchor: str,
                          save: Callable[[FormReader], Awaitable[dict | None]]) -> Template | Redirect:
    """Run `save` on the form; bad input shows the page again with the messages, else back to `anchor`."""
    form = FormReader(data)
    try:
        done = await save(form)
    except InvalidInput as invalid:
        return await render_page(worker_id, data, form_errors(invalid, names), invalid.status_code)
    if done is None:
        raise NotFoundException()
    return Redirect(f"{base_url(worker_id)}?opgeslagen=1#{anchor}", status_code=303)


def read_measurement(form: FormReader) -> dict:
    dimension, _, rank = form.text("measurement").partition(":")
    return {"dimension_id": parse_id(dimension), "level": parse_id(rank),
            "measured_on": form.date("measured_on", required=True), "note": form.text("measurement_note")}


def read_goal(form: FormReader, with_status: bool) -> dict:
    goal = {"text": form.text("goal_text"), "target_on": form.date("goal_target_on", required=True),
            "note": form.text("goal_note")}
    if with_status:
        goal["status"] = form.text("goal_status")
    return goal


def _user_id(request: Request) -> int | None:
    return request.scope["user"].id


class ProgressionPages(Controller):
    path = "/deelnemers/{worker_id:int}"

    @get("/ontwikkeling")
    async def show(self, worker_id: FromPath[int], request: Request) -> Template:
        return await render_page(worker_id, saved=bool(request.query_params.get("opgeslagen")))

    @get("/gesprek")
    async def review(self, worker_id: FromPath[int]) -> Template:
        """The periodic review: everything on one printable page, for a conversation with the worker."""
        return await render_page(worker_id, template="manage/progression_review.html")

    @post("/metingen")
    async def add_measurement(self, worker_id: FromPath[int], request: Request,
                              data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await save_and_return(worker_id, data, MEASUREMENT_NAMES, "metingen", lambda form: (
            measurements.add_measurement(worker_id, read_measurement(form), _user_id(request), form.errors)))

    @post("/metingen/{measurement_id:int}/verwijderen")
    async def remove_measurement(self, worker_id: FromPath[int], measurement_id: FromPath[int]) -> Redirect:
        if not await measurements.remove_measurement(worker_id, measurement_id):
            raise NotFoundException()
        return Redirect(f"{base_url(worker_id)}#metingen", status_code=303)

    @post("/doelen")
    async def add_goal(self, worker_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await save_and_return(worker_id, data, GOAL_NAMES, "doelen", lambda form: (
            goals.add_goal(worker_id, read_goal(form, with_status=False), form.errors)))

    @get("/doelen/{goal_id:int}")
    async def edit_goal(self, worker_id: FromPath[int], goal_id: FromPath[int]) -> Template:
        goal = await goals.get_goal(worker_id, goal_id)
        if goal is None:
            raise NotFoundException()
        values = {"goal_text": goal["text"], "goal_target_on": goal["target_on"].isoformat(),
                  "goal_status": goal["status"], "goal_note": goal["note"]}
        return _goal_form(worker_id, goal, values)

    @post("/doelen/{goal_id:int}")
    async def update_goal(self, worker_id: FromPath[int], goal_id: FromPath[int],
                          data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        try:
            updated = await goals.update_goal(worker_id, goal_id, read_goal(form, with_status=True), form.errors)
        except InvalidInput as invalid:
            goal = await goals.get_goal(worker_id, goal_id)
            if goal is None:
                raise NotFoundException() from None
            return _goal_form(worker_id, goal, data, form_errors(invalid, GOAL_NAMES), invalid.status_code)
        if updated is None:
            raise NotFoundException()
        return Redirect(f"{base_url(worker_id)}?opgeslagen=1#doelen", status_code=303)

    @post("/voorstellen/{skill_id:int}/{choice:str}")
    async def decide_suggestion(self, worker_id: FromPath[int], skill_id: FromPath[int], choice: FromPath[str],
                                request: Request) -> Template | Redirect:
        if choice not in ("bevestigen", "afwijzen"):
            raise NotFoundException()
        try:
            await decide(worker_id, skill_id, choice == "bevestigen", _user_id(request))
        except InvalidInput as invalid:
            return await render_page(worker_id, errors={"suggestion": invalid.errors[0].message},
                                     status=invalid.status_code)
        return Redirect(f"{base_url(worker_id)}?opgeslagen=1#voorstellen", status_code=303)


def _goal_form(worker_id: int, goal: dict, values: dict, errors: dict | None = None, status: int = 200) -> Template:
    return Template("manage/progression_goal.html", status_code=status, context={
        "goal": goal, "values": values, "errors": errors or {}, "base": base_url(worker_id),
        "statuses": list(goal_labels().items())})
