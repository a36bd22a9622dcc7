"""Reading pages writes only "seen" stamps, and only when they are stale (wijkwerk/common/stamps.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.builders import make_worker
from tests.helpers import login
from wijkwerk.tables import Session, User


async def test_session_last_seen_is_written_at_most_every_five_minutes(client):
    me = await make_worker(first_name="Fatma")
    await login(client, "fatma", role="resident", worker_id=me["id"])
    an_hour_ago = datetime.now(timezone.utc) - timedelta(hours=1)
    await Session.update({Session.last_seen_at: an_hour_ago}, force=True)
    assert (await client.get("/mijn")).status_code == 200
    stamped = (await Session.select(Session.last_seen_at).first())["last_seen_at"]
    assert datetime.now(timezone.utc) - stamped < timedelta(minutes=1)

    a_minute_ago = datetime.now(timezone.utc) - timedelta(minutes=1)
    await Session.update({Session.last_seen_at: a_minute_ago}, force=True)
    assert (await client.get("/mijn")).status_code == 200
    assert (await Session.select(Session.last_seen_at).first())["last_seen_at"] == a_minute_ago


async def test_roster_seen_is_written_on_the_first_visit_and_then_left_alone(client):
    me = await make_worker(first_name="Fatma")
    await login(client, "fatma", role="resident", worker_id=me["id"])
    assert (await User.select(User.roster_seen_at).first())["roster_seen_at"] is None
    await client.get("/mijn")
    first = (await User.select(User.roster_seen_at).first())["roster_seen_at"]
    assert first is not None
    await client.get("/mijn")  # nothing published since: the visit writes nothing
    assert (await User.select(User.roster_seen_at).first())["roster_seen_at"] == first
