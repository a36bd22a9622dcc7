"""Job pages: list filters, detail, and the one form for a job with its weekly slots and skill minimums."""

from __future__ import annotations

from datetime import date, time
from html.parser import HTMLParser

import pytest

from tests.builders import (
    make_client, make_job, make_job_type, make_neighbourhood, make_recurrence, make_shift, make_skill,
)
from tests.helpers import post_form
from wijkwerk.tables import Job, JobRecurrence, JobSkillRequirement


async def job_form(**overrides) -> dict:
    """A valid form as a browser sends it: text, with one filled slot row and two blank ones."""
    form = {
        "title": "Zwerfafvalronde Selwerd", "work_mode": "volunteer", "price_kind": "hourly", "price_cents": "28,50",
        "active_from": "2026-01-05", "active_until": "", "additionality": "Extra rondes naast de vaste veegroute.",
        "meeting_point": "Buurthuis Selwerd", "address": "", "what_to_bring": "Handschoenen",
        "supervisor_name": "Henk", "supervisor_phone": "050-1234567",
        "rec-0-weekday": "0", "rec-0-start_time": "09:00", "rec-0-end_time": "11:00",
        "rec-0-headcount_min": "2", "rec-0-headcount_target": "3", "rec-0-headcount_max": "4",
        "rec-1-weekday": "", "rec-1-start_time": "", "rec-1-end_time": "",
        "rec-2-weekday": "", "rec-2-start_time": "", "rec-2-end_time": "",
        **overrides,
    }
    for key, builder in (("client", make_client), ("job_type", make_job_type), ("neighbourhood", make_neighbourhood)):
        form.setdefault(key, str((await builder())["id"]))
    return form


async def test_new_job_form_renders_blank_rows_and_skills(staff):
    await make_skill(name="Bosmaaier")
    page = await staff.get("/beheer/opdrachten/nieuw")
    assert page.status_code == 200
    assert 'name="rec-2-weekday"' in page.text and "Bosmaaier" in page.text


async def test_create_saves_job_slot_and_skill_minimum(staff):
    skill = await make_skill(name="Bosmaaier")
    response = await post_form(staff, "/beheer/opdrachten", await job_form(**{f"skill-{skill['id']}": "1"}))
    assert response.status_code == 303, response.text
    job = await Job.select(Job.price_cents, Job.price_kind).first()
    assert job == {"price_cents": 2850, "price_kind": "hourly"}
    slot = await JobRecurrence.select(JobRecurrence.start_time, JobRecurrence.headcount_target).first()
    assert slot == {"start_time": time(9), "headcount_target": 3}
    assert await JobSkillRequirement.count() == 1
    detail = await staff.get(response.headers["location"])
    assert "€ 28,50" in detail.text.replace("\xa0", " ") and "minstens 1 met Bosmaaier" in detail.text


@pytest.mark.parametrize("overrides, field, message", [
    ({"title": ""}, "title", "Vul dit veld in."),
    ({"additionality": ""}, "additionality", "Vul dit veld in."),
    ({"price_cents": "twaalf"}, "price_cents", "Vul een bedrag of getal in"),
    ({"price_cents": "-5"}, "price_cents", "Mag niet negatief zijn."),
    ({"price_cents": "2.000.000,00"}, "price_cents", "Mag niet meer zijn dan"),
    ({"active_from": "05-01-2026"}, "active_from", "Vul een datum in als jjjj-mm-dd."),
    ({"active_from": "1999-01-01"}, "active_from", "buiten het bereik"),
    ({"active_until": "2025-12-31"}, "active_until", "De einddatum mag niet voor de begindatum liggen."),
    ({"client": ""}, "client", "Vul dit veld in."),
    ({"client": "999999"}, "client", "Dit bestaat niet (meer)."),
    ({"work_mode": "vrij"}, "work_mode", "Kies een van"),
    ({"rec-0-end_time": "08:00"}, "rec-0-end_time", "De eindtijd moet na de begintijd liggen."),
    ({"rec-0-start_time": "9 uur"}, "rec-0-start_time", "Vul een tijd in als uu:mm."),
    ({"rec-0-headcount_max": "1"}, "rec-0-headcount_max", "Het maximum mag niet lager zijn dan het streefaantal."),
    ({"rec-1-start_time": "10:00", "rec-1-end_time": "12:00"}, "rec-1-weekday", "Vul dit veld in."),
])
async def test_form_error_shows_dutch_message_at_field_and_saves_nothing(staff, overrides, field, message):
    response = await post_form(staff, "/beheer/opdrachten", await job_form(**overrides))
    assert response.status_code == 400
    assert f'id="e-{field}"' in response.text and message in response.text
    assert await Job.count() == 0 and await JobRecurrence.count() == 0


async def test_form_error_keeps_what_was_typed(staff):
    response = await post_form(staff, "/beheer/opdrachten", await job_form(title="", price_cents="12,50"))
    assert 'value="12,50"' in response.text and 'value="Buurthuis Selwerd"' in response.text


async def test_bad_skill_minimum_is_shown_at_that_skill(staff):
    skill = await make_skill()
    response = await post_form(staff, "/beheer/opdrachten", await job_form(**{f"skill-{skill['id']}": "-1"}))
    assert response.status_code == 400 and f'id="e-skill-{skill["id"]}"' in response.text
    assert await Job.count() == 0


