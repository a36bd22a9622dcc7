"""Reporting periods (month, quarter, year or custom) as half-open date ranges [start, end)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from wijkwerk.shifts.weeks import local_instant

_MONTH = re.compile(r"^([0-9]{4})-([0-9]{2})$")


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive
    label: str

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Midnight to midnight in Amsterdam, so a shift at 00:30 local counts on its own day."""
        return local_instant(self.start, time(0)), local_instant(self.end, time(0))


def first_of_next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month(year: int, number: int) -> Period:
    start = date(year, number, 1)
    return Period(start, first_of_next_month(start), f"{year}-{number:02d}")


def quarter(year: int, number: int) -> Period:
    start = date(year, 3 * number - 2, 1)
    end = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return Period(start, end, f"{year}-K{number}")


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number + 1, 1, 1), str(number))


def parse_month(text: str | None) -> Period | None:
    """'2026-03' to that month; None for anything else (the caller picks a default)."""
    match = _MONTH.match(text or "")
    if not match or not 2000 <= int(match.group(1)) <= 2100 or not 1 <= int(match.group(2)) <= 12:
        return None
    return month(int(match.group(1)), int(match.group(2)))


def periods_in_year(number: int, granularity: str) -> list[Period]:
    if granularity == "quarter":
        return [quarter(number, q) for q in range(1, 5)]
    if granularity == "year":
        return [year(number)]
    return [month(number, m) for m in range(1, 13)]
