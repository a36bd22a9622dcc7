"""The manager's Monday-morning overview: who is active, this week's shifts, what needs attention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import Redirect, Template

from wijkwerk.i18n.formatting import AMSTERDAM
from wijkwerk.outflow.services import due_follow_ups
from wijkwerk.resident.absence import mark_handled, pending_reports
from wijkwerk.tables import Client, Job, Shift, Worker, WorkerSkill
from wijkwerk.tables.enums import WorkerStatus


@dataclass(frozen=True)
class DashboardPage:
    today: date
    week_start: date
    active_workers: int
    paused_workers: int
    clients: int
    active_jobs: int
    shifts_this_week: int
    expiring_certificates: list[dict]
    absences: list[dict]
    follow_ups_due: int = 0


def week_bounds_utc(day: date) -> tuple[date, datetime, datetime]:
    """Monday of `day`'s ISO week, and that week's start and end as UTC instants."""
    monday = day - timedelta(days=day.weekday())
    start = datetime.combine(monday, time(0), AMSTERDAM).astimezone(timezone.utc)
    end = datetime.combine(monday + timedelta(days=7), time(0), AMSTERDAM).astimezone(timezone.utc)
    return monday, start, end


async def build_dashboard(today: date) -> DashboardPage:
    monday, start, end = week_bounds_utc(today)
    week_shifts = Shift.count().where(Shift.starts_at >= start, Shift.starts_at < end, Shift.cancelled.eq(False))
    expiring = await WorkerSkill.select(
        WorkerSkill.worker.id, WorkerSkill.worker.first_name, WorkerSkill.worker.last_name,
        WorkerSkill.skill.name, WorkerSkill.certificate_expires_on,
    ).where(
        WorkerSkill.certificate_expires_on.is_not_null(),
        WorkerSkill.certificate_expires_on <= today + timedelta(days=60),
        WorkerSkill.worker.status == WorkerStatus.active.value,
    ).order_by(WorkerSkill.certificate_expires_on).limit(20)
    return DashboardPage(
        today=today,
        week_start=monday,
        active_workers=await Worker.count().where(Worker.status == WorkerStatus.active.value),
        paused_workers=await Worker.count().where(Worker.status == WorkerStatus.paused.value),
        clients=await Client.count(),
        active_jobs=await Job.count().where(
            Job.active_from <= today, (Job.active_until.is_null()) | (Job.active_until >= today)
        ),
        shifts_this_week=await week_shifts,
        expiring_certificates=expiring,
        absences=await pending_reports(),
        follow_ups_due=len(await due_follow_ups(today)),
    )


class DashboardController(Controller):
    path = "/"

    @get("/")
    async def dashboard(self) -> Template:
        today = datetime.now(AMSTERDAM).date()
        return Template("manage/dashboard.html", context={"page": await build_dashboard(today)})

    @post("/afmeldingen/{report_id:int}/afgehandeld")
    async def handled(self, report_id: FromPath[int]) -> Redirect:
        if not await mark_handled(report_id):
            raise NotFoundException()
        return Redirect("/beheer", status_code=303)
