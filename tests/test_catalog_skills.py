"""Skills (vaardigheden) and job types (soorten werk) through the real API and pages."""

from __future__ import annotations

import pytest

from tests.builders import make_job, make_job_type, make_shift, make_skill, make_worker_skill
from tests.helpers import post_form
from wijkwerk.tables import JobSkillRequirement, JobType, ShiftSkillRequirement, Skill


async def test_skill_create_read_update_delete(staff):
    created = await staff.post("/api/v1/skills", json={
        "name": "Bosmaaier", "certificate_required": True, "certificate_validity_months": 36})
    assert created.status_code == 201, created.text
    skill = created.json()
    assert skill["certificate_validity_months"] == 36

    updated = await staff.patch(f"/api/v1/skills/{skill['id']}", json={"certificate_validity_months": None})
    assert updated.json()["certificate_validity_months"] is None and updated.json()["certificate_required"] is True

    listing = (await staff.get("/api/v1/skills")).json()
    assert listing["total"] == 1 and listing["items"][0]["name"] == "Bosmaaier"
    assert (await staff.delete(f"/api/v1/skills/{skill['id']}")).status_code == 204
    assert (await staff.get(f"/api/v1/skills/{skill['id']}")).status_code == 404


@pytest.mark.parametrize("body, key", [
    ({"name": ""}, "name"),
    ({"name": "  "}, "name"),
    ({"name": "EHBO", "certificate_validity_months": 0}, "certificate_validity_months"),
    ({"name": "EHBO", "certificate_validity_months": -12}, "certificate_validity_months"),
    ({"name": "EHBO", "certificate_required": "ja"}, "certificate_required"),
    ({"name": "EHBO", "level": "expert"}, "level"),
])
async def test_skill_bad_input_is_a_field_level_400(staff, body, key):
    response = await staff.post("/api/v1/skills", json=body)
    assert response.status_code == 400, response.text
    assert any(key == error.get("key") or key in error.get("message", "") for error in response.json()["extra"])
    assert await Skill.count() == 0


async def test_duplicate_skill_name_is_409_with_field(staff):
    await make_skill(name="EHBO")
    response = await staff.post("/api/v1/skills", json={"name": "EHBO"})
    assert response.status_code == 409 and response.json()["extra"][0]["key"] == "name"


@pytest.mark.parametrize("use", ["worker", "job", "shift"])
async def test_deleting_a_skill_in_use_is_409_and_keeps_it(staff, use):
    skill = await make_skill()
    if use == "worker":
        await make_worker_skill(skill=skill["id"])
    elif use == "job":
        await JobSkillRequirement.insert(JobSkillRequirement(job=(await make_job())["id"], skill=skill["id"]))
    else:
        await ShiftSkillRequirement.insert(ShiftSkillRequirement(shift=(await make_shift())["id"], skill=skill["id"]))
    response = await staff.delete(f"/api/v1/skills/{skill['id']}")
    assert response.status_code == 409 and response.json()["extra"][0]["key"] == "id"
    assert await Skill.exists().where(Skill.id == skill["id"])


async def test_job_type_create_update_delete(staff):
    created = await staff.post("/api/v1/job-types", json={
        "code": "green", "name_nl": "Groenonderhoud", "name_en": "Green maintenance"})
    assert created.status_code == 201, created.text
    item = created.json()
    updated = await staff.patch(f"/api/v1/job-types/{item['id']}", json={"name_nl": "Groen"})
    assert updated.json() == {**item, "name_nl": "Groen"}
    assert (await staff.delete(f"/api/v1/job-types/{item['id']}")).status_code == 204
    assert await JobType.count() == 0


@pytest.mark.parametrize("body, key", [
    ({"code": "Groen Onderhoud", "name_nl": "Groen", "name_en": "Green"}, "code"),
    ({"code": "green", "name_nl": "", "name_en": "Green"}, "name_nl"),
    ({"code": "green", "name_nl": "Groen"}, "name_en"),
])
async def test_job_type_bad_input_is_a_field_level_400(staff, body, key):
    response = await staff.post("/api/v1/job-types", json=body)
    assert response.status_code == 400
    assert any(key == error.get("key") or key in error.get("message", "") for error in response.json()["extra"])


async def test_duplicate_job_type_code_is_409_with_field(staff):
    await make_job_type(code="green")
    response = await staff.post("/api/v1/job-types", json={"code": "green", "name_nl": "G", "name_en": "G"})
    assert response.status_code == 409 and response.json()["extra"][0]["key"] == "code"


async def test_deleting_a_job_type_in_use_is_409_and_keeps_it(staff):
    job = await make_job()
    response = await staff.delete(f"/api/v1/job-types/{job['job_type']}")
    assert response.status_code == 409 and await JobType.count() == 1


async def test_skill_page_creates_with_certificate(staff):
    response = await post_form(staff, "/beheer/vaardigheden", {
        "name": "VCA Basis", "certificate_required": "on", "certificate_validity_months": "120"})
    assert response.status_code == 303
    assert await Skill.select(Skill.certificate_required, Skill.certificate_validity_months).first() == {
        "certificate_required": True, "certificate_validity_months": 120}


@pytest.mark.parametrize("form, message", [
    ({"name": ""}, "Vul dit veld in."),
    ({"name": "EHBO", "certificate_validity_months": "twee jaar"}, "Vul een heel getal in."),
    ({"name": "EHBO", "certificate_validity_months": "0"}, "Vul een aantal maanden van 1 tot 600 in."),
])
async def test_skill_page_error_is_dutch_and_saves_nothing(staff, form, message):
    response = await post_form(staff, "/beheer/vaardigheden", form)
    assert response.status_code == 400 and message in response.text
    assert await Skill.count() == 0


async def test_skill_page_duplicate_is_409_at_field(staff):
    await make_skill(name="EHBO")
    response = await post_form(staff, "/beheer/vaardigheden", {"name": "EHBO"})
    assert response.status_code == 409 and 'id="e-name"' in response.text


async def test_skill_edit_page_updates(staff):
    skill = await make_skill(name="Heggenschaar")
    response = await post_form(staff, f"/beheer/vaardigheden/{skill['id']}", {"name": "Heggenschaar (elektrisch)"})
    assert response.status_code == 303
    assert "Heggenschaar (elektrisch)" in (await staff.get(response.headers["location"])).text


async def test_job_type_page_error_is_dutch(staff):
    form = {"code": "Groen!", "name_nl": "Groen", "name_en": "Green"}
    response = await post_form(staff, "/beheer/soorten-werk", form)
    assert response.status_code == 400 and "Alleen kleine letters" in response.text
    assert await JobType.count() == 0


async def test_job_type_page_delete_in_use_explains(staff):
    job = await make_job()
    response = await post_form(staff, f"/beheer/soorten-werk/{job['job_type']}/verwijderen", {})
    assert response.status_code == 409 and "Er zijn nog opdrachten van deze soort" in response.text
