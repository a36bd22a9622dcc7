"""JSON API for what hangs off a worker: skills, weekly windows, dated exceptions, preferences.

Each call is one transaction; a row that belongs to another worker answers 404.
"""

from __future__ import annotations

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.common.existence import exists
from wijkwerk.tables import Worker as WorkerTable
from wijkwerk.workers import availability, skills
from wijkwerk.workers.schemas import (
    AvailabilityException, AvailabilityExceptionCreate, AvailabilityWindow, AvailabilityWindowCreate,
    JobTypePreference, JobTypePreferenceCreate, WorkerSkill, WorkerSkillCreate, WorkerSkillUpdate, plain,
)


def _found(row: dict | None, shape: type, what: str = "worker"):
    if row is None:
        raise NotFoundException(f"{what} not found")
    return msgspec.convert(row, shape)


def _removed(done: bool, what: str) -> None:
    if not done:
        raise NotFoundException(f"{what} not found")


async def _listed(worker_id: int, rows_for, shape: type) -> list:
    if not await exists(WorkerTable, worker_id):
        raise NotFoundException("worker not found")
    return [msgspec.convert(row, shape) for row in await rows_for(worker_id)]


class WorkerSkillApi(Controller):
    path = "/workers/{worker_id:int}/skills"
    guards = [requires_staff]
    tags = ["workers"]

    @get("/")
    async def list_items(self, worker_id: FromPath[int]) -> list[WorkerSkill]:
        return await _listed(worker_id, skills.list_skills, WorkerSkill)

    @post("/")
    async def add(self, worker_id: FromPath[int], data: JSONBody[WorkerSkillCreate]) -> WorkerSkill:
        """Add a skill; the same skill twice for one worker answers 409."""
        return _found(await skills.add_skill(worker_id, plain(data)), WorkerSkill)

    @patch("/{skill_id:int}")
    async def update(self, worker_id: FromPath[int], skill_id: FromPath[int],
                     data: JSONBody[WorkerSkillUpdate]) -> WorkerSkill:
        return _found(await skills.update_skill(worker_id, skill_id, plain(data)), WorkerSkill, "skill")

    @delete("/{skill_id:int}")
    async def remove(self, worker_id: FromPath[int], skill_id: FromPath[int]) -> None:
        _removed(await skills.remove_skill(worker_id, skill_id), "skill")


class AvailabilityWindowApi(Controller):
    path = "/workers/{worker_id:int}/windows"
    guards = [requires_staff]
    tags = ["workers"]

    @get("/")
    async def list_items(self, worker_id: FromPath[int]) -> list[AvailabilityWindow]:
        return await _listed(worker_id, availability.list_windows, AvailabilityWindow)

    @post("/")
    async def add(self, worker_id: FromPath[int], data: JSONBody[AvailabilityWindowCreate]) -> AvailabilityWindow:
        """Add a weekly window (weekday 0 = Monday, local times); it may not overlap another."""
        return _found(await availability.add_window(worker_id, plain(data)), AvailabilityWindow)

    @delete("/{window_id:int}")
    async def remove(self, worker_id: FromPath[int], window_id: FromPath[int]) -> None:
        _removed(await availability.remove_window(worker_id, window_id), "window")


class AvailabilityExceptionApi(Controller):
    path = "/workers/{worker_id:int}/exceptions"
    guards = [requires_staff]
    tags = ["workers"]

    @get("/")
    async def list_items(self, worker_id: FromPath[int]) -> list[AvailabilityException]:
        return await _listed(worker_id, availability.list_exceptions, AvailabilityException)

    @post("/")
    async def add(self, worker_id: FromPath[int],
                  data: JSONBody[AvailabilityExceptionCreate]) -> AvailabilityException:
        """Unavailable (all day without times) or extra available (times required) on one date."""
        return _found(await availability.add_exception(worker_id, plain(data)), AvailabilityException)

    @delete("/{exception_id:int}")
    async def remove(self, worker_id: FromPath[int], exception_id: FromPath[int]) -> None:
        _removed(await availability.remove_exception(worker_id, exception_id), "exception")


class JobTypePreferenceApi(Controller):
    path = "/workers/{worker_id:int}/preferences"
    guards = [requires_staff]
    tags = ["workers"]

    @get("/")
    async def list_items(self, worker_id: FromPath[int]) -> list[JobTypePreference]:
        return await _listed(worker_id, availability.list_preferences, JobTypePreference)

    @post("/")
    async def add(self, worker_id: FromPath[int], data: JSONBody[JobTypePreferenceCreate]) -> JobTypePreference:
        """Like or dislike a job type; one preference per job type (409 when it exists)."""
        return _found(await availability.add_preference(worker_id, plain(data)), JobTypePreference)

    @delete("/{job_type_id:int}")
    async def remove(self, worker_id: FromPath[int], job_type_id: FromPath[int]) -> None:
        _removed(await availability.remove_preference(worker_id, job_type_id), "preference")
