"""The one place the service reads the clock, so tests can set the date (a true external edge)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from wijkwerk.i18n.formatting import AMSTERDAM


def now() -> datetime:
    return datetime.now(timezone.utc)


def today() -> date:
    """Today's date in Amsterdam."""
    return now().astimezone(AMSTERDAM).date()
