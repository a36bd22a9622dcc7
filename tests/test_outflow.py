"""Exits: registering one makes the worker "left" and plans follow-ups at 26 and 52 weeks; re-entry keeps history."""

from __future__ import annotations

from datetime import date

import pytest

from tests.builders import make_worker
from tests.helpers import post_form
from tests.progression_helpers import set_today
from wijkwerk.outflow.services import follow_up_dates
from wijkwerk.tables import ExitFollowUp, Worker, WorkerExit

JOB = {"exit_on": "2026-07-10", "kind": "job", "employer": "Groenbedrijf Noord", "contract_type": "temporary",
       "minutes_per_week": 32 * 60, "benefit_ended": "fully"}


async def _status(worker_id: int) -> str:
    return (await Worker.select(Worker.status).where(Worker.id == worker_id).first())["status"]


async def test_exit_sets_left_and_plans_two_follow_ups(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    response = await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json=JOB)
    assert response.status_code == 201
    body = response.json()
    assert body["employer"] == "Groenbedrijf Noord" and body["minutes_per_week"] == 1920
    assert [(f["weeks"], f["due_on"]) for f in body["follow_ups"]] == [(26, "2027-01-08"), (52, "2027-07-09")]
    assert await _status(worker["id"]) == "left"


def test_follow_up_dates_cross_the_year_boundary():
    assert follow_up_dates(date(2026, 12, 31)) == [(26, date(2027, 7, 1)), (52, date(2027, 12, 30))]
    assert follow_up_dates(date(2027, 7, 2))[1] == (52, date(2028, 6, 30))  # through a leap day


async def test_due_list_follows_the_clock_across_new_year(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json=JOB)
    set_today(monkeypatch, date(2027, 1, 7))
    assert (await manager_client.get("/api/v1/outflow/follow-ups/due")).json() == []
    set_today(monkeypatch, date(2027, 1, 8))
    due = (await manager_client.get("/api/v1/outflow/follow-ups/due")).json()
    assert [(f["weeks"], f["first_name"]) for f in due] == [(26, worker["first_name"])]
    set_today(monkeypatch, date(2027, 7, 9))
    assert [f["weeks"] for f in (await manager_client.get("/api/v1/outflow/follow-ups/due")).json()] == [26, 52]


async def test_a_follow_up_is_answered_once(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json=JOB)
    set_today(monkeypatch, date(2027, 1, 12))
    follow_up = (await manager_client.get("/api/v1/outflow/follow-ups/due")).json()[0]
    url = f"/api/v1/outflow/follow-ups/{follow_up['id']}/answer"
    first = await manager_client.post(url, json={"answer": "yes", "answered_on": "2027-01-11", "note": "Gebeld"})
    assert first.status_code == 201 and first.json()["answer"] == "yes"
    second = await manager_client.post(url, json={"answer": "no", "answered_on": "2027-01-12"})
    assert second.status_code == 409 and second.json()["extra"][0]["code"] == "already_answered"
    stored = await ExitFollowUp.select().where(ExitFollowUp.id == follow_up["id"]).first()
    assert (stored["answer"], stored["note"]) == ("yes", "Gebeld")
    assert (await manager_client.get("/api/v1/outflow/follow-ups/due")).json() == []


@pytest.mark.parametrize("change, key, code", [
    ({"exit_on": "2025-12-31"}, "exit_on", "before_start"),  # the worker started on 2026-01-05
    ({"exit_on": "2026-07-21"}, "exit_on", "in_future"),
    ({"employer": ""}, "employer", "required"),
])
async def test_bad_exits_write_nothing(manager_client, monkeypatch, change, key, code):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    response = await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json={**JOB, **change})
    assert response.status_code == 400
    assert (response.json()["extra"][0]["key"], response.json()["extra"][0]["code"]) == (key, code)
    assert await WorkerExit.count() == 0 and await ExitFollowUp.count() == 0
    assert await _status(worker["id"]) == "active"


@pytest.mark.parametrize("change", [{"kind": "emigrated"}, {"minutes_per_week": -1}, {"benefit_ended": "maybe"}])
async def test_unknown_codes_are_400(manager_client, change):
    worker = await make_worker()
    response = await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json={**JOB, **change})
    assert response.status_code == 400 and await WorkerExit.count() == 0


