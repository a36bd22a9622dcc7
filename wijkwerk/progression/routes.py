"""Controllers of the progression and outflow areas, registered by wijkwerk.api and wijkwerk.manage."""

from wijkwerk.outflow.api import ExitApi, FollowUpApi
from wijkwerk.outflow.pages import FollowUpPages, OutflowWorkerPages
from wijkwerk.progression.api import GoalApi, InstrumentApi, MeasurementApi
from wijkwerk.progression.overview_pages import ProgressionOverviewPages
from wijkwerk.progression.pages import ProgressionPages

API_CONTROLLERS: list = [InstrumentApi, MeasurementApi, GoalApi, ExitApi, FollowUpApi]
PAGE_CONTROLLERS: list = [ProgressionPages, ProgressionOverviewPages, OutflowWorkerPages, FollowUpPages]
