"""The impact report at /rapportage for funders and staff, its downloads, and staff's share links."""

from __future__ import annotations

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import State
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, URLEncodedBody
from litestar.response import Template

from wijkwerk import clock
from wijkwerk.auth.guards import requires_report_reader, requires_staff
from wijkwerk.common.validation import InvalidInput
from wijkwerk.funder.page import (
    FORMATS, ReportPage, comparison_choices, download, fill_page, filter_values, neighbourhood_choices,
    period_choices,
)
from wijkwerk.reports import sharing
from wijkwerk.reports.build import build_report
from wijkwerk.reports.period import ReportFilter, parse_filter


def query_dict(request: Request) -> dict[str, str]:
    return {key: value.strip() for key, value in request.query_params.items()}


async def read_filter(query: dict[str, str], staff: bool) -> tuple[ReportPage, ReportFilter | None]:
    """The page context with the form filled in, and the filter, or None with field messages.

    Only staff may choose a custom period; funders get whole months, quarters and years."""
    choices = await neighbourhood_choices()
    page = ReportPage(values=filter_values(query), errors={}, neighbourhoods=choices,
                      period_choices=period_choices(staff), comparison_choices=comparison_choices(),
                      allow_custom=staff)
    try:
        return page, parse_filter(query, clock.today(), {row[0] for row in choices}, allow_custom=staff)
    except InvalidInput as invalid:
        page.errors = invalid.by_field()
        return page, None


def page_template(page: ReportPage, status: int = 200) -> Template:
    return Template("funder/report.html", context={"page": page}, status_code=status)


class FunderController(Controller):
    path = "/rapportage"
    guards = [requires_report_reader]
    include_in_schema = False

    @get("/")
    async def report(self, request: Request, state: State) -> Template:
        query = query_dict(request)
        page, report_filter = await read_filter(query, request.scope["user"].is_staff)
        page.can_share = request.scope["user"].is_staff
        if report_filter is None:
            return page_template(page, 400)
        report = await build_report(state.engine, report_filter)
        return page_template(fill_page(page, report, "/rapportage/download", query))

    @get("/download/{fmt:str}")
    async def download(self, request: Request, state: State, fmt: FromPath[str]) -> Response | Template:
        if fmt not in FORMATS:
            raise NotFoundException()
        page, report_filter = await read_filter(query_dict(request), request.scope["user"].is_staff)
        if report_filter is None:
            return page_template(page, 400)
        return download(await build_report(state.engine, report_filter), fmt)

    @get("/deellinks", guards=[requires_staff])
    async def share_links(self) -> Template:
        return await _links_page()

    @post("/deellinks", guards=[requires_staff])
    async def create_share_link(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Template:
        values = {key: value.strip() for key, value in data.items() if isinstance(value, str)}
        page, report_filter = await read_filter(values, staff=True)
        if report_filter is None:
            return page_template(page, 400)
        try:
            days = sharing.read_days(values.get("dagen", ""))
            token = await sharing.create_link(report_filter, days, values.get("label", ""),
                                              request.scope["user"].id, clock.now())
        except InvalidInput as invalid:
            return await _links_page(errors=invalid.by_field(), status=invalid.status_code)
        return await _links_page(new_url=str(request.base_url).rstrip("/") + f"/gedeeld/rapport/{token}", status=201)

    @post("/deellinks/{link_id:int}/intrekken", guards=[requires_staff])
    async def revoke_share_link(self, link_id: FromPath[int]) -> Template:
        if not await sharing.revoke(link_id, clock.now()):
            raise NotFoundException()
        return await _links_page(revoked=True)


async def _links_page(new_url: str = "", errors: dict | None = None, revoked: bool = False,
                      status: int = 200) -> Template:
    return Template("funder/share_links.html", status_code=status, context={
        "links": await sharing.list_links(), "new_url": new_url, "errors": errors or {}, "revoked": revoked,
        "now": clock.now()})
