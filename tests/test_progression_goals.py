"""Goals per worker: text, target date and status, editable through the API and the page."""

from __future__ import annotations

import pytest

from tests.builders import make_worker
from tests.helpers import post_form
from wijkwerk.tables import WorkerGoal


async def test_goal_is_created_open_and_can_be_achieved(manager_client):
    worker = await make_worker()
    base = f"/api/v1/workers/{worker['id']}/goals"
    created = await manager_client.post(base, json={"text": "VCA-certificaat", "target_on": "2026-09-01"})
    assert created.status_code == 201 and created.json()["status"] == "open"
    changed = await manager_client.patch(f"{base}/{created.json()['id']}", json={"status": "achieved"})
    assert changed.json()["status"] == "achieved" and changed.json()["text"] == "VCA-certificaat"
    assert [g["status"] for g in (await manager_client.get(base)).json()] == ["achieved"]


@pytest.mark.parametrize("body, key", [
    ({"text": "", "target_on": "2026-09-01"}, "text"),
    ({"text": "Buurttaxi rijden"}, "target_on"),
    ({"text": "Buurttaxi rijden", "target_on": "2026-09-01", "status": "maybe"}, "status"),
    ({"text": "Buurttaxi rijden", "target_on": "1850-01-01"}, "target_on"),
])
async def test_bad_goals_are_refused_naming_the_field(manager_client, body, key):
    worker = await make_worker()
    response = await manager_client.post(f"/api/v1/workers/{worker['id']}/goals", json=body)
    assert response.status_code == 400
    assert key in response.text
    assert await WorkerGoal.count() == 0


async def test_a_goal_of_another_worker_is_404(manager_client):
    first, second = await make_worker(), await make_worker()
    goal = (await manager_client.post(f"/api/v1/workers/{first['id']}/goals",
                                      json={"text": "Fietsen repareren", "target_on": "2026-09-01"})).json()
    response = await manager_client.patch(f"/api/v1/workers/{second['id']}/goals/{goal['id']}", json={"status": "dropped"})
    assert response.status_code == 404
    assert (await WorkerGoal.select(WorkerGoal.status).first())["status"] == "open"


async def test_goal_form_add_edit_and_dutch_error(manager_client):
    worker = await make_worker()
    url = f"/beheer/deelnemers/{worker['id']}/doelen"
    added = await post_form(manager_client, url, {"goal_text": "4 uur per dag, 3 dagen per week",
                                                  "goal_target_on": "2026-12-01"})
    assert added.status_code == 303
    goal = await WorkerGoal.select().first()
    edit = await manager_client.get(f"{url}/{goal['id']}")
    assert edit.status_code == 200 and "4 uur per dag" in edit.text
    bad = await post_form(manager_client, f"{url}/{goal['id']}", {"goal_text": "x", "goal_target_on": "morgen",
                                                                   "goal_status": "achieved"})
    assert bad.status_code == 400 and "Vul een datum in als jjjj-mm-dd." in bad.text
    assert (await WorkerGoal.select(WorkerGoal.status).first())["status"] == "open"
    done = await post_form(manager_client, f"{url}/{goal['id']}", {"goal_text": "4 uur per dag", "goal_target_on": "2026-12-01",
                                                                   "goal_status": "achieved"})
    assert done.status_code == 303
    page = await manager_client.get(f"/beheer/deelnemers/{worker['id']}/ontwikkeling")
    assert "Gehaald" in page.text
