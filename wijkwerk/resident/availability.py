"""A resident says when they cannot come, or can come extra, in the coming weeks.

These are the same dated exceptions a manager enters (AvailabilityException), limited to the
resident's own rows, to dates after today and at most eight weeks ahead. A range of days (a
holiday) becomes one row per day, as the planner reads them.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from wijkwerk.common.raw_reads import fetch_all
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors, times_ordered
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import AvailabilityException
from wijkwerk.tables.enums import AvailabilityKind
from wijkwerk.workers.availability import insert_exception

AHEAD = timedelta(weeks=8)


# Shown on every view of the resident's page: hand-written (wijkwerk/common/raw_reads.py).
_MY_EXCEPTIONS = """
SELECT id, on_date, kind, start_time, end_time, reason FROM availability_exception
WHERE worker = {} AND on_date > {} ORDER BY on_date, start_time, id
"""


async def my_exceptions(worker_id: int, today: date) -> list[dict]:
    """The resident's own exceptions from tomorrow on, soonest first."""
    return await fetch_all(_MY_EXCEPTIONS, worker_id, today)


def _has(errors: Errors, name: str) -> bool:
    return any(item.field == name for item in errors.items)


def check(errors: Errors, kind: str, first: date | None, last: date | None,
          start: time | None, end: time | None, reason: str, today: date) -> None:
    """Plain messages, one per field, in the resident's language."""
    if kind not in (AvailabilityKind.unavailable.value, AvailabilityKind.extra.value):
        errors.add("kind", "invalid_choice", _("Kies: ik kan niet, of ik kan extra."))
    if first is None and not _has(errors, "on_date"):
        errors.add("on_date", "required", _("Kies een dag."))
    for name, day in (("on_date", first), ("until", last)):
        if day is not None and not today < day <= today + AHEAD:
            errors.add(name, "out_of_range", _("Kies een dag na vandaag, binnen 8 weken."))
    if first and last and last < first:
        errors.add("until", "before_start", _("De laatste dag komt na de eerste dag."))
    if (start is None) != (end is None):
        errors.add("end_time", "both_times", _("Vul de begintijd en de eindtijd in. Of laat ze allebei leeg."))
    elif not times_ordered(start, end):
        errors.add("end_time", "end_before_start", _("De eindtijd komt na de begintijd."))
    if kind == AvailabilityKind.extra.value and start is None and not _has(errors, "end_time"):
        errors.add("end_time", "times_required", _("Vul in van hoe laat tot hoe laat u extra kunt."))
    errors.max_length("reason", reason, 200)


async def add_mine(worker_id: int, kind: str, first: date | None, last: date | None, start: time | None,
                   end: time | None, reason: str, today: date, errors: Errors) -> int:
    """Store one row per day; a day the resident already said the same for is not stored twice."""
    check(errors, kind, first, last, start, end, reason, today)
    errors.raise_if_any()
    days = [first + timedelta(days=offset) for offset in range(((last or first) - first).days + 1)]
    added = 0
    async with write_transaction():
        existing = {(row["on_date"], row["kind"], row["start_time"], row["end_time"]) for row in
                    await my_exceptions(worker_id, today)}
        for day in days:
            if (day, kind, start, end) in existing:
                continue
            await insert_exception(worker_id, {"on_date": day, "kind": kind, "start_time": start,
                                               "end_time": end, "reason": reason})
            added += 1
    return added


async def remove_mine(worker_id: int, exception_id: int, today: date) -> bool:
    """Only the resident's own, future rows; anything else looks missing (404)."""
    async with write_transaction():
        condition = ((AvailabilityException.id == exception_id) & (AvailabilityException.worker == worker_id)
                     & (AvailabilityException.on_date > today))
        if not await AvailabilityException.exists().where(condition):
            return False
        await AvailabilityException.delete().where(condition)
    return True
