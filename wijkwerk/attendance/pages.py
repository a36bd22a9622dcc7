"""The manager's quick attendance entry for one day, filled in from the plan."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from litestar import Controller, get, post
from litestar.params import FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.attendance.services import cap_warnings, day_rows, save_day
from wijkwerk.common.forms import FormReader, parse_id
from wijkwerk.common.validation import InvalidInput
from wijkwerk.i18n.formatting import AMSTERDAM


def parse_day(text: str | None) -> date:
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        return datetime.now(AMSTERDAM).date()


async def _page(day: date, values: dict | None = None, errors: dict | None = None, saved: bool = False,
                status: int = 200) -> Template:
    rows = await day_rows(day)
    # Shown before saving too: the planned hours already count, so a coming crossing is visible.
    warnings = await cap_warnings(day, sorted({row["worker"] for row in rows}))
    return Template("manage/attendance.html", status_code=status, context={
        "day": day, "previous": day - timedelta(days=1), "next": day + timedelta(days=1), "rows": rows,
        "values": values or {}, "errors": errors or {}, "saved": saved, "warnings": warnings,
    })


class AttendancePages(Controller):
    path = "/aanwezigheid"

    @get("/")
    async def day(self, dag: FromQuery[str | None] = None, opgeslagen: FromQuery[bool] = False) -> Template:
        return await _page(parse_day(dag), saved=opgeslagen)

    @post("/")
    async def save(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        day = parse_day(data.get("dag"))
        form = FormReader(data)
        entries = {}
        for key in data:
            assignment = parse_id(key[7:]) if key.startswith("status_") else None
            if assignment is not None:
                entries[assignment] = {
                    "status": form.text(key), "minutes": form.minutes_from_hours(f"hours_{assignment}") or 0,
                    "note": form.text(f"note_{assignment}")[:500],
                }
        try:
            form.errors.raise_if_any()
            await save_day(day, entries)
        except InvalidInput as invalid:
            return await _page(day, values=data, errors=invalid.by_field(), status=invalid.status_code)
        return Redirect(f"/beheer/aanwezigheid?dag={day.isoformat()}&opgeslagen=1", status_code=303)
