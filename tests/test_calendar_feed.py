"""A resident's private calendar feed: correct Amsterdam times, published shifts only, revocable."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from icalendar import Calendar

from tests.builders import make_job, make_shift, make_worker
from tests.helpers import login, post_form
from wijkwerk.tables import Assignment, Roster


async def _published(worker_id: int, shift_id: int, status: str = "published", version: int = 1) -> None:
    now = datetime.now(timezone.utc)
    roster = (await Roster.insert(Roster(iso_year=2026, iso_week=1, version=version, status=status, created_at=now,
                                         published_at=now)).returning(Roster.id))[0]["id"]
    await Assignment.insert(Assignment(roster=roster, worker=worker_id, shift=shift_id))


async def _feed_url(client, worker_id: int) -> str:
    await login(client, "fatma", role="resident", worker_id=worker_id)
    page = await post_form(client, "/mijn/agenda", {})
    assert page.status_code == 201 or page.status_code == 200
    return re.search(r'value="(http[^"]+\.ics)"', page.text).group(1).replace("http://testserver.local", "")


async def test_feed_has_the_published_shift_in_amsterdam_time(client):
    me = await make_worker(first_name="Fatma")
    start = (datetime.now(timezone.utc) + timedelta(days=2)).replace(hour=8, minute=0, second=0, microsecond=0)
    job = await make_job(title="Groen", meeting_point="Buurthuis")
    published = await make_shift(job=job["id"], starts_at=start)
    draft = await make_shift(job=(await make_job(title="Concept"))["id"], starts_at=start + timedelta(days=1))
    await _published(me["id"], published["id"])
    await _published(me["id"], draft["id"], status="draft", version=2)
    url = await _feed_url(client, me["id"])
    client.cookies.clear()
    response = await client.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Groen"]
    assert events[0]["dtstart"].dt.utcoffset() is not None and str(events[0]["location"]) == "Buurthuis"
    assert events[0]["dtstart"].dt.astimezone(timezone.utc) == start
    assert str(events[0]["dtstart"].dt.tzinfo) == "Europe/Amsterdam"
    assert any(str(tz["tzid"]) == "Europe/Amsterdam" for tz in calendar.walk("VTIMEZONE"))


async def test_a_new_link_revokes_the_old_one_and_stopping_ends_it(client):
    me = await make_worker(first_name="Fatma")
    first = await _feed_url(client, me["id"])
    second = re.search(r'value="(http[^"]+\.ics)"', (await post_form(client, "/mijn/agenda", {})).text).group(1)
    second = second.replace("http://testserver.local", "")
    assert (await client.get(first)).status_code == 404
    assert (await client.get(second)).status_code == 200
    await post_form(client, "/mijn/agenda/stoppen", {})
    assert (await client.get(second)).status_code == 404


async def test_a_guessed_token_finds_nothing(client):
    assert (await client.get("/agenda/not-a-real-token.ics")).status_code == 404
