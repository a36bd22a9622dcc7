"""Manager pages for neighbourhood projects: list and create, edit, outcomes and their money."""

from __future__ import annotations

from decimal import Decimal

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput
from wijkwerk.money import projects, reinvestment
from wijkwerk.money.figures import reinvested_per_project
from wijkwerk.money.kinds import project_status_labels
from wijkwerk.money.page_support import chosen_id, options

TEXT_FIELDS = ("name", "neighbourhood", "description", "budget", "status", "outcomes_text")


def _read(data: dict) -> tuple[dict, dict, FormReader]:
    form = FormReader(data)
    shown = {name: form.text(name) for name in TEXT_FIELDS}
    values = {"name": shown["name"], "neighbourhood": chosen_id(shown["neighbourhood"]),
              "description": shown["description"], "budget_cents": form.money_cents("budget", required=True),
              "status": shown["status"] or "idea", "outcomes_text": shown["outcomes_text"]}
    return values, shown, form


def _errors(invalid: InvalidInput) -> dict:
    errors = invalid.by_field()
    if "budget_cents" in errors:
        errors["budget"] = errors.pop("budget_cents")
    return errors


def _shown(row: dict) -> dict:
    return {**{name: row.get(name, "") for name in TEXT_FIELDS},
            "budget": str(Decimal(row["budget_cents"]) / 100).replace(".", ",")}


class ProjectPages(Controller):
    path = "/geld/projecten"

    async def _list(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                    saved: bool = False) -> Template:
        money = {row["id"]: row for row in await reinvested_per_project()}
        return Template("manage/money/projects.html", status_code=status, context={
            "rows": await projects.list_projects(), "money": money, "options": await options(),
            "statuses": list(project_status_labels().items()), "labels": project_status_labels(),
            "values": values or {**{name: "" for name in TEXT_FIELDS}, "status": "idea"}, "errors": errors or {}, "saved": saved})

    @get("/")
    async def index(self, opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._list(saved=opgeslagen)

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, shown, form = _read(data)
        try:
            form.errors.raise_if_any()
            row = await projects.create_project(values)
        except InvalidInput as invalid:
            return await self._list(shown, _errors(invalid), invalid.status_code)
        return Redirect(f"/beheer/geld/projecten/{row['id']}?opgeslagen=1", status_code=303)

    async def _detail(self, project_id: int, values: dict | None = None, errors: dict | None = None,
                      status: int = 200, saved: bool = False) -> Template:
        row = await projects.get_project(project_id)
        if row is None:
            raise NotFoundException()
        return Template("manage/money/project_detail.html", status_code=status, context={
            "row": row, "values": values or _shown(row), "errors": errors or {}, "saved": saved,
            "options": await options(), "statuses": list(project_status_labels().items()),
            "labels": project_status_labels(), "allocations": await reinvestment.list_allocations(project_id)})

    @get("/{project_id:int}")
    async def detail(self, project_id: FromPath[int], opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._detail(project_id, saved=opgeslagen)

    @post("/{project_id:int}")
    async def update(self, project_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, shown, form = _read(data)
        try:
            form.errors.raise_if_any()
            row = await projects.update_project(project_id, values)
        except InvalidInput as invalid:
            return await self._detail(project_id, shown, _errors(invalid), invalid.status_code)
        if row is None:
            raise NotFoundException()
        return Redirect(f"/beheer/geld/projecten/{project_id}?opgeslagen=1", status_code=303)

    @post("/{project_id:int}/resultaten")
    async def add_outcome(self, project_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        if await projects.get_project(project_id) is None:
            raise NotFoundException()
        form = FormReader(data)
        number = form.integer("number", required=True)
        try:
            form.errors.raise_if_any()
            await projects.add_outcome(project_id, form.text("label"), number)
        except InvalidInput as invalid:
            errors = {f"outcome_{key}": message for key, message in invalid.by_field().items()}
            return await self._detail(project_id, errors=errors, status=invalid.status_code)
        return Redirect(f"/beheer/geld/projecten/{project_id}?opgeslagen=1", status_code=303)

    @post("/{project_id:int}/resultaten/{outcome_id:int}/verwijderen")
    async def remove_outcome(self, project_id: FromPath[int], outcome_id: FromPath[int]) -> Redirect:
        if not await projects.remove_outcome(project_id, outcome_id):
            raise NotFoundException()
        return Redirect(f"/beheer/geld/projecten/{project_id}?opgeslagen=1", status_code=303)
