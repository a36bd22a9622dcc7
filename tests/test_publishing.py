"""Publishing roster versions: changes per worker, optimistic concurrency, and the outbox."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.builders import make_shift, make_worker
from tests.helpers import post_form
from wijkwerk.rosters.outbox import deliver_pending
from wijkwerk.rosters.publishing import publish
from wijkwerk.tables import Assignment, OutboxMessage, Roster


async def _draft(version: int, pairs: list[tuple[int, int]]) -> dict:
    rows = await Roster.insert(Roster(iso_year=2026, iso_week=10, version=version, status="draft",
                                      created_at=datetime.now(timezone.utc))).returning(*Roster._meta.columns)
    for worker, shift in pairs:
        await Assignment.insert(Assignment(roster=rows[0]["id"], worker=worker, shift=shift))
    return rows[0]


async def _people_and_shifts():
    anna = await make_worker(first_name="Anna", email="anna@example.org")
    bram = await make_worker(first_name="Bram", email="")
    one = await make_shift()
    two = await make_shift(job=one["job"], starts_at=datetime(2026, 3, 3, 8, 0, tzinfo=timezone.utc))
    return anna, bram, one, two


async def test_republishing_shows_changes_per_worker_and_queues_messages(manager_client):
    anna, bram, one, two = await _people_and_shifts()
    first = await _draft(1, [(anna["id"], one["id"])])
    await publish(first["id"], first["lock_version"])
    second = await _draft(2, [(anna["id"], two["id"]), (bram["id"], one["id"])])
    response = await post_form(manager_client, f"/beheer/planning/rooster/{second['id']}/publiceren",
                               {"lock_version": str(second["lock_version"])})
    assert response.status_code == 303
    statuses = {row["version"]: row["status"] for row in await Roster.select(Roster.version, Roster.status)}
    assert statuses == {1: "superseded", 2: "published"}
    page = await manager_client.get(response.headers["location"])
    assert "Gepubliceerd. Dit is veranderd per deelnemer:" in page.text and "Bram" in page.text
    messages = {m["worker"]: m for m in await OutboxMessage.select()}
    assert messages[anna["id"]]["status"] == "pending" and "Nieuw:" in messages[anna["id"]]["body"]
    assert "Vervallen:" in messages[anna["id"]]["body"]
    assert messages[bram["id"]]["status"] == "not_configured"  # no e-mail address: kept, not lost


async def test_stale_version_is_refused_and_nothing_changes(manager_client):
    anna, _, one, _ = await _people_and_shifts()
    draft = await _draft(1, [(anna["id"], one["id"])])
    await Roster.update({Roster.lock_version: 2}).where(Roster.id == draft["id"])  # another manager's edit
    response = await post_form(manager_client, f"/beheer/planning/rooster/{draft['id']}/publiceren",
                               {"lock_version": "1"})
    assert response.status_code == 409 and "Iemand anders heeft dit rooster intussen veranderd" in response.text
    assert (await Roster.select(Roster.status).first())["status"] == "draft"
    assert await OutboxMessage.count() == 0


async def test_a_newer_draft_survives_publishing_an_older_one(db):
    anna, _, one, two = await _people_and_shifts()
    older = await _draft(1, [(anna["id"], one["id"])])
    await _draft(2, [(anna["id"], two["id"])])
    await publish(older["id"], older["lock_version"])
    assert {r["version"]: r["status"] for r in await Roster.select()} == {1: "published", 2: "draft"}


@pytest.fixture
def smtp_server():
    """A real SMTP server on localhost that keeps what it receives."""
    from aiosmtpd.controller import Controller

    class Keep:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope)
            return "250 OK"

    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Keep()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, handler
    controller.stop()


async def test_pending_messages_are_sent_by_smtp(db, smtp_server):
    port, handler = smtp_server
    anna, _, one, _ = await _people_and_shifts()
    draft = await _draft(1, [(anna["id"], one["id"])])
    await publish(draft["id"], draft["lock_version"])
    assert await deliver_pending(f"smtp://127.0.0.1:{port}") == 1
    assert handler.messages[0].rcpt_tos == ["anna@example.org"]
    assert (await OutboxMessage.select(OutboxMessage.status).first())["status"] == "sent"


async def test_without_smtp_messages_stay_in_the_outbox(manager_client):
    anna, _, one, _ = await _people_and_shifts()
    draft = await _draft(1, [(anna["id"], one["id"])])
    await publish(draft["id"], draft["lock_version"])
    assert await deliver_pending(None) == 0
    page = await manager_client.get("/beheer/planning/berichten")
    assert page.status_code == 200 and "wacht op verzenden" in page.text


async def _week_draft(week: int, pairs, version: int = 1) -> dict:
    rows = await Roster.insert(Roster(iso_year=2026, iso_week=week, version=version, status="draft",
                                      created_at=datetime.now(timezone.utc))).returning(*Roster._meta.columns)
    for worker, shift in pairs:
        await Assignment.insert(Assignment(roster=rows[0]["id"], worker=worker, shift=shift))
    return rows[0]


async def test_two_weeks_within_the_cap_alone_cannot_both_be_published_over_it(manager_client):
    # €50 an hour, 3 hours a week: €150 each week, €300 together in March against €210.
    worker = await make_worker(first_name="Joost", rate_cents_per_hour=5000)
    week11 = await make_shift(starts_at=datetime(2026, 3, 9, 8, 0, tzinfo=timezone.utc))
    await _set_length(week11["id"], hours=3)
    week12 = await make_shift(job=week11["job"], starts_at=datetime(2026, 3, 16, 8, 0, tzinfo=timezone.utc))
    await _set_length(week12["id"], hours=3)
    first = await _week_draft(11, [(worker["id"], week11["id"])])
    second = await _week_draft(12, [(worker["id"], week12["id"])])
    await publish(first["id"], first["lock_version"])
    response = await post_form(manager_client, f"/beheer/planning/rooster/{second['id']}/publiceren",
                               {"lock_version": str(second["lock_version"])})
    assert response.status_code == 409 and "boven de vergoedingsgrens" in response.text and "Joost" in response.text
    assert (await Roster.select(Roster.status).where(Roster.id == second["id"]).first())["status"] == "draft"


async def _set_length(shift_id: int, hours: int) -> None:
    from datetime import timedelta

    from wijkwerk.tables import Shift

    row = await Shift.select(Shift.starts_at).where(Shift.id == shift_id).first()
    await Shift.update({Shift.ends_at: row["starts_at"] + timedelta(hours=hours)}).where(Shift.id == shift_id)


async def test_republishing_keeps_recorded_attendance(manager_client):
    from wijkwerk.rosters.caps import used_cents
    from wijkwerk.rosters.editing import new_draft_from
    from wijkwerk.tables import Attendance

    anna, _, one, _ = await _people_and_shifts()  # one: Monday 2 March, 09:00-13:00, €5/h
    first = await _draft(1, [(anna["id"], one["id"])])
    await publish(first["id"], first["lock_version"])
    assignment = (await Assignment.select(Assignment.id).where(Assignment.roster == first["id"]).first())["id"]
    await post_form(manager_client, "/beheer/aanwezigheid", {
        "dag": "2026-03-02", f"status_{assignment}": "present", f"hours_{assignment}": "3"})
    second_id = await new_draft_from(first["id"])
    second = await Roster.select().where(Roster.id == second_id).first()
    await publish(second_id, second["lock_version"])
    moved = await Attendance.select(Attendance.assignment.roster.as_alias("roster")).first()
    assert moved["roster"] == second_id and await Attendance.count() == 1
    assert (await used_cents([anna["id"]], 2026))[anna["id"]]["2026-03"] == 1500
    page = await manager_client.get("/beheer/aanwezigheid?dag=2026-03-02")
    assert 'value="3"' in page.text


async def test_failed_mail_is_retried_and_never_sent_twice(db, smtp_server):
    import asyncio

    port, handler = smtp_server
    anna, _, one, _ = await _people_and_shifts()
    draft = await _draft(1, [(anna["id"], one["id"])])
    await publish(draft["id"], draft["lock_version"])
    assert await deliver_pending("smtp://127.0.0.1:1") == 0  # nobody listens on port 1
    assert (await OutboxMessage.select(OutboxMessage.status).first())["status"] == "failed"
    results = await asyncio.gather(deliver_pending(f"smtp://127.0.0.1:{port}"),
                                   deliver_pending(f"smtp://127.0.0.1:{port}"))
    assert sorted(results) == [0, 1] and len(handler.messages) == 1


async def test_wage_work_does_not_count_against_the_allowance_caps(db):
    from tests.builders import make_job
    from wijkwerk.rosters.caps import used_cents

    worker = await make_worker(first_name="Noor", rate_cents_per_hour=10000)
    paid_job = await make_job(work_mode="employee")
    shift = await make_shift(job=paid_job["id"])
    draft = await _draft(1, [(worker["id"], shift["id"])])
    await publish(draft["id"], draft["lock_version"])  # €400 of wages: no cap to cross
    assert (await used_cents([worker["id"]], 2026)).get(worker["id"], {}) == {}
