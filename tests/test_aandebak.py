"""AanDeBak through the real API: records, the dated pipeline, capacity, mediation and follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tests.builders import make_neighbourhood, make_worker
from tests.builders_aandebak import make_agreement, make_candidate, make_employer
from wijkwerk.aandebak import overview

TODAY = date(2026, 10, 1)


@pytest.fixture
def fixed_clock(monkeypatch):
    from wijkwerk import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 10, 1, 10, 0, tzinfo=timezone.utc))


def _keys(response) -> set[str]:
    return {error["key"] for error in response.json().get("extra", [])}


async def _step(client, candidate_id: int, state: str, on: str, **extra):
    return await client.post(f"/api/v1/candidates/{candidate_id}/steps", json={"state": state, "on_date": on, **extra})


async def test_sectors_are_seeded_data(manager_client):
    codes = {row["code"] for row in (await manager_client.get("/api/v1/sectors")).json()}
    assert {"zorg", "techniek", "haven", "kinderopvang", "politie", "bouw", "onderwijs"} <= codes


async def test_create_employer_agreement_and_candidate(manager_client):
    employer = await manager_client.post("/api/v1/employers", json={"name": "Zorggroep Noord", "sector": "zorg"})
    assert employer.status_code == 201 and employer.json()["sector"] == "zorg"
    agreement = await manager_client.post("/api/v1/guarantee-agreements", json={
        "employer_id": employer.json()["id"], "sector": "zorg", "course_name": "Verzorgende IG", "course_level": 3,
        "crebo": "25491", "places_per_year": 5, "guarantee_kind": "internship", "valid_from": "2026-01-01"})
    assert agreement.status_code == 201 and agreement.json()["guarantee_kind"] == "internship"
    candidate = await manager_client.post("/api/v1/candidates", json={
        "first_name": "Noor", "last_name": "Hoekstra", "birth_date": "2008-02-01", "sector": "zorg",
        "school": "Noorderpoort", "course_name": "Verzorgende IG", "course_level": 3, "starts_on": "2025-09-01",
        "expected_diploma_on": "2027-07-01", "agreement_id": agreement.json()["id"]})
    assert candidate.status_code == 201
    body = candidate.json()
    assert body["state"] == "enrolled" and [s["state"] for s in body["steps"]] == ["enrolled"]


@pytest.mark.parametrize("path, body, key", [
    ("/api/v1/employers", {"name": "X", "sector": "ruimtevaart"}, "sector"),
    ("/api/v1/candidates", {"first_name": "A", "last_name": "B", "birth_date": "2008-01-01", "sector": "nope",
                            "school": "S", "course_name": "C", "course_level": 2, "starts_on": "2025-09-01",
                            "expected_diploma_on": "2027-07-01"}, "sector"),
])
async def test_unknown_sector_is_a_field_level_400(manager_client, path, body, key):
    response = await manager_client.post(path, json=body)
    assert response.status_code == 400 and key in _keys(response)
    assert "ruimtevaart" in response.text or "nope" in response.text


@pytest.mark.parametrize("change, key", [
    ({"course_level": 5}, "course_level"),
    ({"crebo": "1234"}, "crebo"),
    ({"places_per_year": -1}, "places_per_year"),
    ({"valid_until": "2025-01-01"}, "valid_until"),
    ({"guarantee_kind": "cake"}, "guarantee_kind"),
    ({"employer_id": 999999}, "employer_id"),
])
async def test_bad_agreement_is_a_field_level_400(manager_client, change, key):
    employer = await make_employer()
    body = {"employer_id": employer["id"], "sector": "zorg", "course_name": "VIG", "course_level": 3,
            "places_per_year": 2, "valid_from": "2026-01-01", **change}
    response = await manager_client.post("/api/v1/guarantee-agreements", json=body)
    assert response.status_code == 400
    assert any(key in error["key"] or key in error["message"] for error in response.json()["extra"])


async def test_expected_diploma_before_enrolment_is_refused(manager_client):
    response = await manager_client.post("/api/v1/candidates", json={
        "first_name": "A", "last_name": "B", "birth_date": "2008-01-01", "sector": "zorg", "school": "S",
        "course_name": "C", "course_level": 2, "starts_on": "2025-09-01", "expected_diploma_on": "2025-06-01"})
    assert response.status_code == 400 and "expected_diploma_on" in _keys(response)


async def test_diploma_date_before_enrolment_is_a_400_and_changes_nothing(manager_client, fixed_clock):
    candidate = await make_candidate(starts_on=date(2024, 9, 1))
    response = await _step(manager_client, candidate["id"], "diploma", "2024-08-01")
    assert response.status_code == 400
    assert response.json()["extra"][0]["code"] == "diploma_before_start"
    after = (await manager_client.get(f"/api/v1/candidates/{candidate['id']}")).json()
    assert after["state"] == "enrolled" and after["diploma_on"] is None and len(after["steps"]) == 1


async def test_full_pipeline_keeps_each_dated_step_and_plans_follow_ups(manager_client, fixed_clock):
    candidate = await make_candidate()
    for state, day in [("diploma", "2026-07-01"), ("offer", "2026-07-10"), ("placed", "2026-08-31")]:
        assert (await _step(manager_client, candidate["id"], state, day, contract="jaarcontract")).status_code == 201
    body = (await manager_client.get(f"/api/v1/candidates/{candidate['id']}")).json()
    assert [(s["state"], s["on_date"]) for s in body["steps"]] == [
        ("enrolled", "2024-09-01"), ("diploma", "2026-07-01"), ("offer", "2026-07-10"), ("placed", "2026-08-31")]
    # 6 and 12 months after 31 August: the end of February (no 31st), across the year boundary.
    assert [(f["months"], f["due_on"]) for f in body["follow_ups"]] == [(6, "2027-02-28"), (12, "2027-08-31")]


@pytest.mark.parametrize("steps, bad, code", [
    ([], ("placed", "2026-07-01"), "not_allowed"),
    ([("diploma", "2026-07-01")], ("offer", "2026-06-01"), "before_previous_step"),
    ([], ("diploma", "2026-12-01"), "in_future"),
    ([], ("closed", "2026-07-01"), "required"),
])
async def test_refused_steps_say_why(manager_client, fixed_clock, steps, bad, code):
    candidate = await make_candidate()
    for state, day in steps:
        await _step(manager_client, candidate["id"], state, day)
    response = await _step(manager_client, candidate["id"], *bad)
    assert response.status_code in (400, 409) and code in {e["code"] for e in response.json()["extra"]}


async def test_placing_beyond_the_agreements_places_for_the_year_is_a_409(manager_client, fixed_clock):
    agreement = await make_agreement(places_per_year=1)
    first, second, next_year = [await make_candidate(agreement=agreement["id"]) for _ in range(3)]
    for candidate in (first, second, next_year):
        await _step(manager_client, candidate["id"], "diploma", "2026-07-01")
    assert (await _step(manager_client, first["id"], "placed", "2026-08-01")).status_code == 201
    refused = await _step(manager_client, second["id"], "placed", "2026-08-02")
    assert refused.status_code == 409 and refused.json()["extra"][0]["key"] == "agreement_id"
    assert "2026" in refused.json()["extra"][0]["message"]
    assert (await manager_client.get(f"/api/v1/candidates/{second['id']}")).json()["state"] == "diploma"
    places = (await manager_client.get("/api/v1/guarantee-agreements?year=2026")).json()
    assert [(p["used"], p["left"]) for p in places] == [(1, 0)]


async def test_agreement_places_can_change_but_not_below_this_years_placements(manager_client, fixed_clock):
    agreement = await make_agreement(places_per_year=3)
    placed = await make_candidate(agreement=agreement["id"])
    await _step(manager_client, placed["id"], "diploma", "2026-07-01")
    await _step(manager_client, placed["id"], "placed", "2026-08-01")
    url = f"/api/v1/guarantee-agreements/{agreement['id']}"
    changed = await manager_client.patch(url, json={"places_per_year": 1, "valid_until": "2027-12-31"})
    assert changed.status_code == 200
    assert changed.json()["places_per_year"] == 1 and changed.json()["valid_until"] == "2027-12-31"
    refused = await manager_client.patch(url, json={"places_per_year": 0})
    assert refused.status_code == 409 and refused.json()["extra"][0]["key"] == "places_per_year"
    assert (await manager_client.patch(url, json={"valid_until": "2020-01-01"})).status_code == 400
    assert (await manager_client.patch("/api/v1/guarantee-agreements/999999", json={})).status_code == 404


async def test_mediation_starts_after_the_configured_weeks(manager_client, fixed_clock):
    # Diploma on 1 July; with 12 weeks mediation starts 23 September, so on 1 October it is due.
    due = await make_candidate(last_name="Due")
    waiting = await make_candidate(last_name="Waiting")
    await _step(manager_client, due["id"], "diploma", "2026-07-01")
    await _step(manager_client, waiting["id"], "diploma", "2026-09-01")
    body = (await manager_client.get("/api/v1/aandebak/overview")).json()
    assert [(row["last_name"], row["status"]) for row in body["mediation"]] == [("Due", "overdue")]

    action = {"on_date": "2026-09-30", "action": "Gesprek met werkgever", "owner": "Ingrid",
              "next_step": "Sollicitatie", "next_step_on": "2026-10-14"}
    assert (await manager_client.post(f"/api/v1/candidates/{due['id']}/mediation-actions", json=action)).status_code == 201
    body = (await manager_client.get("/api/v1/aandebak/overview")).json()
    assert [(row["last_name"], row["status"]) for row in body["mediation"]] == [("Due", "active")]
    assert body["overdue"] == []


async def test_mediation_weeks_are_configurable_per_sector(manager_client, fixed_clock):
    changed = await manager_client.patch("/api/v1/sectors/zorg", json={"mediation_after_weeks": 20})
    try:
        assert changed.status_code == 200 and changed.json()["mediation_after_weeks"] == 20
        candidate = await make_candidate()
        await _step(manager_client, candidate["id"], "diploma", "2026-07-01")
        assert (await manager_client.get("/api/v1/aandebak/overview")).json()["mediation"] == []
    finally:
        await manager_client.patch("/api/v1/sectors/zorg", json={"mediation_after_weeks": 12})


@pytest.mark.parametrize("path, body, status", [
    ("/api/v1/sectors/zorg", {"mediation_after_weeks": 0}, 400),
    ("/api/v1/sectors/ruimtevaart", {"mediation_after_weeks": 10}, 404),
])
async def test_bad_sector_changes_are_4xx(manager_client, path, body, status):
    assert (await manager_client.patch(path, json=body)).status_code == status


async def test_only_admins_add_sectors(client):
    from tests.helpers import login
    from wijkwerk.tables import Sector

    await login(client, "boss", role="admin")
    try:
        created = await client.post("/api/v1/sectors", json={"code": "ict", "name_nl": "ICT", "name_en": "IT"})
        assert created.status_code == 201 and created.json()["mediation_after_weeks"] == 12
        again = await client.post("/api/v1/sectors", json={"code": "ict", "name_nl": "ICT", "name_en": "IT"})
        assert again.status_code == 409
        await login(client, "coordinator", role="manager")
        assert (await client.post("/api/v1/sectors", json={"code": "x", "name_nl": "X", "name_en": "X"})).status_code == 403
    finally:
        await Sector.delete().where(Sector.code == "ict")


async def test_mediation_ends_with_placement_and_refuses_actions_after(manager_client, fixed_clock):
    candidate = await make_candidate()
    await _step(manager_client, candidate["id"], "diploma", "2026-06-01")
    await _step(manager_client, candidate["id"], "placed", "2026-09-15")
    assert (await manager_client.get("/api/v1/aandebak/overview")).json()["mediation"] == []
    response = await manager_client.post(f"/api/v1/candidates/{candidate['id']}/mediation-actions", json={
        "on_date": "2026-09-20", "action": "Bellen", "owner": "Ingrid"})
    assert response.status_code == 409


async def test_follow_up_answers_feed_the_aggregate_counts(manager_client, fixed_clock, monkeypatch):
    candidate = await make_candidate()
    await _step(manager_client, candidate["id"], "diploma", "2025-07-01")
    await _step(manager_client, candidate["id"], "placed", "2025-09-01")
    follow_up = (await manager_client.get(f"/api/v1/candidates/{candidate['id']}")).json()["follow_ups"][0]
    answer = await manager_client.post(f"/api/v1/candidates/{candidate['id']}/follow-ups/{follow_up['id']}",
                                       json={"answered_on": "2026-03-02", "still_employed": True})
    assert answer.status_code == 201
    counts = await overview.aandebak_counts(date(2025, 1, 1), date(2026, 12, 31))
    assert counts["diplomas"] == 1 and counts["placements"] == 1 and counts["in_mediation"] == 0
    assert counts["follow_ups"][6] == {"due": 1, "answered": 1, "still_employed": 1}
    assert counts["guarantees"] == 1


async def test_overview_groups_the_pipeline_by_sector_and_employer(manager_client, fixed_clock):
    employer = await make_employer(name="Havenbedrijf")
    agreement = await make_agreement(employer=employer["id"])
    await make_candidate(agreement=agreement["id"])
    await make_candidate(agreement=None, worker=(await make_worker())["id"],
                         neighbourhood=(await make_neighbourhood())["id"])
    body = (await manager_client.get("/api/v1/aandebak/overview")).json()
    assert [(g["name"], g["enrolled"]) for g in body["by_sector"]] == [("zorg", 2)]
    assert ("Havenbedrijf", 1) in [(g["name"], g["total"]) for g in body["by_employer"]]


@pytest.mark.parametrize("role", ["resident", "funder"])
@pytest.mark.parametrize("path", ["/api/v1/candidates", "/api/v1/aandebak/overview", "/api/v1/employers",
                                  "/beheer/aandebak", "/beheer/aandebak/kandidaten"])
async def test_residents_and_funders_get_no_aandebak_data(client, role, path):
    from tests.helpers import login

    await make_candidate(first_name="Geheim")
    await login(client, f"user-{role}", role=role)
    response = await client.get(path)
    assert response.status_code in (403, 404) and "Geheim" not in response.text