async def test_a_second_exit_while_gone_is_409(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json=JOB)
    again = await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json={**JOB, "kind": "moved"})
    assert again.status_code == 409 and await WorkerExit.count() == 1


async def test_reentry_reactivates_and_keeps_the_exit(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 10, 1))
    worker = await make_worker()
    base = f"/api/v1/workers/{worker['id']}"
    await manager_client.post(f"{base}/exits", json=JOB)
    too_early = await manager_client.post(f"{base}/reentry", json={"reentered_on": "2026-07-01"})
    assert too_early.status_code == 400 and await _status(worker["id"]) == "left"
    back = await manager_client.post(f"{base}/reentry", json={"reentered_on": "2026-09-28"})
    assert back.status_code == 201 and back.json()["reentered_on"] == "2026-09-28"
    assert await _status(worker["id"]) == "active"
    exits = (await manager_client.get(f"{base}/exits")).json()
    assert len(exits) == 1 and len(exits[0]["follow_ups"]) == 2
    assert (await manager_client.post(f"{base}/reentry", json={"reentered_on": "2026-09-29"})).status_code == 409
    # Leaving again later is a new exit; the first one stays.
    again = await manager_client.post(f"{base}/exits", json={**JOB, "exit_on": "2026-09-30", "kind": "education",
                                                             "employer": "Noorderpoort"})
    assert again.status_code == 201 and await WorkerExit.count() == 2


async def test_exit_form_shows_a_dutch_message_for_a_date_before_the_start(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/uitstroom",
                               {"exit_on": "2025-06-01", "kind": "moved"})
    assert response.status_code == 400
    assert "De uitstroomdatum ligt voor de startdatum van deze deelnemer." in response.text
    assert await WorkerExit.count() == 0


async def test_exit_and_reentry_through_the_page(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    url = f"/beheer/deelnemers/{worker['id']}"
    saved = await post_form(manager_client, f"{url}/uitstroom", {
        "exit_on": "2026-07-10", "kind": "job", "employer": "Zorggroep", "hours_per_week": "24",
        "contract_type": "permanent", "benefit_ended": "partly"})
    assert saved.status_code == 303
    page = await manager_client.get(f"{url}/ontwikkeling")
    assert "Zorggroep" in page.text and "Vast contract" in page.text and "Terugkeer registreren" in page.text
    assert (await WorkerExit.select(WorkerExit.minutes_per_week).first())["minutes_per_week"] == 24 * 60
    back = await post_form(manager_client, f"{url}/terugkeer", {"reentered_on": "2026-07-19"})
    assert back.status_code == 303 and await _status(worker["id"]) == "active"


async def test_follow_up_page_answers_and_refuses_a_second_answer(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 7, 20))
    worker = await make_worker()
    await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json=JOB)
    set_today(monkeypatch, date(2027, 1, 20))
    page = await manager_client.get("/beheer/uitstroom")
    assert page.status_code == 200 and "26 weken na uitstroom" in page.text
    follow_up = (await ExitFollowUp.select().where(ExitFollowUp.weeks == 26).first())["id"]
    bad = await post_form(manager_client, f"/beheer/uitstroom/opvolging/{follow_up}", {"answer": "", "answered_on": "2027-01-19"})
    assert bad.status_code == 400 and "Kies een antwoord." in bad.text
    ok = await post_form(manager_client, f"/beheer/uitstroom/opvolging/{follow_up}",
                         {"answer": "no", "answered_on": "2027-01-19", "note": "Weer in de bijstand"})
    assert ok.status_code == 303
    twice = await post_form(manager_client, f"/beheer/uitstroom/opvolging/{follow_up}",
                            {"answer": "yes", "answered_on": "2027-01-19"})
    assert twice.status_code == 409 and "Deze opvolging is al beantwoord." in twice.text
    assert (await ExitFollowUp.select(ExitFollowUp.answer).where(ExitFollowUp.id == follow_up).first())["answer"] == "no"
