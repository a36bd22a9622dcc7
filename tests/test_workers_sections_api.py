"""A worker's skills, windows, exceptions and preferences as API sub-resources."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.builders import make_job_type, make_skill, make_worker
from wijkwerk.tables import AvailabilityWindow, WorkerSkill
from wijkwerk.workers.checks import today
from wijkwerk.workers.skills import certificate_state


async def test_skill_add_change_remove(manager_client):
    worker, skill = await make_worker(), await make_skill(name="Heftruck")
    base = f"/api/v1/workers/{worker['id']}/skills"
    added = await manager_client.post(base, json={"skill_id": skill["id"], "level": "learning"})
    assert added.status_code == 201 and added.json()["skill_name"] == "Heftruck"
    changed = await manager_client.patch(f"{base}/{skill['id']}", json={"level": "can_teach"})
    assert changed.json()["level"] == "can_teach"
    assert (await manager_client.delete(f"{base}/{skill['id']}")).status_code == 204
    assert (await manager_client.get(base)).json() == []


async def test_adding_a_skill_the_worker_already_has_is_409(manager_client):
    worker, skill = await make_worker(), await make_skill()
    await WorkerSkill.insert(WorkerSkill(worker=worker["id"], skill=skill["id"]))
    response = await manager_client.post(f"/api/v1/workers/{worker['id']}/skills", json={"skill_id": skill["id"]})
    assert response.status_code == 409 and response.json()["extra"][0]["key"] == "skill_id"


async def test_window_add_and_remove(manager_client):
    worker = await make_worker()
    base = f"/api/v1/workers/{worker['id']}/windows"
    added = await manager_client.post(base, json={"weekday": 4, "start_time": "13:00:00", "end_time": "17:00:00"})
    assert added.status_code == 201 and added.json()["weekday"] == 4
    assert (await manager_client.delete(f"{base}/{added.json()['id']}")).status_code == 204
    assert await AvailabilityWindow.count() == 0


async def test_windows_may_touch_without_overlapping(manager_client):
    worker = await make_worker()
    base = f"/api/v1/workers/{worker['id']}/windows"
    await manager_client.post(base, json={"weekday": 0, "start_time": "08:00:00", "end_time": "12:00:00"})
    second = await manager_client.post(base, json={"weekday": 0, "start_time": "12:00:00", "end_time": "16:00:00"})
    assert second.status_code == 201


async def test_exception_add_and_remove(manager_client):
    worker = await make_worker()
    base = f"/api/v1/workers/{worker['id']}/exceptions"
    added = await manager_client.post(base, json={"on_date": "2026-04-27", "kind": "extra",
                                                  "start_time": "10:00:00", "end_time": "14:00:00"})
    assert added.status_code == 201 and added.json()["kind"] == "extra"
    assert (await manager_client.delete(f"{base}/{added.json()['id']}")).status_code == 204
    assert (await manager_client.get(base)).json() == []


async def test_preference_add_duplicate_remove(manager_client):
    worker, job_type = await make_worker(), await make_job_type(name_nl="Groenonderhoud")
    base = f"/api/v1/workers/{worker['id']}/preferences"
    added = await manager_client.post(base, json={"job_type_id": job_type["id"], "preference": "like"})
    assert added.json() == {"job_type_id": job_type["id"], "job_type_name": "Groenonderhoud", "preference": "like"}
    again = await manager_client.post(base, json={"job_type_id": job_type["id"], "preference": "dislike"})
    assert again.status_code == 409
    assert (await manager_client.delete(f"{base}/{job_type['id']}")).status_code == 204


async def test_another_workers_row_is_not_found(manager_client):
    owner, other = await make_worker(), await make_worker()
    added = await manager_client.post(f"/api/v1/workers/{owner['id']}/windows",
                                      json={"weekday": 2, "start_time": "09:00:00", "end_time": "12:00:00"})
    response = await manager_client.delete(f"/api/v1/workers/{other['id']}/windows/{added.json()['id']}")
    assert response.status_code == 404 and await AvailabilityWindow.count() == 1


@pytest.mark.parametrize("method, path, body", [
    ("get", "skills", None),
    ("post", "windows", {"weekday": 0, "start_time": "09:00:00", "end_time": "10:00:00"}),
    ("post", "exceptions", {"on_date": "2026-05-05"}),
    ("get", "preferences", None),
])
async def test_sections_of_a_missing_worker_are_404(manager_client, method, path, body):
    kwargs = {"json": body} if body else {}
    response = await getattr(manager_client, method)(f"/api/v1/workers/999999/{path}", **kwargs)
    assert response.status_code == 404


@pytest.mark.parametrize("days_left, state", [(None, None), (-1, "expired"), (0, "expires_soon"),
                                              (60, "expires_soon"), (61, "valid")])
def test_certificate_state(days_left, state):
    on = date(2026, 6, 1)
    expires = None if days_left is None else on + timedelta(days=days_left)
    assert certificate_state(expires, on) == state


async def test_read_marks_an_expired_certificate(manager_client):
    worker, skill = await make_worker(), await make_skill()
    await WorkerSkill.insert(WorkerSkill(worker=worker["id"], skill=skill["id"],
                                         certificate_expires_on=today() - timedelta(days=1)))
    read = (await manager_client.get(f"/api/v1/workers/{worker['id']}")).json()
    assert read["skills"][0]["certificate_state"] == "expired"
