"""Workers through the real JSON API: CRUD, nested read, filters, pagination, deleting, roles."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from tests.builders import (
    make_job_type, make_neighbourhood, make_shift, make_skill, make_user, make_window, make_worker,
)
from tests.helpers import login, post_form
from wijkwerk.tables import Assignment, AvailabilityException, JobTypePreference, Roster, WorkerSkill

NEW_WORKER = {
    "first_name": "Fatma", "last_name": "Yılmaz", "birth_date": "1985-05-01", "starts_on": "2026-01-05",
    "languages": "tr,nl", "benefit_type": "bijstand", "benefit_reported": True,
    "benefit_reported_on": "2026-01-02", "rate_cents_per_hour": 560, "target_minutes_per_week": 720,
    "max_minutes_per_week": 1200, "max_minutes_per_day": 480, "work_limitations": "Niet zwaar tillen.",
}


async def test_create_read_update_delete(manager_client):
    created = await manager_client.post("/api/v1/workers", json=NEW_WORKER)
    assert created.status_code == 201, created.text
    worker = created.json()
    assert worker["benefit_type"] == "bijstand" and worker["rate_cents_per_hour"] == 560

    changed = await manager_client.patch(f"/api/v1/workers/{worker['id']}", json={"status": "paused"})
    assert changed.json()["status"] == "paused" and changed.json()["last_name"] == "Yılmaz"

    assert (await manager_client.delete(f"/api/v1/workers/{worker['id']}")).status_code == 204
    assert (await manager_client.get(f"/api/v1/workers/{worker['id']}")).status_code == 404


async def test_create_with_nested_rows_saves_them_all(manager_client):
    skill, job_type, wijk = await make_skill(name="Bosmaaier"), await make_job_type(), await make_neighbourhood()
    body = {
        **NEW_WORKER, "neighbourhood_id": wijk["id"],
        "skills": [{"skill_id": skill["id"], "level": "competent", "certificate_obtained_on": "2025-03-01",
                    "certificate_expires_on": "2030-03-01"}],
        "windows": [{"weekday": 0, "start_time": "08:00:00", "end_time": "13:00:00"}],
        "exceptions": [{"on_date": "2026-12-24", "kind": "unavailable", "reason": "Familie"}],
        "preferences": [{"job_type_id": job_type["id"], "preference": "dislike"}],
    }
    worker = (await manager_client.post("/api/v1/workers", json=body)).json()
    read = (await manager_client.get(f"/api/v1/workers/{worker['id']}")).json()
    assert read["neighbourhood_id"] == wijk["id"]
    assert read["skills"] == [{"skill_id": skill["id"], "skill_name": "Bosmaaier", "level": "competent",
                               "certificate_obtained_on": "2025-03-01", "certificate_expires_on": "2030-03-01",
                               "certificate_state": "valid"}]
    assert [(w["weekday"], w["start_time"], w["end_time"]) for w in read["windows"]] == [(0, "08:00:00", "13:00:00")]
    assert read["exceptions"][0]["on_date"] == "2026-12-24" and read["exceptions"][0]["start_time"] is None
    assert read["preferences"] == [{"job_type_id": job_type["id"], "job_type_name": job_type["name_nl"],
                                    "preference": "dislike"}]


@pytest.mark.parametrize("query, expected", [
    ("status=paused", ["Bakker"]),
    ("status=active", ["Mulder", "de Vries"]),
    ("q=vries", ["de Vries"]),
    ("q=henk%20mul", ["Mulder"]),
    ("skill_id={skill}", ["Mulder"]),
    ("neighbourhood_id={wijk}", ["de Vries"]),
])
async def test_list_filters(manager_client, query, expected):
    wijk, skill = await make_neighbourhood(), await make_skill()
    await make_worker(first_name="Anna", last_name="de Vries", neighbourhood=wijk["id"])
    mulder = await make_worker(first_name="Henk", last_name="Mulder")
    await make_worker(first_name="Jan", last_name="Bakker", status="paused")
    # Not make_worker_skill: its setdefault builds a spare worker even when one is given.
    await WorkerSkill.insert(WorkerSkill(worker=mulder["id"], skill=skill["id"]))
    listing = await manager_client.get("/api/v1/workers?" + query.format(skill=skill["id"], wijk=wijk["id"]))
    assert sorted(row["last_name"] for row in listing.json()["items"]) == expected


async def test_pagination_reports_total_and_orders_by_last_name(manager_client):
    for name in ("Cornelis", "Aalders", "Bos"):
        await make_worker(last_name=name)
    page = (await manager_client.get("/api/v1/workers?page=2&per_page=2")).json()
    assert page["total"] == 3 and [row["last_name"] for row in page["items"]] == ["Cornelis"]


async def test_list_rejects_an_unknown_status(manager_client):
    response = await manager_client.get("/api/v1/workers?status=ontslagen")
    assert response.status_code == 400 and response.json()["extra"][0]["key"] == "status"


async def _assign(worker_id: int) -> None:
    roster = await Roster.insert(Roster(iso_year=2026, iso_week=10, created_at=datetime.now(timezone.utc))).returning(
        Roster.id)
    shift = await make_shift()
    await Assignment.insert(Assignment(roster=roster[0]["id"], shift=shift["id"], worker=worker_id))


@pytest.mark.parametrize("through_page", [False, True])
async def test_deleting_a_worker_with_assignments_is_409_and_keeps_everything(manager_client, through_page):
    worker = await make_worker()
    await make_window(worker=worker["id"])
    await _assign(worker["id"])
    if through_page:
        response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/verwijderen", {})
        assert response.status_code == 409 and "Zet de status op" in response.text
    else:
        response = await manager_client.delete(f"/api/v1/workers/{worker['id']}")
        assert response.status_code == 409 and response.json()["extra"][0]["code"] == "in_use"
    kept = (await manager_client.get(f"/api/v1/workers/{worker['id']}")).json()
    assert len(kept["windows"]) == 1


async def test_a_worker_with_assignments_can_be_marked_as_left(manager_client):
    worker = await make_worker()
    await _assign(worker["id"])
    response = await manager_client.patch(f"/api/v1/workers/{worker['id']}", json={"status": "left"})
    assert response.status_code == 200 and response.json()["status"] == "left"


async def test_deleting_removes_the_workers_own_rows(manager_client, db):
    worker = await make_worker()
    await AvailabilityException.insert(AvailabilityException(worker=worker["id"], on_date=date(2026, 5, 1)))
    await JobTypePreference.insert(JobTypePreference(worker=worker["id"], job_type=(await make_job_type())["id"]))
    assert (await manager_client.delete(f"/api/v1/workers/{worker['id']}")).status_code == 204
    assert await AvailabilityException.count() == 0 and await JobTypePreference.count() == 0


@pytest.mark.parametrize("role", ["resident", "funder"])
@pytest.mark.parametrize("method, path", [
    ("get", "/api/v1/workers"),
    ("get", "/api/v1/workers/{other}"),
    ("get", "/api/v1/workers/{other}/skills"),
    ("patch", "/api/v1/workers/{other}"),
    ("delete", "/api/v1/workers/{other}"),
])
async def test_residents_and_funders_get_403_and_no_data(client, role, method, path):
    other = await make_worker(last_name="Geheim", work_limitations="Niet zwaar tillen.", benefit_type="wia")
    await login(client, "x", role=role)
    kwargs = {"json": {"status": "left"}} if method == "patch" else {}
    response = await getattr(client, method)(path.format(other=other["id"]), **kwargs)
    assert response.status_code == 403
    assert "Geheim" not in response.text and "wia" not in response.text and "tillen" not in response.text


async def test_anonymous_gets_401(client):
    assert (await client.get("/api/v1/workers")).status_code == 401


async def test_a_resident_cannot_read_even_their_own_record_through_the_staff_api(client):
    worker = await make_worker(benefit_type="wajong")
    await make_user(username="bewoner", role="resident", worker_id=worker["id"])
    await login(client, "bewoner", create=False)
    response = await client.get(f"/api/v1/workers/{worker['id']}")
    # Benefit status is manager-only, so the staff API stays closed to the worker too.
    assert response.status_code == 403 and "wajong" not in response.text


async def test_window_times_are_local_wall_clock_times(manager_client):
    worker = await make_worker()
    await make_window(worker=worker["id"], weekday=6, start_time=time(18), end_time=time(22))
    read = (await manager_client.get(f"/api/v1/workers/{worker['id']}")).json()
    assert read["windows"][0]["start_time"] == "18:00:00"
