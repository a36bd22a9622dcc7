"""Locale-aware display of money (integer cents), dates and times (UTC in, Amsterdam out)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency, format_decimal

from wijkwerk.i18n.locales import LANGUAGES, current_language

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _locale() -> str:
    return LANGUAGES[current_language.get()].babel_locale


def money(cents: int | None) -> str:
    """€ 1.234,56 in Dutch; Decimal keeps cents exact (never a float)."""
    if cents is None:
        return ""
    return format_currency(Decimal(cents) / 100, "EUR", locale=_locale())


def hours(minutes: int | None) -> str:
    """Minutes shown as hours with at most two decimals: 90 -> 1,5."""
    if minutes is None:
        return ""
    return format_decimal(Decimal(minutes) / 60, format="#,##0.##", locale=_locale())


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: Wijkwerk stores timezone-aware UTC times")
    return moment.astimezone(AMSTERDAM)


def local_datetime(moment: datetime | None, fmt: str = "EEE d MMM y HH:mm") -> str:
    if moment is None:
        return ""
    return format_datetime(to_local(moment), fmt, tzinfo=AMSTERDAM, locale=_locale())


def local_time(value: datetime | time | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(to_local(value), "HH:mm", tzinfo=AMSTERDAM, locale=_locale())
    return format_time(value, "HH:mm", locale=_locale())


def local_date(value: date | datetime | None, fmt: str = "EEE d MMM y") -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value).date()
    return format_date(value, fmt, locale=_locale())


def weekday_name(weekday: int) -> str:
    """0 = Monday, in the current language."""
    monday = date(2024, 1, 1)
    return format_date(date.fromordinal(monday.toordinal() + weekday), "EEEE", locale=_locale())
