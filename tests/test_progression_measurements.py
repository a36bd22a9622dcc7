"""Ladder measurements: dated history, the six-month staleness warning, and bad input refused whole."""

from __future__ import annotations

from datetime import date

import pytest

from tests.builders import make_worker
from tests.helpers import post_form
from tests.progression_helpers import ladder_dimension, set_today
from wijkwerk.progression.measurements import is_stale, months_before
from wijkwerk.tables import ProgressionMeasurement


async def _measure(client, worker_id: int, day: str, level: int, note: str = ""):
    return await client.post(f"/api/v1/workers/{worker_id}/measurements", json={
        "dimension_id": await ladder_dimension(), "level": level, "measured_on": day, "note": note})


async def test_history_is_kept_newest_first_with_who_measured(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 6, 1))
    worker = await make_worker()
    assert (await _measure(manager_client, worker["id"], "2025-12-01", 3)).status_code == 201
    added = await _measure(manager_client, worker["id"], "2026-05-20", 4, "Werkt nu twee dagen per week")
    assert added.json()["level_name"] == "Onbetaald werk" and added.json()["measured_by"] == "manager"
    history = (await manager_client.get(f"/api/v1/workers/{worker['id']}/measurements")).json()
    assert [(m["measured_on"], m["level"]) for m in history] == [("2026-05-20", 4), ("2025-12-01", 3)]


async def test_page_shows_the_timeline_with_the_step_up(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 6, 1))
    worker = await make_worker()
    await _measure(manager_client, worker["id"], "2025-12-01", 3)
    await _measure(manager_client, worker["id"], "2026-05-20", 4)
    page = await manager_client.get(f"/beheer/deelnemers/{worker['id']}/ontwikkeling")
    assert page.status_code == 200
    assert "Deelname georganiseerde activiteiten" in page.text and "↑ 1" in page.text
    assert "Langer dan 6 maanden geen meting" not in page.text


@pytest.mark.parametrize("last, today, stale", [
    (None, date(2026, 6, 1), True),
    (date(2025, 12, 1), date(2026, 6, 1), False),  # exactly six months: still fine
    (date(2025, 11, 30), date(2026, 6, 1), True),
    (date(2025, 8, 31), date(2026, 2, 28), False),  # 31 August, six months back from 28 February
])
def test_staleness_is_more_than_six_calendar_months(last, today, stale):
    assert is_stale(last, today) is stale


def test_months_before_clamps_to_the_end_of_a_short_month():
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 15), 6) == date(2025, 9, 15)


async def test_warning_appears_when_the_clock_moves_past_six_months(manager_client, monkeypatch):
    worker = await make_worker()
    set_today(monkeypatch, date(2026, 1, 10))
    await _measure(manager_client, worker["id"], "2026-01-05", 4)
    set_today(monkeypatch, date(2026, 7, 6))
    page = await manager_client.get(f"/beheer/deelnemers/{worker['id']}/ontwikkeling")
    assert "Langer dan 6 maanden geen meting" in page.text


async def test_a_worker_never_measured_gets_a_warning(manager_client):
    worker = await make_worker()
    page = await manager_client.get(f"/beheer/deelnemers/{worker['id']}/ontwikkeling")
    assert "Er is nog nooit een meting gedaan." in page.text


@pytest.mark.parametrize("change, key, code", [
    ({"dimension_id": 999999}, "dimension_id", "not_found"),
    ({"level": 7}, "level", "unknown_level"),
    ({"measured_on": "2026-06-02"}, "measured_on", "in_future"),
])
async def test_api_refuses_bad_measurements_with_the_field(manager_client, monkeypatch, change, key, code):
    set_today(monkeypatch, date(2026, 6, 1))
    worker = await make_worker()
    body = {"dimension_id": await ladder_dimension(), "level": 4, "measured_on": "2026-05-01", **change}
    response = await manager_client.post(f"/api/v1/workers/{worker['id']}/measurements", json=body)
    assert response.status_code == 400
    assert {"key": key, "code": code} == {k: response.json()["extra"][0][k] for k in ("key", "code")}
    assert await ProgressionMeasurement.count() == 0


async def test_api_refuses_a_level_of_zero_and_unknown_fields(manager_client):
    worker = await make_worker()
    url = f"/api/v1/workers/{worker['id']}/measurements"
    body = {"dimension_id": await ladder_dimension(), "level": 0, "measured_on": "2026-01-01"}
    assert (await manager_client.post(url, json=body)).status_code == 400
    assert (await manager_client.post(url, json={**body, "level": 2, "worker": 3})).status_code == 400
    assert await ProgressionMeasurement.count() == 0


async def test_measuring_an_unknown_worker_is_404(manager_client):
    body = {"dimension_id": await ladder_dimension(), "level": 2, "measured_on": "2026-01-01"}
    assert (await manager_client.post("/api/v1/workers/999999/measurements", json=body)).status_code == 404


async def test_form_shows_a_dutch_message_for_a_future_date(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 6, 1))
    worker = await make_worker()
    dimension = await ladder_dimension()
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/metingen",
                               {"measurement": f"{dimension}:4", "measured_on": "2026-07-01"})
    assert response.status_code == 400
    assert "Een meting kan niet in de toekomst liggen." in response.text
    assert await ProgressionMeasurement.count() == 0


async def test_form_saves_and_removes_a_measurement(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 6, 1))
    worker = await make_worker()
    dimension = await ladder_dimension()
    url = f"/beheer/deelnemers/{worker['id']}"
    saved = await post_form(manager_client, f"{url}/metingen",
                            {"measurement": f"{dimension}:5", "measured_on": "2026-05-01", "measurement_note": "Jobcoach"})
    assert saved.status_code == 303
    measurement = await ProgressionMeasurement.select().first()
    assert measurement["note"] == "Jobcoach"
    removed = await post_form(manager_client, f"{url}/metingen/{measurement['id']}/verwijderen", {})
    assert removed.status_code == 303 and await ProgressionMeasurement.count() == 0


async def test_form_with_a_garbled_choice_says_which_field(manager_client):
    worker = await make_worker()
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/metingen",
                               {"measurement": "abc", "measured_on": "2026-01-01"})
    assert response.status_code == 400 and "Vul dit veld in." in response.text
