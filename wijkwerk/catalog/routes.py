"""Controllers of this feature area, registered by wijkwerk.api (JSON) and wijkwerk.manage (pages)."""

from wijkwerk.catalog.api import ClientApi, JobTypeApi, SkillApi
from wijkwerk.catalog.job_api import JobApi
from wijkwerk.catalog.job_pages import JobPages
from wijkwerk.catalog.pages import ClientPages, JobTypePages, SkillPages

API_CONTROLLERS: list = [ClientApi, JobTypeApi, JobApi, SkillApi]
PAGE_CONTROLLERS: list = [ClientPages, JobPages, SkillPages, JobTypePages]
