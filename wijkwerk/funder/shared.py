"""The public end of a report share link: read-only, one fixed report; unknown, expired or revoked → 404."""

from __future__ import annotations

from litestar import Controller, Response, get
from litestar.datastructures import State
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import Template

from wijkwerk import clock
from wijkwerk.funder.page import FORMATS, ReportPage, download, fill_page
from wijkwerk.reports import sharing
from wijkwerk.reports.build import build_report
from wijkwerk.reports.period import ReportFilter


async def _shared_filter(token: str) -> ReportFilter:
    report_filter = await sharing.filter_for(token, clock.now())
    if report_filter is None:
        raise NotFoundException()
    return report_filter


class SharedReportController(Controller):
    path = "/gedeeld/rapport"
    include_in_schema = False

    @get("/{token:str}")
    async def report(self, state: State, token: FromPath[str]) -> Template:
        report = await build_report(state.engine, await _shared_filter(token))
        page = fill_page(ReportPage(values={}, errors={}, neighbourhoods=[], shared=True), report,
                         f"/gedeeld/rapport/{token}/download", {})
        return Template("funder/report.html", context={"page": page},
                        # The token is the secret: keep it out of referrers, caches and search engines.
                        headers={"cache-control": "private, no-store", "referrer-policy": "no-referrer",
                                 "x-robots-tag": "noindex"})

    @get("/{token:str}/download/{fmt:str}")
    async def download(self, state: State, token: FromPath[str], fmt: FromPath[str]) -> Response:
        report_filter = await _shared_filter(token)
        if fmt not in FORMATS:
            raise NotFoundException()
        return download(await build_report(state.engine, report_filter), fmt)
