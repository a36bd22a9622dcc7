"""AanDeBak, vacancy and matching pages: render, save through forms, Dutch messages next to fields."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tests.builders import make_neighbourhood, make_worker
from tests.builders_aandebak import make_agreement, make_candidate, make_employer, make_profile, make_vacancy
from tests.helpers import post_form


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    from wijkwerk import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 10, 1, 10, 0, tzinfo=timezone.utc))


async def test_overview_shows_overdue_mediation_and_places(manager_client):
    candidate = await make_candidate(first_name="Lotte", state="diploma", diploma_on=date(2026, 5, 1))
    page = await manager_client.get("/beheer/aandebak")
    assert page.status_code == 200
    assert "Bemiddeling achterstallig" in page.text and f"/beheer/aandebak/kandidaten/{candidate['id']}" in page.text
    assert "Plaatsen per afspraak" in page.text and "Verzorgende IG" in page.text


async def test_employer_form_with_an_unknown_sector_shows_the_message(manager_client):
    response = await post_form(manager_client, "/beheer/aandebak/werkgevers", {"name": "X", "sector": "ruimtevaart"})
    assert response.status_code == 400 and "Onbekende sector: ruimtevaart." in response.text
    created = await post_form(manager_client, "/beheer/aandebak/werkgevers", {"name": "Zorggroep", "sector": "zorg"})
    assert created.status_code == 303
    assert "Zorggroep" in (await manager_client.get("/beheer/aandebak/werkgevers")).text


async def test_agreement_form_reads_dutch_input_and_rejects_a_bad_crebo(manager_client):
    employer = await make_employer()
    values = {"employer_id": str(employer["id"]), "sector": "zorg", "course_name": "VIG", "course_level": "3",
              "places_per_year": "4", "valid_from": "2026-01-01", "guarantee_kind": "job"}
    bad = await post_form(manager_client, "/beheer/aandebak/afspraken", {**values, "crebo": "12"})
    assert bad.status_code == 400 and "Een crebocode bestaat uit 5 cijfers." in bad.text
    assert (await post_form(manager_client, "/beheer/aandebak/afspraken", values)).status_code == 303


async def test_candidate_form_and_pipeline_steps_through_the_pages(manager_client):
    values = {"first_name": "Noor", "last_name": "Hoekstra", "birth_date": "2008-02-01", "sector": "zorg",
              "school": "Noorderpoort", "course_name": "VIG", "course_level": "3", "starts_on": "2025-09-01",
              "expected_diploma_on": "2025-01-01"}
    bad = await post_form(manager_client, "/beheer/aandebak/kandidaten", values)
    assert bad.status_code == 400 and "De diplomadatum ligt voor de start van de opleiding." in bad.text
    created = await post_form(manager_client, "/beheer/aandebak/kandidaten", {**values, "expected_diploma_on": "2027-07-01"})
    assert created.status_code == 303
    url = created.headers["location"].split("?")[0]
    early = await post_form(manager_client, f"{url}/stap", {"state": "diploma", "on_date": "2025-08-01"})
    assert early.status_code == 400 and "De diplomadatum ligt voor de start van de opleiding." in early.text
    assert (await post_form(manager_client, f"{url}/stap", {"state": "diploma", "on_date": "2026-07-01"})).status_code == 303
    action = await post_form(manager_client, f"{url}/bemiddeling", {"on_date": "2026-09-01", "action": "Bellen",
                                                                    "owner": "Ingrid", "next_step": "Gesprek"})
    assert action.status_code == 303
    page = (await manager_client.get(url)).text
    assert "Diploma behaald" in page and "Bellen" in page and "Passende plaatsen" in page


async def test_placing_beyond_capacity_on_the_page_says_so(manager_client):
    agreement = await make_agreement(places_per_year=0)
    candidate = await make_candidate(agreement=agreement["id"], state="diploma", diploma_on=date(2026, 7, 1))
    response = await post_form(manager_client, f"/beheer/aandebak/kandidaten/{candidate['id']}/stap",
                               {"state": "placed", "on_date": "2026-09-01"})
    assert response.status_code == 409 and "Alle 0 plaatsen van deze afspraak voor 2026 zijn al gebruikt." in response.text


async def test_vacancy_form_profile_and_matching_with_confirmation(manager_client):
    employer = await make_employer()
    wijk = await make_neighbourhood()
    bad = await post_form(manager_client, "/beheer/vacatures", {"employer_id": str(employer["id"]), "title": "Hulp",
                                                               "sector": "groen", "hours_per_week": "zestien"})
    assert bad.status_code == 400 and "Vul een heel getal in." in bad.text
    created = await post_form(manager_client, "/beheer/vacatures", {
        "employer_id": str(employer["id"]), "title": "Hulp groen", "sector": "groen", "hours_per_week": "24",
        "neighbourhood_id": str(wijk["id"])})
    assert created.status_code == 303
    worker = await make_worker(neighbourhood=wijk["id"])
    saved = await post_form(manager_client, f"/beheer/vacatures/werkzoekenden/{worker['id']}", {
        "ready_for_work": "on", "wanted_hours_per_week": "24", "sector_groen": "on"})
    assert saved.status_code == 303
    profile = (await manager_client.get(f"/beheer/vacatures/werkzoekenden/{worker['id']}")).text
    assert "Hulp groen" in profile and "Voorkeurssector" in profile

    run = await post_form(manager_client, "/beheer/vacatures/matching", {})
    assert run.status_code == 303
    page = (await manager_client.get(run.headers["location"])).text
    assert "Hulp groen" in page and "Bevestigen" in page
    run_id = run.headers["location"].split("run=")[1]
    from wijkwerk.tables import MatchProposal

    proposal = await MatchProposal.select(MatchProposal.id).first()
    confirmed = await post_form(manager_client, f"/beheer/vacatures/matching/voorstellen/{proposal['id']}/bevestigen",
                                {"run": run_id})
    assert confirmed.status_code == 303
    again = await post_form(manager_client, f"/beheer/vacatures/matching/voorstellen/{proposal['id']}/bevestigen",
                            {"run": run_id})
    assert again.status_code == 409 and "Dit voorstel is al bevestigd." in again.text


async def test_vacancy_detail_ranks_people_and_can_close(manager_client):
    vacancy = await make_vacancy(title="Schoonmaker")
    await make_profile((await make_worker(first_name="Fatma"))["id"])
    page = await manager_client.get(f"/beheer/vacatures/{vacancy['id']}")
    assert page.status_code == 200 and "Fatma" in page.text
    closed = await post_form(manager_client, f"/beheer/vacatures/{vacancy['id']}/status", {"status": "closed"})
    assert closed.status_code == 303
    assert "Gesloten" in (await manager_client.get("/beheer/vacatures")).text


async def test_pages_in_english(manager_client):
    await make_candidate()
    await post_form(manager_client, "/taal", {"language": "en", "next": "/beheer"})
    page = await manager_client.get("/beheer/aandebak")
    assert page.status_code == 200 and "Pipeline by sector" in page.text and "Care" in page.text


@pytest.mark.parametrize("path", ["/beheer/aandebak/kandidaten/999999", "/beheer/vacatures/999999",
                                  "/beheer/vacatures/werkzoekenden/999999"])
async def test_unknown_records_are_404_pages(manager_client, path):
    assert (await manager_client.get(path)).status_code == 404
