"""The JSON API under /api/v1: one controller per resource, each in its feature area."""

from litestar import Router

from wijkwerk.aandebak.api import AanDeBakApi
from wijkwerk.catalog.routes import API_CONTROLLERS as CATALOG_API
from wijkwerk.matching.api import MatchingApi
from wijkwerk.money.routes import API_CONTROLLERS as MONEY_API
from wijkwerk.neighbourhoods.api import NeighbourhoodApi
from wijkwerk.progression.routes import API_CONTROLLERS as PROGRESSION_API
from wijkwerk.shifts.routes import API_CONTROLLERS as SHIFT_API
from wijkwerk.vacancies.api import VacancyApi
from wijkwerk.workers.routes import API_CONTROLLERS as WORKER_API

api_router = Router(
    path="/api/v1", route_handlers=[NeighbourhoodApi, *CATALOG_API, *WORKER_API, *SHIFT_API, *PROGRESSION_API,
                     *MONEY_API, AanDeBakApi, VacancyApi, MatchingApi],
)
