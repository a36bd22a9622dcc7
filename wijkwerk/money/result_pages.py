"""Manager page for profit per month, quarter or year, with subsidies shown separately."""

from __future__ import annotations

from litestar import Controller, get
from litestar.params import FromQuery
from litestar.response import Template

from wijkwerk import clock
from wijkwerk.common.forms import parse_id
from wijkwerk.money.figures import money_totals, profit_by_period
from wijkwerk.money.kinds import COST_KINDS, kind_labels
from wijkwerk.money.page_support import options
from wijkwerk.money.periods import year as year_period

GRANULARITIES = ("month", "quarter", "year")


class ResultPages(Controller):
    path = "/geld/resultaat"

    @get("/")
    async def index(self, jaar: FromQuery[str] = "", per: FromQuery[str] = "month",
                    wijk: FromQuery[str] = "") -> Template:
        chosen = parse_id(jaar)
        year = chosen if chosen and 2000 <= chosen <= 2100 else clock.today().year
        granularity = per if per in GRANULARITIES else "month"
        neighbourhood = parse_id(wijk)
        rows = await profit_by_period(year, granularity, neighbourhood)
        return Template("manage/money/result.html", context={
            "year": year, "per": granularity, "wijk": neighbourhood or "", "rows": rows,
            "total": await money_totals(year_period(year), neighbourhood), "cost_kinds": COST_KINDS,
            "labels": kind_labels(), "options": await options(),
        })
