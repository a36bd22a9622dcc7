"""JSON API (staff only): a worker's exits and re-entry, due follow-ups, answers, lasting outflow."""

from __future__ import annotations

import msgspec
from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath

from wijkwerk import clock
from wijkwerk.auth.guards import requires_staff
from wijkwerk.common.existence import exists
from wijkwerk.outflow import services
from wijkwerk.outflow.schemas import (
    DueFollowUp, Exit, ExitCreate, FollowUpAnswerCreate, LastingOutflowFigure, Reentry,
)
from wijkwerk.progression.api import found
from wijkwerk.tables import Worker
from wijkwerk.workers.schemas import plain


class ExitApi(Controller):
    path = "/workers/{worker_id:int}"
    guards = [requires_staff]
    tags = ["outflow"]

    @get("/exits")
    async def list_items(self, worker_id: FromPath[int]) -> list[Exit]:
        if not await exists(Worker, worker_id):
            raise NotFoundException("worker not found")
        return msgspec.convert(await services.list_exits(worker_id), list[Exit])

    @post("/exits")
    async def register(self, worker_id: FromPath[int], data: ExitCreate, request: Request) -> Exit:
        """Register an exit: the worker becomes "left" and follow-ups at 26 and 52 weeks are created.

        A second exit while one is open answers 409; a date before the worker's start or in the
        future answers 400.
        """
        return found(await services.register_exit(worker_id, plain(data), request.scope["user"].id), Exit, "worker")

    @post("/reentry")
    async def reenter(self, worker_id: FromPath[int], data: Reentry) -> Exit:
        """The worker comes back: active again, the exit kept with its re-entry date."""
        return found(await services.reenter(worker_id, data.reentered_on), Exit, "worker")


class FollowUpApi(Controller):
    path = "/outflow"
    guards = [requires_staff]
    tags = ["outflow"]

    @get("/follow-ups/due")
    async def due(self) -> list[DueFollowUp]:
        """Unanswered follow-ups whose date has come, the oldest first."""
        return msgspec.convert(await services.due_follow_ups(clock.today()), list[DueFollowUp])

    @post("/follow-ups/{follow_up_id:int}/answer")
    async def answer(self, follow_up_id: FromPath[int], data: FollowUpAnswerCreate, request: Request) -> DueFollowUp:
        """Answer once; a second answer is a 409."""
        row = await services.answer_follow_up(follow_up_id, plain(data), request.scope["user"].id)
        return found(row, DueFollowUp, "follow-up")

    @get("/lasting")
    async def lasting(self) -> list[LastingOutflowFigure]:
        """Lasting outflow to work at 26 and 52 weeks (share of due follow-ups answered yes)."""
        figures = await services.lasting_outflow_figures(clock.today())
        return [LastingOutflowFigure(f.weeks, f.due, f.yes, f.no, f.unreachable, f.unanswered, f.percent)
                for f in figures.values()]
