"""A resident's landing page: their published shifts for this week and next, and their skills."""

from __future__ import annotations

from datetime import timedelta

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk import clock
from wijkwerk.auth.guards import requires_resident
from wijkwerk.common.forms import FormReader, parse_id
from wijkwerk.common.raw_reads import fetch_all, fetch_one
from wijkwerk.common.stamps import roster_seen
from wijkwerk.common.transactions import read_snapshot
from wijkwerk.common.validation import InvalidInput
from wijkwerk.resident.absence import report_absence
from wijkwerk.resident.availability import AHEAD, add_mine, my_exceptions, remove_mine
from wijkwerk.resident.calendar import new_feed, revoke_feeds
from wijkwerk.resident.limits import declare, declared_elsewhere, my_limits
from wijkwerk.resident.progress import my_progress, worked_so_far
from wijkwerk.resident.week import mark_changes, my_shifts

# Read on every view of the page: hand-written (wijkwerk/common/raw_reads.py).
# The resident's worker row with their account's view state: whether a calendar link is live,
# when they last looked at their roster, and whether anything was published since (only then
# can the highlights differ, so only then is the visit written down).
_OWN_WORKER = """
SELECT w.id, w.first_name, w.status, w.birth_date, n.name AS neighbourhood, u.roster_seen_at,
       EXISTS (SELECT 1 FROM calendar_feed AS f WHERE f.worker = w.id AND f.revoked_at IS NULL) AS has_feed,
       (u.roster_seen_at IS NULL OR EXISTS (
           SELECT 1 FROM roster AS r WHERE r.published_at IS NOT NULL AND r.published_at > u.roster_seen_at
       )) AS published_since_seen
FROM wijkwerk_user AS u
JOIN worker AS w ON w.id = u.worker
LEFT JOIN neighbourhood AS n ON n.id = w.neighbourhood
WHERE u.id = {} AND w.id = {}
"""
_OWN_SKILLS = """
SELECT s.name, ws.level, ws.certificate_expires_on FROM worker_skill AS ws JOIN skill AS s ON s.id = ws.skill
WHERE ws.worker = {} ORDER BY s.name, ws.id
"""


async def own_worker(request: Request) -> dict:
    """The signed-in resident's worker row; the id comes from the session, never the URL."""
    user = request.scope["user"]
    row = await fetch_one(_OWN_WORKER, user.id, user.worker_id)
    if row is None:
        raise NotFoundException()
    # SQLite answers EXISTS and comparisons with 0 or 1.
    return row | {"has_feed": bool(row["has_feed"]), "published_since_seen": bool(row["published_since_seen"])}


async def own_skills(worker_id: int) -> list[dict]:
    return await fetch_all(_OWN_SKILLS, worker_id)


class ResidentController(Controller):
    path = "/mijn"
    guards = [requires_resident]
    include_in_schema = False

    @get("/")
    async def home(self, request: Request) -> Template:
        async with read_snapshot():
            worker = await own_worker(request)
            skills = await own_skills(worker["id"])
            shifts = await my_shifts(worker["id"], clock.today())
            lost = await mark_changes(worker["id"], shifts, worker["roster_seen_at"])
            page = await self._home(worker, skills, shifts, lost)
        # Without a publication since the last visit nothing changed: the view writes nothing.
        if worker["published_since_seen"]:
            # Highlights show once: after this visit the resident has seen the changes.
            await roster_seen(request.scope["user"].id, clock.now())
        return page

    async def _home(self, worker, skills, shifts, lost, declare_errors=None, declare_values=None,
                    status: int = 200, availability_errors=None, availability_values=None) -> Template:
        today = clock.today()
        worked = await worked_so_far(worker["id"], today.year)
        return Template("resident/home.html", status_code=status, context={
            "worked": worked, "progress": await my_progress(worker["id"], today, skills),
            "worker": worker, "skills": skills, "shifts": shifts, "lost": lost,
            "has_feed": worker["has_feed"], "limits": await my_limits(worker["id"], worker["birth_date"], today),
            "declared": await declared_elsewhere(worker["id"], today.year - 1), "this_month": today.strftime("%Y-%m"),
            "declare_errors": declare_errors or {}, "declare_values": declare_values or {},
            "exceptions": await my_exceptions(worker["id"], today), "availability_errors": availability_errors or {},
            "availability_values": availability_values or {}, "availability_first": today + timedelta(days=1),
            "availability_last": today + AHEAD})

    @post("/elders")
    async def declare_elsewhere(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        worker = await own_worker(request)
        form = FormReader(data)
        amount = form.money_cents("amount")
        try:
            form.errors.raise_if_any()
            await declare(worker["id"], form.text("month"), amount, form.text("payer"), clock.today())
        except InvalidInput as invalid:
            skills = await own_skills(worker["id"])
            shifts = await my_shifts(worker["id"], clock.today())
            return await self._home(worker, skills, shifts, [], invalid.by_field(), data, status=invalid.status_code)
        return Redirect("/mijn#elders", status_code=303)

    @post("/beschikbaarheid")
    async def add_availability(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        worker = await own_worker(request)
        form = FormReader(data)
        first, last = form.date("on_date"), form.date("until")
        start, end = form.time("start_time"), form.time("end_time")
        try:
            await add_mine(worker["id"], form.text("kind"), first, last, start, end, form.text("reason"),
                           clock.today(), form.errors)
        except InvalidInput as invalid:
            skills = await own_skills(worker["id"])
            shifts = await my_shifts(worker["id"], clock.today())
            return await self._home(worker, skills, shifts, [], status=invalid.status_code,
                                    availability_errors=invalid.by_field(), availability_values=data)
        return Redirect("/mijn?doorgegeven=1#beschikbaarheid", status_code=303)

    @post("/beschikbaarheid/{exception_id:int}/verwijderen")
    async def remove_availability(self, request: Request, exception_id: FromPath[int]) -> Redirect:
        worker = await own_worker(request)
        if not await remove_mine(worker["id"], exception_id, clock.today()):
            raise NotFoundException()
        return Redirect("/mijn#beschikbaarheid", status_code=303)

    @post("/afmelden")
    async def cannot_come(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        worker = await own_worker(request)
        assignment = parse_id(data.get("assignment")) or -1
        try:
            await report_absence(worker["id"], assignment, data.get("reason", "").strip())
        except InvalidInput as invalid:
            if invalid.status_code == 404:
                raise NotFoundException() from None
            return Template("error.html", status_code=invalid.status_code,
                            context={"status": invalid.status_code, "message": " ".join(invalid.by_field().values())})
        return Redirect("/mijn?afgemeld=1", status_code=303)

    @post("/agenda")
    async def make_feed(self, request: Request) -> Template:
        worker = await own_worker(request)
        token = await new_feed(worker["id"])
        # Shown once, right now: only a digest is stored, so it cannot be shown again later.
        url = f"{str(request.base_url).rstrip('/')}/agenda/{token}.ics"
        return Template("resident/calendar.html", context={"feed_url": url})

    @post("/agenda/stoppen")
    async def stop_feed(self, request: Request) -> Redirect:
        await revoke_feeds((await own_worker(request))["id"])
        return Redirect("/mijn", status_code=303)
