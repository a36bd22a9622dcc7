"""The JSON API under /api/v1: one controller per resource, each in its feature area."""

from litestar import Router

from wijkwerk.neighbourhoods.api import NeighbourhoodApi

api_router = Router(path="/api/v1", route_handlers=[NeighbourhoodApi], tags=["api"])
