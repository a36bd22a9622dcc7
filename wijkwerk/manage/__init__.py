"""Manager pages under /beheer (admins and managers only)."""

from litestar import Router

from wijkwerk.aandebak.pages import AanDeBakPages
from wijkwerk.accounts.access_pages import WorkerAccessPages
from wijkwerk.attendance.routes import PAGE_CONTROLLERS as ATTENDANCE_PAGES
from wijkwerk.auth.guards import requires_staff
from wijkwerk.catalog.routes import PAGE_CONTROLLERS as CATALOG_PAGES
from wijkwerk.manage.dashboard import DashboardController
from wijkwerk.money.routes import PAGE_CONTROLLERS as MONEY_PAGES
from wijkwerk.neighbourhoods.pages import NeighbourhoodPages
from wijkwerk.progression.routes import PAGE_CONTROLLERS as PROGRESSION_PAGES
from wijkwerk.rosters.routes import PAGE_CONTROLLERS as PLANNING_PAGES
from wijkwerk.shifts.routes import PAGE_CONTROLLERS as SHIFT_PAGES
from wijkwerk.vacancies.pages import VacancyPages
from wijkwerk.workers.routes import PAGE_CONTROLLERS as WORKER_PAGES

manage_router = Router(
    path="/beheer", guards=[requires_staff],
    route_handlers=[DashboardController, NeighbourhoodPages, *CATALOG_PAGES, *WORKER_PAGES, *SHIFT_PAGES,
                    *PLANNING_PAGES, *ATTENDANCE_PAGES, *PROGRESSION_PAGES, *MONEY_PAGES,
                    AanDeBakPages, VacancyPages, WorkerAccessPages],
    include_in_schema=False,
)
