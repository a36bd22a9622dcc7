"""The manager's week of shifts: calendar or list, generate from recurring jobs, add and edit."""

from __future__ import annotations

import re

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput
from wijkwerk.i18n.formatting import AMSTERDAM, to_local
from wijkwerk.shifts import queries, services
from wijkwerk.shifts.copying import copy_previous_week
from wijkwerk.shifts.generation import generate_week
from wijkwerk.shifts.holidays import holiday_name
from wijkwerk.shifts.weeks import is_valid_week, iso_week_of, local_instant, week_days, week_range_utc
from wijkwerk.tables import Job, Neighbourhood


@dataclass(frozen=True)
class WeekPage:
    iso_year: int
    iso_week: int
    days: list[tuple[date, list[dict]]]
    previous: str
    next: str
    view: str
    neighbourhood: int | None
    neighbourhoods: list[dict]
    jobs: list[dict]
    total: int
    generated: int | None
    skipped: list[tuple[date, str]]
    holidays: list[tuple[date, str]]


def week_label(iso_year: int, iso_week: int) -> str:
    return f"{iso_year}-W{iso_week:02d}"


def parse_week_param(week: str | None) -> tuple[int, int]:
    """`2026-W10`; anything else (or nothing) means the current week in Amsterdam."""
    match = re.fullmatch(r"([0-9]{4})-W([0-9]{2})", week or "")
    if match and is_valid_week(int(match[1]), int(match[2])):
        return int(match[1]), int(match[2])
    return iso_week_of(datetime.now(AMSTERDAM).date())


async def build_week_page(iso_year: int, iso_week: int, view: str, neighbourhood: int | None,
                          generated: int | None = None, skipped: str = "") -> WeekPage:
    start, end = week_range_utc(iso_year, iso_week)
    rows, total = await queries.list_shifts(start, end, neighbourhood=neighbourhood, per_page=5000)
    by_day: dict[date, list[dict]] = {day: [] for day in week_days(iso_year, iso_week)}
    for row in rows:
        by_day.setdefault(to_local(row["starts_at"]).date(), []).append(row)
    monday = week_days(iso_year, iso_week)[0]
    return WeekPage(
        iso_year=iso_year, iso_week=iso_week, days=list(by_day.items()),
        previous=week_label(*iso_week_of(monday - timedelta(days=7))),
        next=week_label(*iso_week_of(monday + timedelta(days=7))),
        view=view if view in {"kalender", "lijst"} else "kalender", neighbourhood=neighbourhood,
        neighbourhoods=await Neighbourhood.select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name),
        jobs=await Job.select(Job.id, Job.title).order_by(Job.title), total=total, generated=generated,
        skipped=[(day, name) for day, name in holidays_in_week(iso_year, iso_week) if day.isoformat() in skipped],
        holidays=holidays_in_week(iso_year, iso_week),
    )


def holidays_in_week(iso_year: int, iso_week: int) -> list[tuple[date, str]]:
    return [(day, name) for day in week_days(iso_year, iso_week) if (name := holiday_name(day))]


# Service fields that the form shows under another name.
FORM_FIELD = {"starts_at": "start", "ends_at": "end"}


def form_errors(invalid: InvalidInput) -> dict[str, str]:
    return {FORM_FIELD.get(name, name): message for name, message in invalid.by_field().items()}


def read_shift_form(data: dict) -> tuple[dict, FormReader]:
    """Local date and times from the form become aware UTC instants."""
    form = FormReader(data)
    day = form.date("day", required=True)
    start, end = form.time("start", required=True), form.time("end", required=True)
    values = {
        "headcount_min": form.integer("headcount_min", required=True),
        "headcount_target": form.integer("headcount_target", required=True),
        "headcount_max": form.integer("headcount_max", required=True),
        "supervisor_required": form.boolean("supervisor_required"),
        "note": form.text("note"),
    }
    if day and start and end:
        # An end before the start means the shift runs past midnight only if said so: we refuse it.
        values["starts_at"], values["ends_at"] = local_instant(day, start), local_instant(day, end)
    return values, form


class ShiftPages(Controller):
    path = "/diensten"

    @get("/")
    async def week(self, week: FromQuery[str | None] = None, weergave: FromQuery[str] = "kalender",
                   wijk: FromQuery[int | None] = None, gemaakt: FromQuery[int | None] = None,
                   overgeslagen: FromQuery[str] = "") -> Template:
        page = await build_week_page(*parse_week_param(week), weergave, wijk, gemaakt, overgeslagen)
        return Template("manage/shifts_week.html", context={"page": page, "values": {}, "errors": {}})

    @post("/genereren")
    async def generate(self, data: URLEncodedBody[dict[str, str]]) -> Redirect:
        year, number = parse_week_param(data.get("week"))
        result = await generate_week(year, number, include_holidays=data.get("feestdagen") == "on")
        skipped = ",".join(day.isoformat() for day in result.skipped_holidays)
        return Redirect(
            f"/beheer/diensten?week={week_label(year, number)}&gemaakt={len(result.created)}&overgeslagen={skipped}",
            status_code=303,
        )

    @post("/kopieren")
    async def copy(self, data: URLEncodedBody[dict[str, str]]) -> Redirect:
        year, number = parse_week_param(data.get("week"))
        created = await copy_previous_week(year, number, include_holidays=data.get("feestdagen") == "on")
        return Redirect(f"/beheer/diensten?week={week_label(year, number)}&gemaakt={len(created)}", status_code=303)

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, form = read_shift_form(data)
        job = form.integer("job", required=True)
        year, number = parse_week_param(data.get("week"))
        try:
            form.errors.raise_if_any()
            row = await services.create_shift({**values, "job": job})
        except InvalidInput as invalid:
            page = await build_week_page(year, number, "kalender", None)
            return Template("manage/shifts_week.html", status_code=invalid.status_code,
                            context={"page": page, "values": data, "errors": form_errors(invalid)})
        target = week_label(*iso_week_of(to_local(row["starts_at"]).date()))
        return Redirect(f"/beheer/diensten?week={target}", status_code=303)

    @get("/{shift_id:int}")
    async def edit_page(self, shift_id: FromPath[int]) -> Template:
        row = await services.get_shift(shift_id)
        if row is None:
            raise NotFoundException()
        return Template("manage/shift_edit.html", context={"row": row, "values": form_values(row), "errors": {}})

    @post("/{shift_id:int}")
    async def update(self, shift_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, form = read_shift_form(data)
        values["cancelled"] = form.boolean("cancelled")
        try:
            form.errors.raise_if_any()
            row = await services.update_shift(shift_id, values)
        except InvalidInput as invalid:
            row = await services.get_shift(shift_id)
            if row is None:
                raise NotFoundException() from None
            return Template("manage/shift_edit.html", status_code=invalid.status_code,
                            context={"row": row, "values": data, "errors": form_errors(invalid)})
        if row is None:
            raise NotFoundException()
        week = week_label(*iso_week_of(to_local(row["starts_at"]).date()))
        return Redirect(f"/beheer/diensten?week={week}", status_code=303)


def form_values(row: dict) -> dict:
    start, end = to_local(row["starts_at"]), to_local(row["ends_at"])
    return {
        "day": start.date().isoformat(), "start": start.strftime("%H:%M"), "end": end.strftime("%H:%M"),
        "headcount_min": row["headcount_min"], "headcount_target": row["headcount_target"],
        "headcount_max": row["headcount_max"], "supervisor_required": row["supervisor_required"],
        "note": row["note"], "cancelled": row["cancelled"],
    }
