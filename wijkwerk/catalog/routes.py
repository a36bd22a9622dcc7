"""Controllers of this feature area, registered by wijkwerk.api (JSON) and wijkwerk.manage (pages)."""

API_CONTROLLERS: list = []
PAGE_CONTROLLERS: list = []
