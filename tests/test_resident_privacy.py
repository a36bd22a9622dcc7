"""A resident reaches only their own data: other people's ids, feed tokens and spent login cards
get 403 or 404 with nothing of the other person in the body, on every route of the app."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from tests.builders import make_job, make_shift, make_worker
from tests.helpers import asgi_client, login, post_form
from wijkwerk.app import create_app
from wijkwerk.auth.cards import issue_card
from wijkwerk.resident.calendar import new_feed
from wijkwerk.settings import Settings
from wijkwerk.tables import AbsenceReport, Assignment, AvailabilityException, OtherAllowance, Roster
from wijkwerk.workers.availability import insert_exception

SECRETS = ("Geheimnaam", "Verborgenachternaam", "Geheimeplek", "Geheimereden", "Geheimbetaler")
SKIPPED = {"/logout", "/taal", "/login"}  # they act on the visitor's own session only


@pytest.fixture
async def other(db) -> dict:
    """Another resident with a shift, an exception, an allowance, a feed and a login card."""
    worker = await make_worker(first_name="Geheimnaam", last_name="Verborgenachternaam")
    shift = await make_shift(job=(await make_job(title="Geheimeplek dienst", meeting_point="Geheimeplek"))["id"],
                             starts_at=datetime.now(timezone.utc) + timedelta(days=2))
    roster = (await Roster.insert(Roster(iso_year=2026, iso_week=1, status="published",
                                         created_at=datetime.now(timezone.utc))).returning(Roster.id))[0]["id"]
    assignment = (await Assignment.insert(Assignment(roster=roster, worker=worker["id"], shift=shift["id"]))
                  .returning(Assignment.id))[0]["id"]
    exception = await insert_exception(worker["id"], {"on_date": date.today() + timedelta(days=3),
                                                      "reason": "Geheimereden"})
    await OtherAllowance.insert(OtherAllowance(worker=worker["id"], month=date.today().replace(day=1),
                                               amount_cents=1234, payer="Geheimbetaler",
                                               declared_at=datetime.now(timezone.utc)))
    return {"worker": worker["id"], "shift": shift["id"], "assignment": assignment, "exception": exception,
            "roster": roster, "feed": await new_feed(worker["id"]), "card": await issue_card(worker["id"], 14)}


@pytest.fixture
async def me(db, database_url, other):
    """A signed-in resident, on an app whose access limit does not get in the way of this sweep."""
    settings = Settings(database_url=database_url, secret_key="test-secret", login_attempts_per_minute=10_000)
    async with asgi_client(create_app(settings, engine=db)) as client:
        worker = await make_worker(first_name="Fatma")
        await login(client, "fatma", role="resident", worker_id=worker["id"])
        client.app_routes = create_app(settings, engine=db).routes
        yield client


def _fill(path: str, other: dict) -> str:
    """Put the other resident's ids (and secrets) in every path parameter."""
    def value(match: re.Match) -> str:
        name, kind = match.group(1), match.group(2)
        if kind == "str":
            return other["card"] if name == "token" and "/k" in path else f"{other['feed']}.ics"
        ids = {"worker_id": other["worker"], "exception_id": other["exception"], "assignment_id": other["assignment"],
               "shift_id": other["shift"], "roster_id": other["roster"]}
        return str(ids.get(name, other["worker"]))
    return re.sub(r"\{(\w+):(\w+)\}", value, path)


def _assert_private(response, where: str) -> None:
    assert response.status_code < 500, (where, response.status_code)
    for secret in SECRETS:
        assert secret not in response.text, (where, secret)


async def test_every_route_with_another_residents_ids_says_no_and_shows_nothing(me, other):
    tried = 0
    for route in me.app_routes:
        if route.path in SKIPPED or route.path.startswith(("/static", "/schema")):
            continue
        for method in sorted(getattr(route, "methods", set()) - {"HEAD", "OPTIONS"}):
            if "{" not in route.path:
                continue
            path = _fill(route.path, other)
            if path.startswith(("/agenda/", "/k/")):
                continue  # public secret URLs: tested below with the resident's own view of them
            if method == "GET":
                response = await me.get(path, follow_redirects=False)
            else:
                response = await post_form(me, path, {"assignment": str(other["assignment"]), "worker": str(
                    other["worker"]), "worker_id": str(other["worker"])}) if not path.startswith("/api") else \
                    await me.request(method, path, json={"worker_id": other["worker"]}, follow_redirects=False)
            _assert_private(response, f"{method} {path}")
            assert response.status_code in (403, 404, 405), (method, path, response.status_code)
            tried += 1
    assert tried > 40  # the sweep really went through the app's routes


async def test_pages_without_ids_show_only_my_own_data(me, other):
    for route in me.app_routes:
        if "{" in route.path or route.path in SKIPPED or route.path.startswith(("/static", "/schema")):
            continue
        if "GET" in getattr(route, "methods", set()):
            _assert_private(await me.get(route.path, follow_redirects=False), f"GET {route.path}")


async def test_my_own_actions_cannot_reach_the_other_residents_rows(me, other):
    afmelden = await post_form(me, "/mijn/afmelden", {"assignment": str(other["assignment"])})
    assert afmelden.status_code == 404 and not await AbsenceReport.exists()
    remove = await post_form(me, f"/mijn/beschikbaarheid/{other['exception']}/verwijderen", {})
    assert remove.status_code == 404 and await AvailabilityException.exists().where(
        AvailabilityException.id == other["exception"])
    _assert_private(afmelden, "afmelden")
    _assert_private(remove, "verwijderen")


async def test_another_residents_feed_only_opens_that_feed_and_a_wrong_one_is_404(me, other):
    # One character changed (never to itself: a token ending in "x" stayed the same, 1 run in 64).
    token = other["feed"]
    wrong = await me.get("/agenda/" + token[:-1] + ("y" if token.endswith("x") else "x") + ".ics")
    assert wrong.status_code == 404
    _assert_private(wrong, "wrong feed")
    # A revoked feed of someone else: 404 with nothing in it.
    from wijkwerk.resident.calendar import revoke_feeds

    await revoke_feeds(other["worker"])
    revoked = await me.get(f"/agenda/{other['feed']}.ics")
    assert revoked.status_code == 404
    _assert_private(revoked, "revoked feed")


async def test_a_spent_login_card_is_404_with_no_data(db, settings, other):
    async with asgi_client(create_app(settings, engine=db)) as phone:
        await phone.get(f"/k/{other['card']}")
        assert (await post_form(phone, f"/k/{other['card']}", {})).status_code == 303
    async with asgi_client(create_app(settings, engine=db)) as thief:
        for response in (await thief.get(f"/k/{other['card']}"), await post_form(thief, f"/k/{other['card']}", {})):
            assert response.status_code == 404
            _assert_private(response, "spent card")
        assert "wijkwerk_session" not in thief.cookies
        assert (await thief.get("/mijn", follow_redirects=False)).status_code in (303, 401)
