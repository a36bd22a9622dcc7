"""Shifts through the API: CRUD, week filter, and every kind of bad input."""

from __future__ import annotations

import pytest

from tests.builders import make_job, make_shift, make_skill

GOOD = {"starts_at": "2026-03-02T09:00:00+01:00", "ends_at": "2026-03-02T13:00:00+01:00",
        "headcount_min": 1, "headcount_target": 2, "headcount_max": 3}


async def test_create_stores_utc_and_reads_back(manager_client):
    job, skill = await make_job(), await make_skill()
    response = await manager_client.post(
        "/api/v1/shifts", json={**GOOD, "job": job["id"], "requirements": [{"skill": skill["id"], "minimum": 1}]})
    assert response.status_code == 201, response.text
    shift = response.json()
    assert shift["starts_at"] == "2026-03-02T08:00:00Z"
    assert shift["requirements"] == [{"skill": skill["id"], "minimum": 1}]
    assert (await manager_client.get(f"/api/v1/shifts/{shift['id']}")).json() == shift


async def test_week_filter_uses_amsterdam_week_boundaries(manager_client):
    job = await make_job()
    from datetime import datetime, timezone
    # Sunday 23:30 local time in week 9 is Sunday 22:30 UTC: it belongs to week 9, not 10.
    await make_shift(job=job["id"], starts_at=datetime(2026, 3, 1, 22, 30, tzinfo=timezone.utc))
    await make_shift(job=job["id"], starts_at=datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc))
    week9 = (await manager_client.get("/api/v1/shifts?week=2026-W09")).json()
    week10 = (await manager_client.get("/api/v1/shifts?week=2026-W10")).json()
    assert week9["total"] == 1 and week10["total"] == 1


async def test_update_and_delete(manager_client):
    shift = await make_shift()
    response = await manager_client.patch(f"/api/v1/shifts/{shift['id']}", json={"cancelled": True, "note": "Regen"})
    assert response.json()["cancelled"] is True and response.json()["note"] == "Regen"
    assert (await manager_client.delete(f"/api/v1/shifts/{shift['id']}")).status_code == 204
    assert (await manager_client.get(f"/api/v1/shifts/{shift['id']}")).status_code == 404


@pytest.mark.parametrize("change, key", [
    ({"ends_at": "2026-03-02T08:00:00+01:00"}, "ends_at"),  # end before start
    ({"ends_at": "2026-03-04T13:00:00+01:00"}, "ends_at"),  # longer than a day
    ({"starts_at": "2026-03-02T09:00:00"}, "starts_at"),  # no timezone
    ({"starts_at": "1850-03-02T09:00:00+01:00"}, "starts_at"),  # outside a sane range
    ({"headcount_min": -1}, "headcount_min"),
    ({"headcount_min": 3, "headcount_target": 2}, "headcount_target"),
    ({"headcount_max": "three"}, "headcount_max"),
    ({"colour": "red"}, "colour"),
    ({"job": 999999}, "job"),
    ({"requirements": [{"skill": 999999}]}, "requirements[0].skill"),
])
async def test_bad_input_is_field_level_4xx_and_writes_nothing(manager_client, change, key):
    job = await make_job()
    response = await manager_client.post("/api/v1/shifts", json={**GOOD, "job": job["id"], **change})
    assert 400 <= response.status_code < 500, response.text
    keys = [error.get("key") for error in response.json()["extra"]]
    assert key in keys or any(key in error.get("message", "") for error in response.json()["extra"])
    assert (await manager_client.get("/api/v1/shifts")).json()["total"] == 0


@pytest.mark.parametrize("week", ["2026-10", "2026-W54", "1800-W01", "x"])
async def test_bad_week_is_400(manager_client, week):
    response = await manager_client.get(f"/api/v1/shifts?week={week}")
    assert response.status_code == 400 and response.json()["extra"][0]["key"] == "week"


async def test_oversized_body_is_413(manager_client):
    response = await manager_client.post(
        "/api/v1/shifts", content=b'{"note": "' + b"x" * 1_100_000 + b'"}',
        headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_missing_shift_is_404_json(manager_client):
    response = await manager_client.patch("/api/v1/shifts/424242", json={"note": "x"})
    assert response.status_code == 404 and response.json()["status_code"] == 404
