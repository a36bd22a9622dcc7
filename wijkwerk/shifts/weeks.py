"""ISO weeks in Amsterdam time: their days and their start and end as UTC instants."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from wijkwerk.i18n.formatting import AMSTERDAM


def week_monday(iso_year: int, iso_week: int) -> date:
    return date.fromisocalendar(iso_year, iso_week, 1)


def week_days(iso_year: int, iso_week: int) -> list[date]:
    monday = week_monday(iso_year, iso_week)
    return [monday + timedelta(days=offset) for offset in range(7)]


def local_instant(day: date, clock: time) -> datetime:
    """A wall-clock time in Amsterdam on `day`, as an aware UTC datetime (DST handled by zoneinfo)."""
    return datetime.combine(day, clock, AMSTERDAM).astimezone(timezone.utc)


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from start to end, in integer arithmetic (pay is counted from these)."""
    return (end - start) // timedelta(minutes=1)


def week_range_utc(iso_year: int, iso_week: int) -> tuple[datetime, datetime]:
    monday = week_monday(iso_year, iso_week)
    return local_instant(monday, time(0)), local_instant(monday + timedelta(days=7), time(0))


def iso_week_of(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def is_valid_week(iso_year: int, iso_week: int) -> bool:
    try:
        date.fromisocalendar(iso_year, iso_week, 1)
    except ValueError:
        return False
    return 2000 <= iso_year <= 2100
