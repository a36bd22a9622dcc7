"""JSON API (staff only): instruments, and a worker's measurements and goals under /api/v1/workers/{id}."""

from __future__ import annotations

import msgspec
from litestar import Controller, Request, delete, get, patch, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.common.existence import exists
from wijkwerk.progression import goals, instruments, measurements
from wijkwerk.progression.schemas import (
    Goal, GoalCreate, GoalUpdate, Instrument, Measurement, MeasurementCreate,
)
from wijkwerk.tables import Worker
from wijkwerk.workers.schemas import plain


def found(row: dict | None, shape: type, what: str):
    if row is None:
        raise NotFoundException(f"{what} not found")
    return msgspec.convert(row, shape)


async def _worker_exists(worker_id: int) -> None:
    if not await exists(Worker, worker_id):
        raise NotFoundException("worker not found")


class InstrumentApi(Controller):
    path = "/progression/instruments"
    guards = [requires_staff]
    tags = ["progression"]

    @get("/")
    async def list_items(self) -> list[Instrument]:
        """Instruments with their dimensions and ordered scales; the default (Participatieladder) first."""
        return msgspec.convert(await instruments.list_instruments(), list[Instrument])


class MeasurementApi(Controller):
    path = "/workers/{worker_id:int}/measurements"
    guards = [requires_staff]
    tags = ["progression"]

    @get("/")
    async def list_items(self, worker_id: FromPath[int]) -> list[Measurement]:
        """Newest first."""
        await _worker_exists(worker_id)
        return msgspec.convert(await measurements.list_measurements(worker_id), list[Measurement])

    @post("/")
    async def add(self, worker_id: FromPath[int], data: JSONBody[MeasurementCreate], request: Request) -> Measurement:
        """A dated measurement; an unknown dimension or level, or a date in the future, answers 400."""
        row = await measurements.add_measurement(worker_id, plain(data), request.scope["user"].id)
        return found(row, Measurement, "worker")

    @delete("/{measurement_id:int}")
    async def remove(self, worker_id: FromPath[int], measurement_id: FromPath[int]) -> None:
        if not await measurements.remove_measurement(worker_id, measurement_id):
            raise NotFoundException("measurement not found")


class GoalApi(Controller):
    path = "/workers/{worker_id:int}/goals"
    guards = [requires_staff]
    tags = ["progression"]

    @get("/")
    async def list_items(self, worker_id: FromPath[int]) -> list[Goal]:
        await _worker_exists(worker_id)
        return msgspec.convert(await goals.list_goals(worker_id), list[Goal])

    @post("/")
    async def add(self, worker_id: FromPath[int], data: JSONBody[GoalCreate]) -> Goal:
        return found(await goals.add_goal(worker_id, plain(data)), Goal, "worker")

    @patch("/{goal_id:int}")
    async def update(self, worker_id: FromPath[int], goal_id: FromPath[int], data: JSONBody[GoalUpdate]) -> Goal:
        """Change the text, target date, status (open, achieved, dropped) or note."""
        return found(await goals.update_goal(worker_id, goal_id, plain(data)), Goal, "goal")

    @delete("/{goal_id:int}")
    async def remove(self, worker_id: FromPath[int], goal_id: FromPath[int]) -> None:
        if not await goals.remove_goal(worker_id, goal_id):
            raise NotFoundException("goal not found")
