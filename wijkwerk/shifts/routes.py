"""Controllers of this feature area, registered by wijkwerk.api (JSON) and wijkwerk.manage (pages)."""

from wijkwerk.shifts.api import ShiftApi
from wijkwerk.shifts.pages import ShiftPages

API_CONTROLLERS: list = [ShiftApi]
PAGE_CONTROLLERS: list = [ShiftPages]
