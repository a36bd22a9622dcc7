"""Controllers of the planning area, registered by wijkwerk.manage (pages)."""

from wijkwerk.rosters.pages import PlanningPages

API_CONTROLLERS: list = []
PAGE_CONTROLLERS: list = [PlanningPages]
