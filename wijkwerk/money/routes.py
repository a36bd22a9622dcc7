"""The money area's controllers, collected for the /beheer and /api/v1 routers."""

from wijkwerk.money.api import AllocationApi, LedgerApi

API_CONTROLLERS = [LedgerApi, AllocationApi]
PAGE_CONTROLLERS: list = []
