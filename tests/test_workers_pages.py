"""Manager pages for workers: list, detail, create and edit forms with Dutch messages by the field."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

import pytest

from tests.builders import make_job_type, make_neighbourhood, make_skill, make_worker
from tests.helpers import login, post_form
from wijkwerk.tables import (
    AvailabilityException, AvailabilityWindow, JobTypePreference, Worker, WorkerSkill,
)
from wijkwerk.workers.checks import today

FORM = {"first_name": "Rasha", "last_name": "Haddad", "birth_date": "1979-04-12", "starts_on": "2026-02-02",
        "languages": "ar,nl", "benefit_type": "bijstand", "rate_cents_per_hour": "5,60",
        "target_minutes_per_week": "12", "max_minutes_per_week": "16", "max_minutes_per_day": "7,5",
        "work_limitations": "Niet zwaar tillen.", "status": "active"}


async def test_list_is_paginated_for_hundreds_of_workers(manager_client):
    await Worker.insert(*[Worker(first_name="Deelnemer", last_name=f"Achternaam {n:03d}", birth_date=date(1990, 1, 1),
                                 starts_on=date(2026, 1, 1)) for n in range(120)])
    response = await manager_client.get("/beheer/deelnemers?page=2")
    assert response.status_code == 200
    assert "Achternaam 050" in response.text and "Achternaam 049" not in response.text
    assert "Pagina 2 van 3" in response.text and "120 deelnemers gevonden" in response.text


@pytest.mark.parametrize("query, shown, hidden", [
    ("zoek=vries", "de Vries", "Mulder"),
    ("status=paused", "Mulder", "de Vries"),
    ("vaardigheid={skill}", "Mulder", "de Vries"),
    ("wijk={wijk}", "de Vries", "Mulder"),
    ("zoek=&status=&vaardigheid=&wijk=", "Mulder", "Niemand"),
])
async def test_list_filters(manager_client, query, shown, hidden):
    wijk, skill = await make_neighbourhood(), await make_skill()
    await make_worker(first_name="Anna", last_name="de Vries", neighbourhood=wijk["id"])
    mulder = await make_worker(first_name="Henk", last_name="Mulder", status="paused")
    await WorkerSkill.insert(WorkerSkill(worker=mulder["id"], skill=skill["id"]))
    response = await manager_client.get("/beheer/deelnemers?" + query.format(skill=skill["id"], wijk=wijk["id"]))
    assert response.status_code == 200 and shown in response.text and hidden not in response.text


async def test_detail_shows_everything_a_manager_needs(manager_client):
    wijk = await make_neighbourhood(name="Selwerd")
    worker = await make_worker(neighbourhood=wijk["id"], benefit_type="ww", rate_cents_per_hour=560,
                               work_limitations="Geen werk op hoogte.")
    for name, expires in (("Bosmaaier", today() - timedelta(days=3)), ("Heftruck", today() + timedelta(days=10))):
        skill = await make_skill(name=name)
        await WorkerSkill.insert(WorkerSkill(worker=worker["id"], skill=skill["id"], certificate_expires_on=expires))
    await AvailabilityWindow.insert(AvailabilityWindow(worker=worker["id"], weekday=0, start_time=time(8),
                                                       end_time=time(13)))
    await AvailabilityException.insert(AvailabilityException(worker=worker["id"], on_date=date(2026, 12, 24),
                                                             reason="Kerst"))
    job_type = await make_job_type(name_nl="Zwerfafval")
    await JobTypePreference.insert(JobTypePreference(worker=worker["id"], job_type=job_type["id"],
                                                     preference="dislike"))
    page = (await manager_client.get(f"/beheer/deelnemers/{worker['id']}")).text
    for text in ("Selwerd", "WW (UWV)", "€\xa05,60", "Geen werk op hoogte.", "Verlopen", "Verloopt binnenkort",
                 "maandag", "08:00", "Kerst", "de hele dag", "Zwerfafval", "Liever niet"):
        assert text in page, text


async def test_create_form_saves_worker_with_week_and_skill(manager_client):
    skill = await make_skill()
    response = await post_form(manager_client, "/beheer/deelnemers", {
        **FORM, "day2_start": "09:00", "day2_end": "13:30", "skill0_id": str(skill["id"]), "skill0_level": "competent",
    })
    assert response.status_code == 303
    worker = await Worker.select().first()
    assert (worker["rate_cents_per_hour"], worker["target_minutes_per_week"], worker["max_minutes_per_day"]) == (
        560, 720, 450)
    window = await AvailabilityWindow.select().first()
    assert (window["weekday"], window["start_time"], window["end_time"]) == (2, time(9), time(13, 30))
    assert (await WorkerSkill.select(WorkerSkill.level).first())["level"] == "competent"


@pytest.mark.parametrize("change, field, message", [
    ({"first_name": " "}, "first_name", "Vul dit veld in."),
    ({"birth_date": "12-04-1979"}, "birth_date", "Vul een datum in als jjjj-mm-dd."),
    ({"birth_date": "1880-01-01"}, "birth_date", "buiten het bereik"),
    ({"rate_cents_per_hour": "-1"}, "rate_cents_per_hour", "Mag niet negatief zijn."),
    ({"rate_cents_per_hour": "vijf"}, "rate_cents_per_hour", "Vul een bedrag of getal in"),
    ({"target_minutes_per_week": "20"}, "target_minutes_per_week", "niet hoger zijn dan het maximum"),
    ({"max_minutes_per_day": "25"}, "max_minutes_per_day", "Een dag heeft maar 24 uur."),
    ({"languages": "Arabisch"}, "languages", "Vul taalcodes in"),
    ({"day1_start": "14:00", "day1_end": "10:00"}, "day1_end", "Het einde moet na het begin liggen."),
    ({"day1_start": "14:00"}, "day1_end", "Vul dit veld in."),
    ({"day1_start": "25:00", "day1_end": "26:00"}, "day1_start", "Vul een tijd in als uu:mm."),
    ({"skill0_id": "{skill}", "skill0_obtained": "2026-05-01", "skill0_expires": "2026-04-01"}, "skill0_expires",
     "De vervaldatum moet na de datum van behalen liggen."),
])
async def test_create_form_errors_show_next_to_the_field_and_save_nothing(manager_client, change, field, message):
    skill = await make_skill()
    data = {**FORM, **{key: value.format(skill=skill["id"]) for key, value in change.items()}}
    response = await post_form(manager_client, "/beheer/deelnemers", data)
    assert response.status_code == 400
    assert f'id="e-{field}"' in response.text and message in response.text
    assert 'value="Haddad"' in response.text  # what was typed stays
    assert await Worker.count() == 0 and await AvailabilityWindow.count() == 0


async def test_edit_form_changes_the_worker(manager_client):
    worker = await make_worker()
    form = (await manager_client.get(f"/beheer/deelnemers/{worker['id']}/wijzigen")).text
    assert 'value="5,00"' in form and 'value="12"' in form  # stored cents and minutes shown as typed
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/wijzigen",
                               {**FORM, "status": "paused"})
    assert response.status_code == 303
    assert (await Worker.select(Worker.status).first())["status"] == "paused"


async def test_saving_the_edit_form_unchanged_keeps_odd_minutes(manager_client):
    worker = await make_worker(target_minutes_per_week=20, max_minutes_per_week=100, max_minutes_per_day=50)
    form = (await manager_client.get(f"/beheer/deelnemers/{worker['id']}/wijzigen")).text
    data = dict(re.findall(r'name="(\w+)" type="(?:text|date|email|tel)" value="([^"]*)"', form))
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/wijzigen", data)
    assert response.status_code == 303
    assert await Worker.select().where(Worker.id == worker["id"]).first() == worker


async def test_edit_form_error_keeps_the_data_unchanged(manager_client):
    worker = await make_worker()
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/wijzigen",
                               {**FORM, "max_minutes_per_week": "-3"})
    assert response.status_code == 400 and 'id="e-max_minutes_per_week"' in response.text
    assert await Worker.select().where(Worker.id == worker["id"]).first() == worker


@pytest.mark.parametrize("path, data, table", [
    ("vaardigheden", {"skill_id": "{skill}", "skill_level": "can_teach"}, WorkerSkill),
    ("tijdvakken", {"window_weekday": "3", "window_start": "08:30", "window_end": "12:00"}, AvailabilityWindow),
    ("uitzonderingen", {"exception_date": "2026-07-01", "exception_kind": "unavailable"}, AvailabilityException),
    ("voorkeuren", {"preference_job_type": "{job_type}", "preference": "like"}, JobTypePreference),
])
async def test_section_forms_add_a_row(manager_client, path, data, table):
    worker, skill, job_type = await make_worker(), await make_skill(), await make_job_type()
    filled = {key: value.format(skill=skill["id"], job_type=job_type["id"]) for key, value in data.items()}
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/{path}", filled)
    assert response.status_code == 303 and await table.count() == 1


@pytest.mark.parametrize("path, data, field, message", [
    ("vaardigheden", {"skill_id": ""}, "skill_id", "Vul dit veld in."),
    ("vaardigheden", {"skill_id": "999999"}, "skill_id", "Dit bestaat niet (meer)."),
    ("tijdvakken", {"window_weekday": "3", "window_start": "12:00", "window_end": "08:00"}, "window_end",
     "Het einde moet na het begin liggen."),
    ("tijdvakken", {"window_weekday": "9", "window_start": "08:00", "window_end": "12:00"}, "window_weekday",
     "Kies een dag"),
    ("uitzonderingen", {"exception_date": "", "exception_kind": "unavailable"}, "exception_date", "Vul dit veld in."),
    ("uitzonderingen", {"exception_date": "2026-07-01", "exception_kind": "extra"}, "exception_start",
     "Vul dit veld in."),
    ("uitzonderingen", {"exception_date": "2026-07-01", "exception_start": "15:00", "exception_end": "09:00"},
     "exception_end", "Het einde moet na het begin liggen."),
    ("voorkeuren", {"preference_job_type": "999999"}, "preference_job_type", "Dit bestaat niet (meer)."),
])
async def test_section_form_errors_show_next_to_the_field(manager_client, path, data, field, message):
    worker = await make_worker()
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/{path}", data)
    assert response.status_code == 400
    assert f'id="e-{field}"' in response.text and message in response.text
    assert await WorkerSkill.count() + await AvailabilityWindow.count() + await AvailabilityException.count() == 0


async def test_adding_a_skill_twice_is_refused_with_a_message(manager_client):
    worker, skill = await make_worker(), await make_skill()
    await WorkerSkill.insert(WorkerSkill(worker=worker["id"], skill=skill["id"]))
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/vaardigheden",
                               {"skill_id": str(skill["id"])})
    assert response.status_code == 409 and "Deze waarde bestaat al." in response.text


async def test_remove_buttons_delete_the_row(manager_client):
    worker = await make_worker()
    window = await AvailabilityWindow.insert(AvailabilityWindow(
        worker=worker["id"], weekday=1, start_time=time(9), end_time=time(12))).returning(AvailabilityWindow.id)
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/tijdvakken/"
                                               f"{window[0]['id']}/verwijderen", {})
    assert response.status_code == 303 and await AvailabilityWindow.count() == 0


async def test_delete_page_form_removes_a_worker_without_history(manager_client):
    worker = await make_worker()
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/verwijderen", {})
    assert response.status_code == 303 and await Worker.count() == 0


@pytest.mark.parametrize("role", ["resident", "funder"])
async def test_manager_pages_are_closed_to_residents_and_funders(client, role):
    worker = await make_worker(last_name="Geheim")
    await login(client, "x", role=role)
    response = await client.get(f"/beheer/deelnemers/{worker['id']}")
    assert response.status_code == 403 and "Geheim" not in response.text


@pytest.mark.parametrize("url", ["/beheer/deelnemers/nieuw", "/beheer/deelnemers/{id}/wijzigen"])
async def test_forms_carry_the_limitations_help_text(manager_client, url):
    worker = await make_worker()
    page = (await manager_client.get(url.format(id=worker["id"]))).text
    assert "Nooit een diagnose." in page and "_csrf_token" in page


async def test_skill_edit_page_renews_a_certificate(manager_client):
    worker, skill = await make_worker(), await make_skill(name="Bosmaaier")
    await WorkerSkill.insert(WorkerSkill(worker=worker["id"], skill=skill["id"], certificate_expires_on=date(2026, 1, 1)))
    url = f"/beheer/deelnemers/{worker['id']}/vaardigheden/{skill['id']}"
    assert 'value="2026-01-01"' in (await manager_client.get(url)).text
    response = await post_form(manager_client, url, {"skill_level": "can_teach", "skill_obtained": "2026-03-01",
                                                     "skill_expires": "2031-03-01"})
    assert response.status_code == 303
    row = await WorkerSkill.select(WorkerSkill.level, WorkerSkill.certificate_expires_on).first()
    assert row == {"level": "can_teach", "certificate_expires_on": date(2031, 3, 1)}


async def test_skill_edit_page_error_keeps_the_certificate(manager_client):
    worker, skill = await make_worker(), await make_skill()
    await WorkerSkill.insert(WorkerSkill(worker=worker["id"], skill=skill["id"], certificate_expires_on=date(2027, 1, 1)))
    response = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/vaardigheden/{skill['id']}",
                               {"skill_obtained": "2026-03-01", "skill_expires": "2026-02-01"})
    assert response.status_code == 400 and 'id="e-skill_expires"' in response.text
    assert (await WorkerSkill.select(WorkerSkill.certificate_expires_on).first())["certificate_expires_on"] == date(
        2027, 1, 1)
