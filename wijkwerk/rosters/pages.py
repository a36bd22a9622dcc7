"""Manager pages for planning a week: start a tracked solve, follow it, review the result."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.common.forms import parse_id
from wijkwerk.common.validation import InvalidInput
from wijkwerk.rosters import editing, versions
from wijkwerk.rosters.outbox import deliver_pending
from wijkwerk.rosters.publishing import changes_between, publish
from wijkwerk.rosters.queries import recent_jobs
from wijkwerk.rosters.review import ReviewFilters, build_review, reason_words
from wijkwerk.shifts.pages import parse_week_param, week_label
from wijkwerk.rosters.caps import CapTable, age_on
from wijkwerk.shifts.weeks import week_days, week_range_utc
from wijkwerk.tables import OutboxMessage, Roster, Shift, SolveJob, Worker
from wijkwerk.tables.enums import RosterStatus

TIME_LIMITS = (5, 10, 30, 60, 120)
# On the Selwerd demo week 5 s reached the same roster as 10 s (bench/planning.py, BENCHMARKS.md).
DEFAULT_TIME_LIMIT = 5


@dataclass(frozen=True)
class PlanningPage:
    iso_year: int
    iso_week: int
    label: str
    shift_count: int
    draft: dict | None
    published: dict | None
    jobs: list[dict]
    busy: bool
    time_limits: tuple[int, ...]
    rate_warnings: list[dict]


async def rates_above_hourly_cap(day) -> list[dict]:
    """Active workers whose agreed rate is above the hourly cap for their age: fix before paying."""
    table = await CapTable.load()
    warnings = []
    for worker in await Worker.select(Worker.id, Worker.first_name, Worker.last_name, Worker.birth_date,
                                      Worker.rate_cents_per_hour).where(Worker.status == "active"):
        caps = table.on(day, age_on(worker["birth_date"], day))
        if caps and worker["rate_cents_per_hour"] > caps.hourly_cents:
            warnings.append({**worker, "cap_cents": caps.hourly_cents})
    return warnings


async def build_planning_page(iso_year: int, iso_week: int) -> PlanningPage:
    start, end = week_range_utc(iso_year, iso_week)
    jobs = await recent_jobs(iso_year, iso_week)
    return PlanningPage(
        iso_year=iso_year, iso_week=iso_week, label=week_label(iso_year, iso_week),
        shift_count=await Shift.count().where(Shift.starts_at >= start, Shift.starts_at < end, Shift.cancelled.eq(False)),
        draft=await versions.latest(iso_year, iso_week, RosterStatus.draft),
        published=await versions.latest(iso_year, iso_week, RosterStatus.published),
        jobs=jobs, busy=any(job["status"] in ("queued", "running") for job in jobs), time_limits=TIME_LIMITS,
        rate_warnings=await rates_above_hourly_cap(week_days(iso_year, iso_week)[0]),
    )


class PlanningPages(Controller):
    path = "/planning"

    @get("/")
    async def week(self, week: FromQuery[str | None] = None) -> Template:
        page = await build_planning_page(*parse_week_param(week))
        return Template("manage/planning.html", context={"page": page})

    @post("/plannen")
    async def plan(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Redirect:
        year, number = parse_week_param(data.get("week"))
        limit = parse_id(data.get("time_limit"))
        limit = limit if limit in TIME_LIMITS else DEFAULT_TIME_LIMIT
        await request.app.state.solver.start(year, number, limit, request.scope["user"].id)
        return Redirect(f"/beheer/planning?week={week_label(year, number)}", status_code=303)

    @post("/taken/{job_id:int}/annuleren")
    async def cancel(self, request: Request, job_id: FromPath[int]) -> Redirect:
        job = await SolveJob.select(SolveJob.iso_year, SolveJob.iso_week).where(SolveJob.id == job_id).first()
        if job is None:
            raise NotFoundException()
        request.app.state.solver.cancel(job_id)
        return Redirect(f"/beheer/planning?week={week_label(job['iso_year'], job['iso_week'])}", status_code=303)

    @get("/rooster/{roster_id:int}")
    async def review(self, roster_id: FromPath[int], gepubliceerd: FromQuery[bool] = False,
                     weergave: FromQuery[str] = "lijst", wijk: FromQuery[int | None] = None,
                     opdracht: FromQuery[int | None] = None, naam: FromQuery[str] = "") -> Template:
        filters = ReviewFilters(view=weergave if weergave in ("lijst", "rooster") else "lijst",
                                neighbourhood=wijk, job=opdracht, name=naam[:100])
        return await self._review(roster_id, show_changes=gepubliceerd, filters=filters)

    async def _review(self, roster_id: int, show_changes: bool = False, error: str = "",
                      status: int = 200, filters: ReviewFilters = ReviewFilters(), form: dict | None = None) -> Template:
        roster = await Roster.select().where(Roster.id == roster_id).first()
        if roster is None:
            raise NotFoundException()
        changes = await published_changes(roster) if show_changes else []
        return Template("manage/roster_review.html", status_code=status, context={
            "page": await build_review(roster, filters), "reason_words": reason_words, "changes": changes,
            "error": error, "form": form or {}, "active_workers": await active_workers()})

    @post("/rooster/{roster_id:int}/publiceren")
    async def publish(self, request: Request, roster_id: FromPath[int],
                      data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        lock = _number(data, "lock_version")
        try:
            await publish(roster_id, lock)
        except InvalidInput as invalid:
            return await self._review(roster_id, error=next(iter(invalid.by_field().values())),
                                      status=invalid.status_code)
        # Mail goes out in the background; the outbox keeps the record whether or not it is sent.
        request.app.state.background.add(deliver_pending(request.app.state.settings.smtp_url))
        return Redirect(f"/beheer/planning/rooster/{roster_id}?gepubliceerd=1", status_code=303)

    @post("/rooster/{roster_id:int}/vastzetten")
    async def pin(self, roster_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._edit(roster_id, lambda lock: editing.toggle_pin(roster_id, _number(data, "assignment"), lock), data)

    @post("/rooster/{roster_id:int}/weghalen")
    async def remove(self, roster_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._edit(roster_id, lambda lock: editing.unassign(
            roster_id, _number(data, "assignment"), lock, data.get("reason", "")), data)

    @post("/rooster/{roster_id:int}/toewijzen")
    async def add(self, roster_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._edit(roster_id, lambda lock: editing.assign(
            roster_id, _number(data, "shift"), _number(data, "worker"), lock, data.get("reason", "")), data)

    @post("/rooster/{roster_id:int}/ruilen")
    async def exchange(self, roster_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._edit(roster_id, lambda lock: editing.swap(
            roster_id, _number(data, "first"), _number(data, "second"), lock, data.get("reason", "")), data)

    @post("/rooster/{roster_id:int}/nieuw-concept")
    async def copy_to_draft(self, roster_id: FromPath[int]) -> Redirect:
        return Redirect(f"/beheer/planning/rooster/{await editing.new_draft_from(roster_id)}", status_code=303)

    async def _edit(self, roster_id: int, action, data: dict) -> Template | Redirect:
        try:
            await action(_number(data, "lock_version"))
        except InvalidInput as invalid:
            return await self._review(roster_id, error=" ".join(invalid.by_field().values()),
                                      status=invalid.status_code, form=data)
        return Redirect(f"/beheer/planning/rooster/{roster_id}", status_code=303)

    @get("/rooster/{roster_id:int}/afdrukken")
    async def print_view(self, roster_id: FromPath[int], per: FromQuery[str] = "dag") -> Template:
        roster = await Roster.select().where(Roster.id == roster_id).first()
        if roster is None:
            raise NotFoundException()
        page = await build_review(roster)
        return Template("manage/roster_print.html", context={
            "page": page, "per": "opdracht" if per == "opdracht" else "dag",
            "groups": print_groups(page.shifts, by_job=per == "opdracht")})

    @get("/berichten")
    async def outbox(self) -> Template:
        messages = await OutboxMessage.select(
            OutboxMessage.all_columns(), OutboxMessage.worker.first_name.as_alias("first_name"),
            OutboxMessage.worker.last_name.as_alias("last_name"),
        ).order_by(OutboxMessage.id, ascending=False).limit(200)
        return Template("manage/outbox.html", context={"messages": messages})


async def published_changes(roster: dict) -> list[dict]:
    """What publishing this version changed, per worker, for the manager's confirmation."""
    previous = await Roster.select(Roster.id).where(
        Roster.iso_year == roster["iso_year"], Roster.iso_week == roster["iso_week"],
        Roster.status == "superseded", Roster.published_at.is_not_null(), Roster.version < roster["version"],
    ).order_by(Roster.version, ascending=False).first()
    changes = await changes_between(previous["id"] if previous else None, roster["id"])
    names = {w["id"]: f"{w['first_name']} {w['last_name']}" for w in await Worker.select(
        Worker.id, Worker.first_name, Worker.last_name).where(Worker.id.is_in(list(changes) or [-1]))}
    shifts = {s["id"]: s for s in await Shift.select(Shift.id, Shift.starts_at, Shift.job.title.as_alias("title"))
              .where(Shift.id.is_in([i for c in changes.values() for i in c.added + c.removed] or [-1]))}
    return [{"name": names.get(worker, worker), "added": [shifts[i] for i in c.added if i in shifts],
             "removed": [shifts[i] for i in c.removed if i in shifts]}
            for worker, c in sorted(changes.items(), key=lambda item: names.get(item[0], ""))]


def print_groups(shifts: list[dict], by_job: bool) -> list[tuple[str, list[dict]]]:
    """Shifts grouped per local day or per job, in time order: one printed page per group."""
    from wijkwerk.i18n.formatting import local_date

    groups: dict[str, list[dict]] = {}
    for shift in sorted(shifts, key=lambda s: s["starts_at"]):
        if shift["cancelled"]:
            continue
        key = shift["job_title"] if by_job else local_date(shift["starts_at"], "EEEE d MMMM")
        groups.setdefault(key, []).append(shift)
    return list(groups.items())


def _number(data: dict, name: str) -> int:
    """A form's id field; anything unreadable becomes -1, which every lookup treats as missing."""
    value = parse_id(data.get(name))
    return -1 if value is None else value


async def active_workers() -> list[dict]:
    return await Worker.select(Worker.id, Worker.first_name, Worker.last_name).where(
        Worker.status == "active").order_by(Worker.last_name)
