"""Manager pages for planning a week: start a tracked solve, follow it, review the result."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.rosters import versions
from wijkwerk.rosters.queries import recent_jobs
from wijkwerk.rosters.review import build_review, reason_words
from wijkwerk.shifts.pages import parse_week_param, week_label
from wijkwerk.shifts.weeks import week_range_utc
from wijkwerk.tables import Roster, Shift, SolveJob
from wijkwerk.tables.enums import RosterStatus

TIME_LIMITS = (5, 10, 30, 60, 120)


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


async def build_planning_page(iso_year: int, iso_week: int) -> PlanningPage:
    start, end = week_range_utc(iso_year, iso_week)
    jobs = await recent_jobs(iso_year, iso_week)
    return PlanningPage(
        iso_year=iso_year, iso_week=iso_week, label=week_label(iso_year, iso_week),
        shift_count=await Shift.count().where(Shift.starts_at >= start, Shift.starts_at < end, Shift.cancelled.eq(False)),
        draft=await versions.latest(iso_year, iso_week, RosterStatus.draft),
        published=await versions.latest(iso_year, iso_week, RosterStatus.published),
        jobs=jobs, busy=any(job["status"] in ("queued", "running") for job in jobs), time_limits=TIME_LIMITS,
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
        limit = int(data["time_limit"]) if data.get("time_limit", "").isdigit() else 10
        limit = limit if limit in TIME_LIMITS else 10
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
    async def review(self, roster_id: FromPath[int]) -> Template:
        roster = await Roster.select().where(Roster.id == roster_id).first()
        if roster is None:
            raise NotFoundException()
        page = await build_review(roster)
        return Template("manage/roster_review.html", context={"page": page, "reason_words": reason_words})
