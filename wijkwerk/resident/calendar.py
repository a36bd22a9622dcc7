"""A resident's private iCalendar feed of their published shifts, behind a revocable secret URL."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from icalendar import Calendar, Event

from wijkwerk.i18n.formatting import AMSTERDAM
from wijkwerk.tables import Assignment, CalendarFeed
from wijkwerk.tables.enums import RosterStatus

PAST = timedelta(weeks=4)
AHEAD = timedelta(weeks=8)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def new_feed(worker_id: int) -> str:
    """A fresh secret link; any earlier link of this worker stops working."""
    await revoke_feeds(worker_id)
    token = secrets.token_urlsafe(24)
    await CalendarFeed.insert(CalendarFeed(worker=worker_id, token_hash=_digest(token),
                                           created_at=datetime.now(timezone.utc)))
    return token


async def revoke_feeds(worker_id: int) -> None:
    await CalendarFeed.update({CalendarFeed.revoked_at: datetime.now(timezone.utc)}).where(
        CalendarFeed.worker == worker_id, CalendarFeed.revoked_at.is_null())


async def worker_for(token: str) -> int | None:
    if not token or len(token) > 100:
        return None
    row = await CalendarFeed.select(CalendarFeed.worker).where(
        CalendarFeed.token_hash == _digest(token), CalendarFeed.revoked_at.is_null()).first()
    return row["worker"] if row else None


async def feed_ics(worker_id: int, now: datetime | None = None) -> bytes:
    """The worker's published shifts from four weeks ago to eight weeks ahead, in Amsterdam time."""
    now = now or datetime.now(timezone.utc)
    rows = await Assignment.select(
        Assignment.shift, Assignment.roster.version.as_alias("version"),
        Assignment.roster.published_at.as_alias("published_at"),
        Assignment.shift.starts_at.as_alias("starts_at"), Assignment.shift.ends_at.as_alias("ends_at"),
        Assignment.shift.job.title.as_alias("title"), Assignment.shift.job.meeting_point.as_alias("meeting_point"),
        Assignment.shift.job.what_to_bring.as_alias("what_to_bring"),
        Assignment.shift.job.supervisor_name.as_alias("supervisor"),
        Assignment.shift.job.supervisor_phone.as_alias("phone"),
    ).where(
        Assignment.worker == worker_id, Assignment.roster.status == RosterStatus.published.value,
        Assignment.shift.cancelled.eq(False), Assignment.shift.starts_at >= now - PAST,
        Assignment.shift.starts_at < now + AHEAD,
    ).order_by(Assignment.shift.starts_at)
    calendar = Calendar()
    calendar.add("prodid", "-//Wijkwerk//rooster//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Wijkwerk")
    for row in rows:
        calendar.add_component(_event(worker_id, row))
    # Events carry Europe/Amsterdam times; this adds the matching VTIMEZONE definition.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(worker_id: int, row: dict) -> Event:
    event = Event()
    # A stable UID per person and shift: calendar apps update the event when the roster changes.
    event.add("uid", f"shift-{row['shift']}-worker-{worker_id}@wijkwerk")
    event.add("summary", row["title"])
    event.add("dtstart", row["starts_at"].astimezone(AMSTERDAM))
    event.add("dtend", row["ends_at"].astimezone(AMSTERDAM))
    event.add("dtstamp", row["published_at"] or datetime.now(timezone.utc))
    event.add("sequence", row["version"])
    if row["meeting_point"]:
        event.add("location", row["meeting_point"])
    details = [part for part in (row["what_to_bring"], " ".join(filter(None, (row["supervisor"], row["phone"])))) if part]
    if details:
        event.add("description", "\n".join(details))
    return event
