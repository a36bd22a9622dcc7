"""Jobs through the real API: nested slots and skill requirements, filters, bad input, one transaction."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.builders import (
    make_client, make_job, make_job_type, make_neighbourhood, make_recurrence, make_shift, make_skill,
)
from wijkwerk.tables import Job, JobRecurrence, Shift


async def job_body(**overrides) -> dict:
    """A valid create body; references are made unless the test gives its own."""
    body = {
        "title": "Groenonderhoud Selwerd", "work_mode": "volunteer", "price_kind": "per_shift",
        "price_cents": 18000, "active_from": "2026-01-05", "additionality": "Bovenop het bestek van de gemeente.",
        "meeting_point": "Buurthuis Selwerd", "recurrences": [
            {"weekday": 0, "start_time": "08:30:00", "end_time": "12:30:00", "headcount_min": 2,
             "headcount_target": 3, "headcount_max": 4},
        ],
        **overrides,
    }
    for key, builder in (("client", make_client), ("job_type", make_job_type), ("neighbourhood", make_neighbourhood)):
        body.setdefault(key, (await builder())["id"])
    return body


async def test_create_returns_job_with_slots_and_requirements(staff):
    skill = await make_skill(name="Bosmaaier")
    body = await job_body(skill_requirements=[{"skill": skill["id"], "minimum": 1}])
    response = await staff.post("/api/v1/jobs", json=body)
    assert response.status_code == 201, response.text
    job = response.json()
    assert job["recurrences"][0]["start_time"] == "08:30:00" and job["recurrences"][0]["headcount_target"] == 3
    assert job["skill_requirements"] == [{"skill": skill["id"], "skill_name": "Bosmaaier", "minimum": 1}]
    assert (await staff.get(f"/api/v1/jobs/{job['id']}")).json() == job


async def test_patch_keeps_slot_given_by_id_and_drops_the_rest(staff):
    job = await make_job()
    kept = await make_recurrence(job=job["id"], weekday=1)
    await make_recurrence(job=job["id"], weekday=3)
    slot = {"id": kept["id"], "weekday": 2, "start_time": "09:00:00", "end_time": "11:00:00"}
    response = await staff.patch(f"/api/v1/jobs/{job['id']}", json={"recurrences": [slot]})
    assert response.status_code == 200, response.text
    assert [(row["id"], row["weekday"]) for row in response.json()["recurrences"]] == [(kept["id"], 2)]


async def test_patch_of_one_field_leaves_children_alone(staff):
    job = await make_job()
    await make_recurrence(job=job["id"])
    response = await staff.patch(f"/api/v1/jobs/{job['id']}", json={"price_cents": 0})
    assert response.json()["price_cents"] == 0 and len(response.json()["recurrences"]) == 1


async def test_patch_replaces_skill_minimums(staff):
    old, new = await make_skill(name="EHBO"), await make_skill(name="Rijbewijs B")
    job = (await staff.post("/api/v1/jobs", json=await job_body(
        skill_requirements=[{"skill": old["id"], "minimum": 1}]))).json()
    replacement = {"skill_requirements": [{"skill": new["id"], "minimum": 2}]}
    response = await staff.patch(f"/api/v1/jobs/{job['id']}", json=replacement)
    shown = [(item["skill_name"], item["minimum"]) for item in response.json()["skill_requirements"]]
    assert shown == [("Rijbewijs B", 2)]


async def test_delete_removes_job_and_its_slots(staff):
    slot = await make_recurrence()
    assert (await staff.delete(f"/api/v1/jobs/{slot['job']}")).status_code == 204
    assert await JobRecurrence.count() == 0 and await Job.count() == 0


async def test_delete_of_job_with_shifts_is_409_and_keeps_it(staff):
    shift = await make_shift()
    response = await staff.delete(f"/api/v1/jobs/{shift['job']}")
    assert response.status_code == 409 and response.json()["extra"][0]["key"] == "id"
    assert await Job.count() == 1 and await Shift.count() == 1


@pytest.mark.parametrize("query, expected", [
    ("client={a_client}", ["A"]),
    ("neighbourhood={b_wijk}", ["B"]),
    ("job_type={a_type}", ["A"]),
    ("active_on=2026-06-01", ["A"]),
    ("active_on=2025-06-01", []),
    ("", ["A", "B"]),
])
async def test_list_filters(staff, query, expected):
    a = await make_job(title="A", active_from=datetime(2026, 1, 1).date())
    b = await make_job(title="B", active_from=datetime(2026, 1, 1).date(), active_until=datetime(2026, 3, 1).date())
    url = "/api/v1/jobs?" + query.format(a_client=a["client"], b_wijk=b["neighbourhood"], a_type=a["job_type"])
    response = await staff.get(url)
    assert response.status_code == 200, response.text
    assert [row["title"] for row in response.json()["items"]] == expected


def slot(**overrides) -> dict:
    return {"weekday": 0, "start_time": "09:00:00", "end_time": "12:00:00", **overrides}


@pytest.mark.parametrize("overrides, key, status", [
    ({"title": ""}, "title", 400),
    ({"title": 5}, "title", 400),
    ({"colour": "green"}, "colour", 400),
    ({"price_cents": -1}, "price_cents", 400),
    ({"price_cents": "12,50"}, "price_cents", 400),
    ({"additionality": ""}, "additionality", 400),
    ({"additionality": "   "}, "additionality", 400),
    ({"work_mode": "slave"}, "work_mode", 400),
    ({"price_kind": "per_month"}, "price_kind", 400),
    ({"active_from": "1999-12-31"}, "active_from", 400),
    ({"active_from": "2026-13-01"}, "active_from", 400),
    ({"active_until": "2101-01-01"}, "active_until", 400),
    ({"active_from": "2026-02-01", "active_until": "2026-01-31"}, "active_until", 400),
    ({"client": 999999}, "client", 400),
    ({"client": 2**40}, "client", 400),
    ({"job_type": 999999}, "job_type", 400),
    ({"neighbourhood": 999999}, "neighbourhood", 400),
    ({"recurrences": [slot(weekday=7)]}, "recurrences[0].weekday", 400),
    ({"recurrences": [slot(weekday=-1)]}, "recurrences[0].weekday", 400),
    ({"recurrences": [slot(end_time="09:00:00")]}, "recurrences[0].end_time", 400),
    ({"recurrences": [slot(end_time="08:00:00")]}, "recurrences[0].end_time", 400),
    ({"recurrences": [slot(start_time="9 uur")]}, "recurrences[0].start_time", 400),
    ({"recurrences": [slot(start_time="09:00:00+01:00")]}, "recurrences[0].start_time", 400),
    ({"recurrences": [slot(headcount_min=-1)]}, "recurrences[0].headcount_min", 400),
    ({"recurrences": [slot(headcount_min=3, headcount_target=2, headcount_max=4)]},
     "recurrences[0].headcount_target", 400),
    ({"recurrences": [slot(headcount_min=1, headcount_target=3, headcount_max=2)]},
     "recurrences[0].headcount_max", 400),
    ({"recurrences": [slot(headcount_min=0, headcount_target=0, headcount_max=0)]},
     "recurrences[0].headcount_max", 400),
    ({"recurrences": [slot(id=999999)]}, "recurrences[0].id", 400),
    ({"recurrences": [slot(), slot(extra=1)]}, "recurrences[1]", 400),
    ({"skill_requirements": [{"skill": 999999, "minimum": 1}]}, "skill_requirements[0].skill", 400),
    ({"skill_requirements": [{"skill": 1, "minimum": 0}]}, "skill_requirements[0].minimum", 400),
])
async def test_bad_input_is_field_level_and_writes_nothing(staff, overrides, key, status):
    response = await staff.post("/api/v1/jobs", json=await job_body(**overrides))
    assert response.status_code == status, response.text
    assert key in [error.get("key") for error in response.json()["extra"]] or any(
        key in error.get("message", "") for error in response.json()["extra"])
    assert await Job.count() == 0 and await JobRecurrence.count() == 0


async def test_job_with_one_bad_slot_among_good_ones_creates_nothing(staff):
    body = await job_body(recurrences=[slot(), slot(weekday=2), slot(weekday=4, end_time="08:00:00")])
    response = await staff.post("/api/v1/jobs", json=body)
    assert [error["key"] for error in response.json()["extra"]] == ["recurrences[2].end_time"]
    assert await Job.count() == 0 and await JobRecurrence.count() == 0


async def test_duplicate_skill_requirement_is_rejected(staff):
    skill = await make_skill()
    requirement = {"skill": skill["id"], "minimum": 1}
    response = await staff.post("/api/v1/jobs", json=await job_body(skill_requirements=[requirement] * 2))
    assert response.status_code == 400
    assert response.json()["extra"][0]["key"] == "skill_requirements[1].skill"


async def test_patch_checked_against_stored_values(staff):
    job = await make_job(active_from=datetime(2026, 6, 1, tzinfo=timezone.utc).date())
    response = await staff.patch(f"/api/v1/jobs/{job['id']}", json={"active_until": "2026-05-01"})
    assert response.status_code == 400 and response.json()["extra"][0]["key"] == "active_until"
    assert (await Job.select(Job.active_until).first())["active_until"] is None


async def test_failed_patch_keeps_old_slots(staff):
    old = await make_recurrence()
    response = await staff.patch(f"/api/v1/jobs/{old['job']}", json={"recurrences": [slot(weekday=9)]})
    assert response.status_code == 400
    assert [row["id"] for row in await JobRecurrence.select(JobRecurrence.id)] == [old["id"]]


async def test_slot_of_another_job_cannot_be_taken_over(staff):
    other = await make_recurrence()
    job = await make_job()
    response = await staff.patch(f"/api/v1/jobs/{job['id']}", json={"recurrences": [slot(id=other["id"])]})
    assert response.status_code == 400 and response.json()["extra"][0]["key"] == "recurrences[0].id"


@pytest.mark.parametrize("method, url, status", [
    ("get", "/api/v1/jobs/999999", 404),
    ("delete", "/api/v1/jobs/999999", 404),
    ("get", f"/api/v1/jobs/{2**40}", 400),
    ("get", f"/api/v1/jobs?client={2**40}", 400),
])
async def test_missing_or_impossible_job_id(staff, method, url, status):
    assert (await getattr(staff, method)(url)).status_code == status


async def test_patch_missing_job_is_404(staff):
    assert (await staff.patch("/api/v1/jobs/999999", json={"title": "X"})).status_code == 404
