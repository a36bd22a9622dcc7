"""Manager pages for invoices per client per month and the month's payout list, with downloads
and the buttons that book them into the ledger."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromQuery, URLEncodedBody
from litestar.response import Redirect, Response, Template

from wijkwerk.common.forms import FormReader
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money import booking, exports
from wijkwerk.money.explain import explain
from wijkwerk.money.page_support import chosen_id, chosen_month, user_id
from wijkwerk.money.payouts import payout_list, totals
from wijkwerk.money.periods import Period
from wijkwerk.money.revenue import invoices, revenue_lines
from wijkwerk.tables.enums import LedgerKind

MEDIA = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def download(table: exports.ExportTable, name: str, fmt: str) -> Response:
    if fmt not in MEDIA:
        raise NotFoundException()
    content = exports.to_csv(table) if fmt == "csv" else exports.to_xlsx(table)
    return Response(content, media_type=MEDIA[fmt],
                    headers={"content-disposition": f'attachment; filename="{name}.{fmt}"'})


def _neighbours(period: Period) -> dict[str, str]:
    previous = period.start.replace(day=1)
    before = f"{previous.year - (previous.month == 1)}-{(previous.month - 2) % 12 + 1:02d}"
    return {"previous": before, "next": f"{period.end.year}-{period.end.month:02d}"}


class InvoicePages(Controller):
    path = "/geld/facturen"

    @get("/")
    async def index(self, maand: FromQuery[str] = "", geboekt: FromQuery[str] = "") -> Template:
        period = chosen_month(maand)
        month_invoices = invoices(await revenue_lines(period))
        return Template("manage/money/invoices.html", context={
            "period": period, "invoices": month_invoices, "nav": _neighbours(period),
            "booked_jobs": await booking.booked_jobs(LedgerKind.revenue.value, period.start),
            "total": sum(invoice.total_cents for invoice in month_invoices), "booked": geboekt})

    @get("/export")
    async def export(self, klant: FromQuery[str] = "", maand: FromQuery[str] = "",
                     formaat: FromQuery[str] = "csv") -> Response:
        client_id, period = chosen_id(klant), chosen_month(maand)
        found = invoices(await revenue_lines(period, client_id=client_id)) if client_id else []
        if not found:
            raise NotFoundException()
        name = f"factuur-{period.label}-{client_id}"
        return download(exports.invoice_table(found[0]), name, formaat)

    @post("/boeken")
    async def book(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Redirect:
        form = FormReader(data)
        client_id, period = chosen_id(form.text("klant")), chosen_month(form.text("maand"))
        if client_id is None:
            raise NotFoundException()
        result = await booking.book_invoice(client_id, period, user_id(request))
        return Redirect(f"/beheer/geld/facturen?maand={period.label}&geboekt={len(result.booked)}", status_code=303)


class PayoutPages(Controller):
    path = "/geld/vergoedingen"

    @get("/")
    async def index(self, maand: FromQuery[str] = "", geboekt: FromQuery[str] = "") -> Template:
        period = chosen_month(maand)
        lines = await payout_list(period.start.year, period.start.month)
        return Template("manage/money/payouts.html", context={
            "period": period, "lines": lines, "totals": totals(lines), "nav": _neighbours(period),
            "explain": explain, "booked": geboekt,
            "booked_jobs": await booking.booked_jobs(LedgerKind.compensation.value, period.start)})

    @get("/export")
    async def export(self, maand: FromQuery[str] = "", formaat: FromQuery[str] = "csv") -> Response:
        period = chosen_month(maand)
        lines = await payout_list(period.start.year, period.start.month)
        return download(exports.payout_table(lines, explain), f"{_('vergoedingen')}-{period.label}", formaat)

    @post("/boeken")
    async def book(self, request: Request, data: URLEncodedBody[dict[str, str]]) -> Redirect:
        period = chosen_month(FormReader(data).text("maand"))
        result = await booking.book_payouts(period, user_id(request))
        return Redirect(f"/beheer/geld/vergoedingen?maand={period.label}&geboekt={len(result.booked)}",
                        status_code=303)
