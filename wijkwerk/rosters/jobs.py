"""Tracked solve jobs: a week's solve runs in its own process, with status, elapsed time and cancel.

The week's data is read and the draft is written on the event loop; the solving happens in a
child process. Only a finished solve writes anything (one transaction), so a crash or a restart
mid-solve leaves the week as it was; `fail_interrupted_jobs` marks such jobs at startup.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from datetime import datetime, timezone

from optimiser import SolveOptions
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.rosters import versions
from wijkwerk.rosters.solving import build_problem
from wijkwerk.tables import Roster, SolveJob
from wijkwerk.tables.enums import RosterStatus

POLL_SECONDS = 0.1
# Building the model and reporting take time on top of CP-SAT's own limit.
GRACE_SECONDS = 30


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


async def fail_interrupted_jobs() -> int:
    """At startup: jobs that were queued or running belonged to a server that stopped."""
    stale = await SolveJob.select(SolveJob.id).where(SolveJob.status.is_in(["queued", "running"]))
    if stale:
        await SolveJob.update({
            SolveJob.status: "failed", SolveJob.finished_at: utcnow(),
            SolveJob.message: "De server is opnieuw gestart tijdens het plannen. Het rooster is niet veranderd.",
        }).where(SolveJob.id.is_in([row["id"] for row in stale]))
    return len(stale)


class SolveRunner:
    """Starts and tracks solves; one instance per app, kept in app.state."""

    def __init__(self) -> None:
        self._tasks: dict[int, asyncio.Task] = {}
        self._cancel: set[int] = set()
        self._context = multiprocessing.get_context("spawn")

    async def start(self, iso_year: int, iso_week: int, time_limit_s: int, user_id: int | None) -> int:
        rows = await SolveJob.insert(SolveJob(
            iso_year=iso_year, iso_week=iso_week, time_limit_seconds=time_limit_s, requested_by=user_id,
            created_at=utcnow(), status="queued",
        )).returning(SolveJob.id)
        job_id = rows[0]["id"]
        self._tasks[job_id] = asyncio.create_task(self._run(job_id, iso_year, iso_week, time_limit_s))
        return job_id

    def cancel(self, job_id: int) -> bool:
        if job_id in self._tasks and not self._tasks[job_id].done():
            self._cancel.add(job_id)
            return True
        return False

    async def wait(self, job_id: int) -> None:
        if job_id in self._tasks:
            await self._tasks[job_id]

    async def _run(self, job_id: int, iso_year: int, iso_week: int, time_limit_s: int) -> None:
        started = time.perf_counter()
        try:
            draft = await versions.latest(iso_year, iso_week, RosterStatus.draft)
            published = await versions.latest(iso_year, iso_week, RosterStatus.published)
            source = draft or published or {}
            problem = await build_problem(
                iso_year, iso_week, previous_roster=source.get("id"), pins_from=source.get("id"))
            await SolveJob.update({
                SolveJob.status: "running", SolveJob.started_at: utcnow(),
                SolveJob.source_roster: source.get("id"), SolveJob.source_lock_version: source.get("lock_version"),
            }).where(SolveJob.id == job_id)
            outcome = await self._solve(job_id, problem, time_limit_s, started)
            await self._finish(job_id, iso_year, iso_week, problem, outcome, started)
        except Exception as error:  # a failed solve is a status with a reason, never a crash
            await self._set(job_id, "failed", started, message=_("Plannen is mislukt: %(error)s", error=str(error)[:500]))
        finally:
            self._cancel.discard(job_id)

    async def _solve(self, job_id: int, problem, time_limit_s: int, started: float):
        receiver, sender = self._context.Pipe(duplex=False)
        options = SolveOptions(time_limit_s=time_limit_s, workers=2, seed=0)
        from wijkwerk.rosters.child import solve_in_child

        process = self._context.Process(target=solve_in_child, args=(problem, options, sender), daemon=True)
        process.start()
        sender.close()
        try:
            last_write = 0.0
            while True:
                if receiver.poll():
                    message = receiver.recv()
                    if message[0] != "progress":
                        return message
                    await SolveJob.update({SolveJob.best_objective: message[1]["objective"],
                                           SolveJob.best_bound: message[1]["bound"]}).where(SolveJob.id == job_id)
                    continue
                if job_id in self._cancel:
                    return ("cancelled", None)
                if not process.is_alive() and not receiver.poll():
                    return ("error", _("het planproces stopte onverwacht"))
                elapsed = time.perf_counter() - started
                if elapsed > time_limit_s + GRACE_SECONDS:
                    return ("error", _("het plannen duurde te lang"))
                if elapsed - last_write >= 1.0:  # the page refreshes every 2 s; no need to write more
                    last_write = elapsed
                    await SolveJob.update({SolveJob.elapsed_seconds: elapsed}).where(SolveJob.id == job_id)
                await asyncio.sleep(POLL_SECONDS)
        finally:
            if process.is_alive():
                process.terminate()
            process.join(timeout=5)
            receiver.close()

    async def _finish(self, job_id, iso_year, iso_week, problem, outcome, started) -> None:
        kind, payload = outcome
        if kind == "cancelled":
            await self._set(job_id, "cancelled", started, message=_("Geannuleerd. Het rooster is niet veranderd."))
            return
        if kind == "error":
            await self._set(job_id, "failed", started, message=_("Plannen is mislukt: %(error)s", error=payload))
            return
        if payload["status"] == "unknown":
            await self._set(job_id, "failed", started,
                            message=_("Binnen de tijd is geen rooster gevonden. Geef het plannen meer tijd."))
            return
        if payload["status"] != "optimal" and payload["status"] != "feasible":
            # Infeasible: the hard rules (often pins) contradict each other; say which.
            reasons = "; ".join(payload.get("diagnosis") or []) or payload["status"]
            await self._set(job_id, "failed", started, message=_("Geen rooster mogelijk: %(reasons)s", reasons=reasons))
            return
        roster_id = await versions.store_draft(
            iso_year, iso_week, [(a["worker"], a["shift"]) for a in payload["assignments"]], set(problem.pins),
            payload, {w.id: w.skills for w in problem.workers}, {s.id: s.required_skills for s in problem.shifts})
        await self._set(job_id, "succeeded", started, objective=payload.get("objective"),
                        bound=payload.get("bound"), roster=roster_id, message=await self._edited_meanwhile(job_id))

    @staticmethod
    async def _edited_meanwhile(job_id: int) -> str:
        """Warn when the draft the solve started from was edited while it ran: those edits are not in it."""
        job = await SolveJob.select(SolveJob.source_roster, SolveJob.source_lock_version).where(
            SolveJob.id == job_id).first()
        if job["source_roster"] is None:
            return ""
        now = await Roster.select(Roster.lock_version).where(Roster.id == job["source_roster"]).first()
        if now and now["lock_version"] != job["source_lock_version"]:
            return _("Let op: het vorige concept is tijdens het plannen aangepast. Die wijzigingen staan niet in dit nieuwe concept.")
        return ""

    async def _set(self, job_id: int, status: str, started: float, message: str = "",
                   objective: int | None = None, bound: int | None = None, roster: int | None = None) -> None:
        await SolveJob.update({
            SolveJob.status: status, SolveJob.finished_at: utcnow(), SolveJob.message: message,
            SolveJob.elapsed_seconds: time.perf_counter() - started, SolveJob.best_objective: objective,
            SolveJob.best_bound: bound, SolveJob.result_roster: roster,
        }).where(SolveJob.id == job_id)
