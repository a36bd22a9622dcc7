"""Matching through the service: who takes part, expired certificates, explanations, confirming offers."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tests.builders import make_neighbourhood, make_skill, make_worker, make_worker_skill
from tests.builders_aandebak import make_agreement, make_candidate, make_profile, make_vacancy


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    from wijkwerk import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 10, 1, 10, 0, tzinfo=timezone.utc))


async def _run(client) -> dict:
    response = await client.post("/api/v1/matching/runs")
    assert response.status_code == 201, response.text
    return response.json()


async def test_ready_worker_gets_the_vacancy_and_confirming_makes_an_offer(manager_client):
    wijk = await make_neighbourhood()
    worker = await make_worker(neighbourhood=wijk["id"])
    await make_profile(worker["id"], sectors=("zorg",), wanted_hours_per_week=24)
    await make_profile((await make_worker())["id"], ready_for_work=False)
    vacancy = await make_vacancy(neighbourhood=wijk["id"])
    run = await _run(manager_client)
    assert run["people"] == 1 and run["matched"] == 1
    proposal = run["proposals"][0]
    assert proposal["worker_id"] == worker["id"] and proposal["vacancy_id"] == vacancy["id"]
    assert {"sector_preferred", "travel_same"} <= {r["code"] for r in proposal["reasons"]}

    confirmed = await manager_client.post(f"/api/v1/matching/proposals/{proposal['id']}/confirm")
    assert confirmed.status_code == 201 and confirmed.json()["offer_id"]
    again = await manager_client.post(f"/api/v1/matching/proposals/{proposal['id']}/confirm")
    assert again.status_code == 409
    # The place is taken and the worker has an open offer: the next run has nobody and no room.
    assert (await _run(manager_client))["matched"] == 0


async def test_an_expired_certificate_does_not_count_and_is_explained(manager_client):
    skill = await make_skill(name="VCA Basis", certificate_required=True)
    worker = await make_worker()
    await make_worker_skill(worker=worker["id"], skill=skill["id"], certificate_obtained_on=date(2020, 1, 1),
                            certificate_expires_on=date(2026, 9, 30))
    await make_profile(worker["id"])
    await make_vacancy(requirements=((skill["id"], "competent", True),))
    run = await _run(manager_client)
    assert run["matched"] == 0
    assert run["explanations"][0]["reasons"][0]["code"] == "missing_certificate"
    assert run["explanations"][0]["reasons"][0]["label"]


async def test_candidate_with_a_diploma_gets_a_guarantee_place_and_moves_to_offer(manager_client):
    agreement = await make_agreement(places_per_year=1)
    candidate = await make_candidate(agreement=agreement["id"], state="diploma", diploma_on=date(2026, 7, 1))
    await make_candidate(agreement=agreement["id"])  # still enrolled: not matched
    run = await _run(manager_client)
    assert run["matched"] == 1
    proposal = run["proposals"][0]
    assert proposal["candidate_id"] == candidate["id"] and proposal["agreement_id"] == agreement["id"]
    assert "holds_guarantee" in {r["code"] for r in proposal["reasons"]}
    assert (await manager_client.post(f"/api/v1/matching/proposals/{proposal['id']}/confirm")).status_code == 201
    body = (await manager_client.get(f"/api/v1/candidates/{candidate['id']}")).json()
    assert body["state"] == "offer" and body["offer_on"] == "2026-10-01"


async def test_capacity_full_is_explained_to_the_one_left_out(manager_client):
    wijk = await make_neighbourhood()
    for _ in range(2):
        await make_profile((await make_worker(neighbourhood=wijk["id"]))["id"])
    await make_vacancy(neighbourhood=wijk["id"], places=1)
    run = await _run(manager_client)
    assert run["matched"] == 1 and run["explanations"][0]["reasons"][0]["code"] == "capacity_full"


async def test_ranked_lists_per_person_and_per_vacancy_show_reasons(manager_client):
    skill = await make_skill(name="EHBO", certificate_required=True)
    worker = await make_worker()
    await make_profile(worker["id"])
    good = await make_vacancy(title="Goed")
    blocked = await make_vacancy(title="Geblokkeerd", requirements=((skill["id"], "competent", True),))
    ranking = (await manager_client.get(f"/api/v1/matching/people/worker/{worker['id']}")).json()
    assert [row["id"] for row in ranking] == [f"v{good['id']}", f"v{blocked['id']}"]
    assert ranking[0]["feasible"] and not ranking[1]["feasible"]
    assert "missing_certificate" in {r["code"] for r in ranking[1]["reasons"]}
    per_vacancy = (await manager_client.get(f"/api/v1/matching/vacancies/{good['id']}")).json()
    assert per_vacancy[0]["id"] == f"w{worker['id']}" and per_vacancy[0]["reasons"]


async def test_unknown_people_and_vacancies_are_404(manager_client):
    assert (await manager_client.get("/api/v1/matching/people/worker/999999")).status_code == 404
    assert (await manager_client.get("/api/v1/matching/people/alien/1")).status_code == 400
    assert (await manager_client.get("/api/v1/matching/vacancies/999999")).status_code == 404
    assert (await manager_client.post("/api/v1/matching/proposals/999999/confirm")).status_code == 404


@pytest.mark.parametrize("role", ["resident", "funder"])
async def test_residents_and_funders_cannot_match(client, role):
    from tests.helpers import login

    await login(client, f"user-{role}", role=role)
    assert (await client.post("/api/v1/matching/runs")).status_code == 403
    assert (await client.get("/beheer/vacatures/matching")).status_code == 403


def test_every_reason_code_has_a_manager_label():
    from optimiser.match_explain import EXPLAIN_CODES
    from optimiser.match_scoring import HARD_CODES, SCORE_CODES
    from wijkwerk.matching.labels import reason_labels

    assert SCORE_CODES | HARD_CODES | EXPLAIN_CODES <= set(reason_labels())


async def test_two_confirmations_for_the_last_place_give_one_offer(manager_client):
    import asyncio

    from wijkwerk.matching.confirm import confirm_proposal
    from wijkwerk.tables import JobOffer, MatchProposal

    wijk = await make_neighbourhood()
    for _ in range(2):
        await make_profile((await make_worker(neighbourhood=wijk["id"]))["id"])
    vacancy = await make_vacancy(neighbourhood=wijk["id"], places=1)
    run = await _run(manager_client)
    # A second place appears and a second run proposes the other person for the same vacancy.
    from wijkwerk.tables import Vacancy

    await Vacancy.update({Vacancy.places: 2}).where(Vacancy.id == vacancy["id"])
    second = await _run(manager_client)
    await Vacancy.update({Vacancy.places: 1}).where(Vacancy.id == vacancy["id"])
    ids = [run["proposals"][0]["id"]] + [p["id"] for p in second["proposals"]
                                         if p["worker_id"] != run["proposals"][0]["worker_id"]]
    results = await asyncio.gather(*[confirm_proposal(i) for i in ids], return_exceptions=True)
    assert sum(1 for r in results if isinstance(r, int)) == 1
    assert await JobOffer.count() == 1
    assert await MatchProposal.count().where(MatchProposal.confirmed == True) == 1  # noqa: E712
