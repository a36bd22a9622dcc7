"""Controllers of this feature area, registered by wijkwerk.api (JSON) and wijkwerk.manage (pages)."""

from wijkwerk.workers.api import WorkerApi
from wijkwerk.workers.details_api import (
    AvailabilityExceptionApi, AvailabilityWindowApi, JobTypePreferenceApi, WorkerSkillApi,
)
from wijkwerk.workers.pages import WorkerPages
from wijkwerk.workers.section_pages import WorkerSectionPages

API_CONTROLLERS: list = [
    WorkerApi, WorkerSkillApi, AvailabilityWindowApi, AvailabilityExceptionApi, JobTypePreferenceApi,
]
PAGE_CONTROLLERS: list = [WorkerPages, WorkerSectionPages]
