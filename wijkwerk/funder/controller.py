"""The funder's landing page; the impact report itself is built on aggregated frames later."""

from litestar import Controller, get
from litestar.response import Template

from wijkwerk.auth.guards import requires_report_reader


class FunderController(Controller):
    path = "/rapportage"
    guards = [requires_report_reader]
    include_in_schema = False

    @get("/")
    async def home(self) -> Template:
        return Template("funder/home.html", context={})
