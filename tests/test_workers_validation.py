"""Bad worker input through the API: a field-level 4xx, never a 500, and nothing half-written."""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.builders import make_job_type, make_skill, make_worker
from wijkwerk.tables import AvailabilityWindow, Worker, WorkerSkill

VALID = {"first_name": "Omar", "last_name": "Haddad", "birth_date": "1990-02-03", "starts_on": "2026-02-02",
         "target_minutes_per_week": 600, "max_minutes_per_week": 900}
WINDOW = {"weekday": 1, "start_time": "09:00:00", "end_time": "12:00:00"}


def _keys(response) -> list[str]:
    return [error.get("key", "") + " " + error.get("message", "") for error in response.json().get("extra", [])]


def _has_key(response, key: str) -> bool:
    return any(entry.split(" ")[0] == key or f"`{key}`" in entry for entry in _keys(response))


@pytest.mark.parametrize("change, key", [
    ({"first_name": ""}, "first_name"),
    ({"last_name": None}, "last_name"),
    ({"bsn": "123456789"}, "bsn"),
    ({"rate_cents_per_hour": "veel"}, "rate_cents_per_hour"),
    ({"rate_cents_per_hour": -1}, "rate_cents_per_hour"),
    ({"target_minutes_per_week": -60}, "target_minutes_per_week"),
    ({"max_minutes_per_day": 25 * 60}, "max_minutes_per_day"),
    ({"target_minutes_per_week": 1000, "max_minutes_per_week": 900}, "target_minutes_per_week"),
    ({"birth_date": "1899-12-31"}, "birth_date"),
    ({"birth_date": "2999-01-01"}, "birth_date"),
    ({"birth_date": "2001-02-30"}, "birth_date"),
    ({"starts_on": "1999-12-31"}, "starts_on"),
    ({"benefit_reported_on": "2101-01-01"}, "benefit_reported_on"),
    ({"benefit_type": "uitkering"}, "benefit_type"),
    ({"status": "ontslagen"}, "status"),
    ({"languages": "Nederlands"}, "languages"),
    ({"email": "geen-adres"}, "email"),
    ({"neighbourhood_id": 999_999}, "neighbourhood_id"),
    ({"windows": [{**WINDOW, "end_time": "08:00:00"}]}, "windows[0].end_time"),
    ({"windows": [{**WINDOW, "weekday": 7}]}, "windows[0].weekday"),
    ({"windows": [WINDOW, {**WINDOW, "start_time": "11:00:00", "end_time": "14:00:00"}]}, "windows[1].start_time"),
    ({"windows": [{**WINDOW, "start_time": "09:00:00+01:00"}]}, "windows[0].start_time"),
    ({"windows": [{**WINDOW, "start_time": "9 uur"}]}, "windows[0].start_time"),
    ({"exceptions": [{"on_date": "2026-05-01", "start_time": "12:00:00", "end_time": "10:00:00"}]},
     "exceptions[0].end_time"),
    ({"exceptions": [{"on_date": "2026-05-01", "start_time": "12:00:00"}]}, "exceptions[0].end_time"),
    ({"exceptions": [{"on_date": "2026-05-01", "kind": "extra"}]}, "exceptions[0].start_time"),
    ({"exceptions": [{"on_date": "1999-05-01"}]}, "exceptions[0].on_date"),
    ({"exceptions": [{"on_date": "2026-05-01", "kind": "misschien"}]}, "exceptions[0].kind"),
    ({"skills": [{"skill_id": 999_999}]}, "skills[0].skill_id"),
    ({"skills": [{"skill_id": "{skill}", "level": "expert"}]}, "skills[0].level"),
    ({"skills": [{"skill_id": "{skill}", "certificate_obtained_on": "2026-03-01",
                  "certificate_expires_on": "2026-02-01"}]}, "skills[0].certificate_expires_on"),
    ({"skills": [{"skill_id": "{skill}", "certificate_expires_on": "2200-01-01"}]}, "skills[0].certificate_expires_on"),
    ({"preferences": [{"job_type_id": 999_999}]}, "preferences[0].job_type_id"),
    ({"preferences": [{"job_type_id": "{job_type}", "preference": "love"}]}, "preferences[0].preference"),
])
async def test_bad_create_is_a_field_level_400_and_writes_nothing(manager_client, change, key):
    skill, job_type = await make_skill(), await make_job_type()
    body = _fill({**VALID, **change}, skill=skill["id"], job_type=job_type["id"])
    response = await manager_client.post("/api/v1/workers", json=body)
    assert response.status_code == 400, response.text
    assert _has_key(response, key), response.json()
    assert await Worker.count() == 0


def _fill(value, **ids):
    """Put ids of rows made inside the test into a parametrised body ("{skill}" -> 12)."""
    if isinstance(value, dict):
        return {key: _fill(item, **ids) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, **ids) for item in value]
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return ids[value[1:-1]]
    return value


