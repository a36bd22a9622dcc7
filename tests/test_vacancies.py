"""Vacancies and job-seeker profiles through the real API: create, bad input, open/close, roles."""

from __future__ import annotations

import pytest

from tests.builders import make_skill, make_worker
from tests.builders_aandebak import make_employer, make_vacancy


async def test_create_vacancy_with_requirements(manager_client):
    employer = await make_employer()
    skill = await make_skill(name="VCA Basis", certificate_required=True)
    response = await manager_client.post("/api/v1/vacancies", json={
        "employer_id": employer["id"], "title": "Monteur", "sector": "techniek", "hours_per_week": 32, "places": 2,
        "requirements": [{"skill_id": skill["id"], "min_level": "competent", "certificate_required": True}]})
    assert response.status_code == 201
    body = response.json()
    assert body["sector"] == "techniek" and body["status"] == "open" and body["places"] == 2
    assert body["requirements"] == [{"skill_id": skill["id"], "skill_name": "VCA Basis", "min_level": "competent",
                                     "certificate_required": True}]


@pytest.mark.parametrize("change, key", [
    ({"sector": "ruimtevaart"}, "sector"),
    ({"hours_per_week": 0}, "hours_per_week"),
    ({"places": 0}, "places"),
    ({"title": ""}, "title"),
    ({"employer_id": 999999}, "employer_id"),
    ({"requirements": [{"skill_id": 999999}]}, "requirements[0].skill_id"),
    ({"requirements": [{"skill_id": 1, "min_level": "expert"}]}, "min_level"),
])
async def test_bad_vacancy_is_a_field_level_400_and_writes_nothing(manager_client, change, key):
    employer = await make_employer()
    body = {"employer_id": employer["id"], "title": "Monteur", "sector": "techniek", "hours_per_week": 32, **change}
    response = await manager_client.post("/api/v1/vacancies", json=body)
    assert response.status_code == 400
    assert any(key in error["key"] or key in error["message"] for error in response.json()["extra"])
    assert (await manager_client.get("/api/v1/vacancies")).json() == []


async def test_close_and_reopen(manager_client):
    vacancy = await make_vacancy()
    closed = await manager_client.patch(f"/api/v1/vacancies/{vacancy['id']}", json={"status": "closed"})
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert (await manager_client.get("/api/v1/vacancies?status=open")).json() == []
    bad = await manager_client.patch(f"/api/v1/vacancies/{vacancy['id']}", json={"status": "half"})
    assert bad.status_code == 400


async def test_job_seeker_profile_round_trip(manager_client):
    worker = await make_worker()
    default = (await manager_client.get(f"/api/v1/job-seekers/{worker['id']}")).json()
    assert default["ready_for_work"] is False
    saved = await manager_client.put(f"/api/v1/job-seekers/{worker['id']}", json={
        "ready_for_work": True, "wanted_hours_per_week": 20, "sectors": ["zorg", "groen"]})
    assert saved.status_code == 200
    assert saved.json()["sectors"] == ["groen", "zorg"] and saved.json()["wanted_hours_per_week"] == 20
    again = await manager_client.put(f"/api/v1/job-seekers/{worker['id']}", json={
        "ready_for_work": False, "wanted_hours_per_week": 16, "sectors": []})
    assert again.json()["sectors"] == [] and again.json()["ready_for_work"] is False


async def test_profile_with_an_unknown_sector_is_400_and_keeps_the_old_one(manager_client):
    worker = await make_worker()
    await manager_client.put(f"/api/v1/job-seekers/{worker['id']}", json={
        "ready_for_work": True, "wanted_hours_per_week": 20, "sectors": ["zorg"]})
    response = await manager_client.put(f"/api/v1/job-seekers/{worker['id']}", json={
        "ready_for_work": True, "wanted_hours_per_week": 20, "sectors": ["zorg", "ruimtevaart"]})
    assert response.status_code == 400 and response.json()["extra"][0]["key"] == "sectors"
    assert (await manager_client.get(f"/api/v1/job-seekers/{worker['id']}")).json()["sectors"] == ["zorg"]


async def test_unknown_vacancy_and_worker_are_404(manager_client):
    assert (await manager_client.get("/api/v1/vacancies/999999")).status_code == 404
    assert (await manager_client.get("/api/v1/job-seekers/999999")).status_code == 404


@pytest.mark.parametrize("role", ["resident", "funder"])
@pytest.mark.parametrize("path", ["/api/v1/vacancies", "/beheer/vacatures"])
async def test_residents_and_funders_get_no_vacancy_data(client, role, path):
    from tests.helpers import login

    await make_vacancy(title="Geheime vacature")
    await login(client, f"user-{role}", role=role)
    response = await client.get(path)
    assert response.status_code in (403, 404) and "Geheime" not in response.text