async def test_edit_form_shows_stored_slots(staff):
    slot = await make_recurrence(start_time=time(8, 30))
    page = await staff.get(f"/beheer/opdrachten/{slot['job']}/wijzigen")
    assert page.status_code == 200 and 'value="08:30"' in page.text and f'value="{slot["id"]}"' in page.text


async def test_edit_adds_a_slot_and_removes_a_ticked_one(staff):
    job = await make_job()
    kept = await make_recurrence(job=job["id"], weekday=1)
    dropped = await make_recurrence(job=job["id"], weekday=3)
    form = await job_form(**{
        "client": str(job["client"]), "job_type": str(job["job_type"]), "neighbourhood": str(job["neighbourhood"]),
        "rec-0-id": str(kept["id"]), "rec-0-weekday": "1",
        "rec-1-id": str(dropped["id"]), "rec-1-weekday": "3", "rec-1-start_time": "09:00", "rec-1-end_time": "13:00",
        "rec-1-remove": "on",
        "rec-2-weekday": "4", "rec-2-start_time": "13:00", "rec-2-end_time": "15:00",
    })
    response = await post_form(staff, f"/beheer/opdrachten/{job['id']}/wijzigen", form)
    assert response.status_code == 303, response.text
    slots = await JobRecurrence.select(JobRecurrence.id, JobRecurrence.weekday).order_by(JobRecurrence.weekday)
    assert slots[0] == {"id": kept["id"], "weekday": 1} and [slot["weekday"] for slot in slots] == [1, 4]


class FormFields(HTMLParser):
    """What a browser would submit for a page's main form: inputs, selected options, textareas."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and (attrs.get("type") != "checkbox" or "checked" in attrs):
            self.fields[name] = attrs.get("value") or ""
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields[self._select] = attrs.get("value") or ""
        elif tag == "textarea":
            self._textarea = name
            self.fields[name] = ""

    def handle_endtag(self, tag):
        if tag in ("select", "textarea"):
            self._select = self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data


async def test_saving_the_edit_form_unchanged_keeps_the_job(staff):
    skill = await make_skill()
    slot = await make_recurrence(start_time=time(8, 30), end_time=time(12, 15), supervisor_required=True)
    await staff.patch(f"/api/v1/jobs/{slot['job']}", json={
        "price_cents": 123456, "active_until": "2026-12-31", "skill_requirements": [{"skill": skill["id"], "minimum": 2}]})
    before = (await staff.get(f"/api/v1/jobs/{slot['job']}")).json()
    parser = FormFields()
    parser.feed((await staff.get(f"/beheer/opdrachten/{slot['job']}/wijzigen")).text)
    fields = {name: value for name, value in parser.fields.items() if name not in ("language", "next")}
    response = await post_form(staff, f"/beheer/opdrachten/{slot['job']}/wijzigen", fields)
    assert response.status_code == 303, response.text
    assert (await staff.get(f"/api/v1/jobs/{slot['job']}")).json() == before


async def test_failed_edit_leaves_job_and_slots_unchanged(staff):
    slot = await make_recurrence()
    job = await Job.select().first()
    form = await job_form(**{"title": "Nieuw", "client": str(job["client"]), "job_type": str(job["job_type"]),
                             "neighbourhood": str(job["neighbourhood"]), "rec-0-end_time": "08:00"})
    response = await post_form(staff, f"/beheer/opdrachten/{slot['job']}/wijzigen", form)
    assert response.status_code == 400
    assert (await Job.select(Job.title).first())["title"] == job["title"]
    assert [row["id"] for row in await JobRecurrence.select(JobRecurrence.id)] == [slot["id"]]


@pytest.mark.parametrize("query, shown, hidden", [
    ("client={a_client}", "Groen A", "Schoonmaak B"),
    ("neighbourhood={b_wijk}", "Schoonmaak B", "Groen A"),
    ("job_type={a_type}", "Groen A", "Schoonmaak B"),
    ("status=lopend", "Groen A", "Schoonmaak B"),
    ("client=&job_type=&neighbourhood=&status=", "Groen A", "Nergens"),
])
async def test_list_filters(staff, query, shown, hidden):
    a = await make_job(title="Groen A")
    b = await make_job(title="Schoonmaak B", active_until=date(2026, 2, 1))
    url = "/beheer/opdrachten?" + query.format(a_client=a["client"], b_wijk=b["neighbourhood"], a_type=a["job_type"])
    page = await staff.get(url)
    assert page.status_code == 200 and shown in page.text and hidden not in page.text


async def test_detail_shows_slots_and_money(staff):
    slot = await make_recurrence(weekday=0, start_time=time(8, 30), end_time=time(12, 30))
    page = await staff.get(f"/beheer/opdrachten/{slot['job']}")
    assert "maandag" in page.text and "08:30–12:30" in page.text and "€ 100,00" in page.text.replace("\xa0", " ")


async def test_delete_job_with_shifts_explains_and_keeps_it(staff):
    shift = await make_shift()
    response = await post_form(staff, f"/beheer/opdrachten/{shift['job']}/verwijderen", {})
    assert response.status_code == 409 and "Er zijn al diensten" in response.text
    assert await Job.count() == 1


async def test_delete_unused_job_redirects_to_list(staff):
    job = await make_job()
    response = await post_form(staff, f"/beheer/opdrachten/{job['id']}/verwijderen", {})
    assert response.status_code == 303 and await Job.count() == 0


@pytest.mark.parametrize("url", ["/beheer/opdrachten/999999", "/beheer/opdrachten/999999/wijzigen"])
async def test_missing_job_page_is_404(staff, url):
    assert (await staff.get(url)).status_code == 404