async def test_a_bad_availability_row_creates_nothing_at_all(manager_client):
    skill = await make_skill()
    body = {**VALID, "skills": [{"skill_id": skill["id"]}],
            "windows": [WINDOW, {**WINDOW, "weekday": 2, "end_time": "08:00:00"}]}
    response = await manager_client.post("/api/v1/workers", json=body)
    assert response.status_code == 400
    assert (await Worker.count(), await WorkerSkill.count(), await AvailabilityWindow.count()) == (0, 0, 0)


@pytest.mark.parametrize("section, key", [("skills", "skill_id"), ("preferences", "job_type_id")])
async def test_the_same_skill_or_job_type_twice_in_one_create_is_409(manager_client, section, key):
    ids = {"skill_id": (await make_skill())["id"], "job_type_id": (await make_job_type())["id"]}
    body = {**VALID, section: [{key: ids[key]}, {key: ids[key]}]}
    response = await manager_client.post("/api/v1/workers", json=body)
    assert response.status_code == 409 and _has_key(response, f"{section}[1].{key}")
    assert await Worker.count() == 0


@pytest.mark.parametrize("content", [b'{"first_name": ', b"[1, 2", b"not json"])
async def test_malformed_json_is_400(manager_client, content):
    response = await manager_client.post("/api/v1/workers", content=content,
                                         headers={"content-type": "application/json"})
    assert response.status_code == 400


async def test_an_oversized_body_is_413(manager_client):
    response = await manager_client.post("/api/v1/workers", json={**VALID, "work_limitations": "x" * 2_000_000})
    assert response.status_code == 413


@pytest.mark.parametrize("change, key", [
    ({"target_minutes_per_week": 2000}, "target_minutes_per_week"),
    ({"max_minutes_per_week": 60}, "target_minutes_per_week"),
    ({"max_minutes_per_day": 1441}, "max_minutes_per_day"),
    ({"rate_cents_per_hour": -5}, "rate_cents_per_hour"),
    ({"neighbourhood_id": 999_999}, "neighbourhood_id"),
    ({"birth_date": "1800-01-01"}, "birth_date"),
    ({"status": "weg"}, "status"),
    ({"first_name": "  "}, "first_name"),
    ({"skills": []}, "skills"),
])
async def test_bad_patch_is_400_and_changes_nothing(manager_client, change, key):
    worker = await make_worker(target_minutes_per_week=600, max_minutes_per_week=1200)
    response = await manager_client.patch(f"/api/v1/workers/{worker['id']}", json=change)
    assert response.status_code == 400 and _has_key(response, key), response.json()
    unchanged = await Worker.select().where(Worker.id == worker["id"]).first()
    assert unchanged == worker


async def test_patch_of_a_missing_worker_is_404(manager_client):
    assert (await manager_client.patch("/api/v1/workers/999999", json={"status": "left"})).status_code == 404


@pytest.mark.parametrize("path, body, key", [
    ("windows", {**WINDOW, "end_time": "09:00:00"}, "end_time"),
    ("windows", {**WINDOW, "weekday": -1}, "weekday"),
    ("windows", {"weekday": 0, "start_time": "07:00:00", "end_time": "09:30:00"}, "start_time"),
    ("exceptions", {"on_date": "2026-06-01", "start_time": "14:00:00", "end_time": "13:00:00"}, "end_time"),
    ("exceptions", {"on_date": "2101-01-01"}, "on_date"),
    ("skills", {"skill_id": 999_999}, "skill_id"),
    ("skills", {"skill_id": "{skill}", "certificate_obtained_on": "2026-01-01",
                "certificate_expires_on": "2025-01-01"}, "certificate_expires_on"),
    ("preferences", {"job_type_id": 999_999}, "job_type_id"),
    ("preferences", {"job_type_id": "{job_type}", "colour": "red"}, "colour"),
])
async def test_bad_section_row_is_a_field_level_400(manager_client, path, body, key):
    worker = await make_worker()
    await AvailabilityWindow.insert(AvailabilityWindow(worker=worker["id"], weekday=0, start_time=time(9),
                                                       end_time=time(12)))
    skill, job_type = await make_skill(), await make_job_type()
    response = await manager_client.post(f"/api/v1/workers/{worker['id']}/{path}",
                                         json=_fill(body, skill=skill["id"], job_type=job_type["id"]))
    assert response.status_code == 400 and _has_key(response, key), response.json()


async def test_changing_a_certificate_to_expire_before_it_was_obtained_is_400(manager_client):
    worker, skill = await make_worker(), await make_skill()
    await WorkerSkill.insert(WorkerSkill(worker=worker["id"], skill=skill["id"],
                                         certificate_obtained_on=date(2025, 1, 1)))
    response = await manager_client.patch(f"/api/v1/workers/{worker['id']}/skills/{skill['id']}",
                                          json={"certificate_expires_on": "2024-12-31"})
    assert response.status_code == 400 and _has_key(response, "certificate_expires_on")
