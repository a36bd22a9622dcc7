"""Manager pages for outflow: register an exit or a re-entry, the due follow-ups, and answering one."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk import clock
from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput
from wijkwerk.outflow import services
from wijkwerk.outflow.labels import outflow_labels
from wijkwerk.progression.pages import save_and_return

EXIT_NAMES = {"minutes_per_week": "hours_per_week", "note": "exit_note"}
UPCOMING_DAYS = 30


def read_exit(form: FormReader) -> dict:
    return {"exit_on": form.date("exit_on", required=True), "kind": form.text("kind"),
            "employer": form.text("employer"), "contract_type": form.text("contract_type") or "none",
            "minutes_per_week": form.minutes_from_hours("hours_per_week") or 0,
            "benefit_ended": form.text("benefit_ended") or "unknown", "note": form.text("exit_note")}


class OutflowWorkerPages(Controller):
    path = "/deelnemers/{worker_id:int}"

    @post("/uitstroom")
    async def register(self, worker_id: FromPath[int], request: Request,
                       data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await save_and_return(worker_id, data, EXIT_NAMES, "uitstroom", lambda form: (
            services.register_exit(worker_id, read_exit(form), request.scope["user"].id, form.errors)))

    @post("/terugkeer")
    async def reenter(self, worker_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await save_and_return(worker_id, data, {}, "uitstroom", lambda form: (
            services.reenter(worker_id, form.date("reentered_on", required=True), form.errors)))


async def _follow_ups_page(values: dict | None = None, errors: dict | None = None, status: int = 200,
                           answered: bool = False) -> Template:
    today = clock.today()
    rows = await services.due_follow_ups(today, ahead_days=UPCOMING_DAYS)
    return Template("manage/outflow_follow_ups.html", status_code=status, context={
        "today": today, "due": [r for r in rows if r["due_on"] <= today],
        "upcoming": [r for r in rows if r["due_on"] > today], "figures": await services.lasting_outflow_figures(today),
        "values": values or {}, "errors": errors or {}, "answered": answered, "ol": outflow_labels()})


class FollowUpPages(Controller):
    path = "/uitstroom"

    @get("/")
    async def index(self, request: Request) -> Template:
        return await _follow_ups_page(answered=bool(request.query_params.get("beantwoord")))

    @post("/opvolging/{follow_up_id:int}")
    async def answer(self, follow_up_id: FromPath[int], request: Request,
                     data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        form = FormReader(data)
        row = {"answer": form.text("answer"), "answered_on": form.date("answered_on", required=True),
               "note": form.text("note")}
        try:
            done = await services.answer_follow_up(follow_up_id, row, request.scope["user"].id, form.errors)
        except InvalidInput as invalid:
            errors = {f"{follow_up_id}.{key}": message for key, message in invalid.by_field().items()}
            return await _follow_ups_page({**data, "follow_up": follow_up_id}, errors, invalid.status_code)
        if done is None:
            raise NotFoundException()
        return Redirect("/beheer/uitstroom?beantwoord=1", status_code=303)
