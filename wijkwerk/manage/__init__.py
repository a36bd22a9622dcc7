"""Manager pages under /beheer (admins and managers only)."""

from litestar import Router

from wijkwerk.auth.guards import requires_staff
from wijkwerk.manage.dashboard import DashboardController
from wijkwerk.neighbourhoods.pages import NeighbourhoodPages

manage_router = Router(
    path="/beheer", guards=[requires_staff], route_handlers=[DashboardController, NeighbourhoodPages],
    include_in_schema=False,
)
