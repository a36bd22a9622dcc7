"""JSON API for vacancies and job-seeker profiles under /api/v1 (staff only)."""

from __future__ import annotations

from litestar import Controller, get, patch, post, put
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, JSONBody

from wijkwerk.auth.guards import requires_staff
from wijkwerk.vacancies import services
from wijkwerk.vacancies.schemas import ProfileUpdate, VacancyCreate, VacancyStatusUpdate, plain


def found(row, what: str):
    """The row, or a 404 naming what was not found."""
    if row is None:
        raise NotFoundException(f"{what} not found")
    return row


class VacancyApi(Controller):
    path = "/"
    guards = [requires_staff]
    tags = ["vacancies"]

    @get("/vacancies")
    async def list_items(self, status: FromQuery[str | None] = None) -> list[dict]:
        return await services.list_vacancies(status)

    @post("/vacancies")
    async def create(self, data: JSONBody[VacancyCreate]) -> dict:
        return await services.create_vacancy(plain(data))

    @get("/vacancies/{vacancy_id:int}")
    async def read(self, vacancy_id: FromPath[int]) -> dict:
        return found(await services.get_vacancy(vacancy_id), "vacancy")

    @patch("/vacancies/{vacancy_id:int}")
    async def set_status(self, vacancy_id: FromPath[int], data: JSONBody[VacancyStatusUpdate]) -> dict:
        """Open or close a vacancy; closed vacancies are not matched."""
        return found(await services.set_status(vacancy_id, data.status.value), "vacancy")

    @get("/job-seekers/{worker_id:int}")
    async def profile(self, worker_id: FromPath[int]) -> dict:
        return found(await services.get_profile(worker_id), "worker")

    @put("/job-seekers/{worker_id:int}")
    async def save_profile(self, worker_id: FromPath[int], data: JSONBody[ProfileUpdate]) -> dict:
        """Ready for work, wanted hours per week, and preferred sectors (codes) of a worker."""
        return found(await services.save_profile(worker_id, plain(data)), "worker")
