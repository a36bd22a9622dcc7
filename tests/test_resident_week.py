"""The resident sees their own published shifts, with teammates by first name only."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.builders import make_job, make_shift, make_worker
from tests.helpers import login
from wijkwerk.tables import Assignment, Roster


async def _roster(status: str, pairs) -> None:
    now = datetime.now(timezone.utc)
    roster = (await Roster.insert(Roster(iso_year=2026, iso_week=1, status=status, created_at=now))
              .returning(Roster.id))[0]["id"]
    for worker, shift in pairs:
        await Assignment.insert(Assignment(roster=roster, worker=worker, shift=shift))


async def test_published_shift_shows_with_first_names_only(client):
    me = await make_worker(first_name="Fatma")
    mate = await make_worker(first_name="Khadija", last_name="Achternaamgeheim")
    job = await make_job(title="Trappenhuizen", meeting_point="Portiek 1", what_to_bring="Werkschoenen",
                         supervisor_name="Ingrid", supervisor_phone="050 123 4567")
    shift = await make_shift(job=job["id"], starts_at=datetime.now(timezone.utc) + timedelta(days=1))
    await _roster("published", [(me["id"], shift["id"]), (mate["id"], shift["id"])])
    await login(client, "fatma", role="resident", worker_id=me["id"])
    page = (await client.get("/mijn")).text
    for text in ("Trappenhuizen", "Portiek 1", "Werkschoenen", 'href="tel:0501234567"', "Khadija"):
        assert text in page
    assert "Achternaamgeheim" not in page


async def test_draft_rosters_stay_invisible_to_residents(client):
    me = await make_worker(first_name="Fatma")
    shift = await make_shift(job=(await make_job(title="Geheim concept"))["id"],
                             starts_at=datetime.now(timezone.utc) + timedelta(days=1))
    await _roster("draft", [(me["id"], shift["id"])])
    await login(client, "fatma", role="resident", worker_id=me["id"])
    page = (await client.get("/mijn")).text
    assert "Geheim concept" not in page and "geen diensten" in page


async def test_changes_since_the_last_visit_are_highlighted_once(client):
    from wijkwerk.rosters.publishing import publish

    me = await make_worker(first_name="Fatma")
    tomorrow = datetime.now(timezone.utc) + timedelta(days=1)
    old_shift = await make_shift(job=(await make_job(title="Oude dienst"))["id"], starts_at=tomorrow)
    new_shift = await make_shift(job=(await make_job(title="Nieuwe dienst"))["id"], starts_at=tomorrow + timedelta(hours=5))
    now = datetime.now(timezone.utc)

    async def draft(version, shift):
        roster = (await Roster.insert(Roster(iso_year=2026, iso_week=1, version=version, status="draft",
                                             created_at=now)).returning(Roster.id, Roster.lock_version))[0]
        await Assignment.insert(Assignment(roster=roster["id"], worker=me["id"], shift=shift["id"]))
        await publish(roster["id"], roster["lock_version"])

    await draft(1, old_shift)
    await login(client, "fatma", role="resident", worker_id=me["id"])
    assert "Nieuw of veranderd" not in (await client.get("/mijn")).text
    await draft(2, new_shift)
    page = (await client.get("/mijn")).text
    assert "Nieuw of veranderd" in page and "Vervallen:" in page and "Oude dienst" in page
    again = (await client.get("/mijn")).text
    assert "Nieuw of veranderd" not in again and "Vervallen:" not in again


async def test_i_cannot_come_reaches_the_manager_and_excuses_the_shift(client, settings, db):
    from tests.helpers import asgi_client, post_form
    from wijkwerk.app import create_app
    from wijkwerk.tables import AbsenceReport, Attendance

    me = await make_worker(first_name="Fatma")
    shift = await make_shift(job=(await make_job(title="Zwerfafval"))["id"],
                             starts_at=datetime.now(timezone.utc) + timedelta(days=1))
    await _roster("published", [(me["id"], shift["id"])])
    assignment = (await Assignment.select(Assignment.id).first())["id"]
    await login(client, "fatma", role="resident", worker_id=me["id"])
    response = await post_form(client, "/mijn/afmelden", {"assignment": str(assignment), "reason": "Ziek"})
    assert response.status_code == 303
    assert "Afgemeld" in (await client.get("/mijn")).text
    assert (await Attendance.select(Attendance.status).first())["status"] == "excused"
    again = await post_form(client, "/mijn/afmelden", {"assignment": str(assignment), "reason": "Ziek"})
    assert again.status_code == 303 and await AbsenceReport.count() == 1

    async with asgi_client(create_app(settings, engine=db)) as manager:
        await login(manager, "coordinator", role="manager")
        dashboard = (await manager.get("/beheer")).text
        assert "Fatma" in dashboard and "Ziek" in dashboard
        report = (await AbsenceReport.select(AbsenceReport.id).first())["id"]
        await post_form(manager, f"/beheer/afmeldingen/{report}/afgehandeld", {})
        assert "Ziek" not in (await manager.get("/beheer")).text


async def test_residents_cannot_report_for_someone_elses_shift(client):
    from tests.helpers import post_form
    from wijkwerk.tables import AbsenceReport

    me, other = await make_worker(first_name="Fatma"), await make_worker(first_name="Khadija")
    shift = await make_shift(starts_at=datetime.now(timezone.utc) + timedelta(days=1))
    await _roster("published", [(other["id"], shift["id"])])
    theirs = (await Assignment.select(Assignment.id).first())["id"]
    await login(client, "fatma", role="resident", worker_id=me["id"])
    for value in (str(theirs), "abc", "99999999999"):
        response = await post_form(client, "/mijn/afmelden", {"assignment": value})
        assert response.status_code == 404
    assert await AbsenceReport.count() == 0


async def test_limits_count_plans_and_allowances_from_elsewhere(client):
    from tests.helpers import post_form
    from wijkwerk.rosters.caps import used_cents

    me = await make_worker(first_name="Fatma", rate_cents_per_hour=500)
    await login(client, "fatma", role="resident", worker_id=me["id"])
    from wijkwerk.i18n.formatting import AMSTERDAM

    this_month = datetime.now(AMSTERDAM).strftime("%Y-%m")
    response = await post_form(client, "/mijn/elders", {"month": this_month, "amount": "180,00", "payer": "Voedselbank"})
    assert response.status_code == 303
    used = (await used_cents([me["id"]], datetime.now(AMSTERDAM).year))[me["id"]]
    assert used[this_month] == 18000
    page = (await client.get("/mijn")).text
    assert "Voedselbank" in page and "dicht bij de grens" in page  # €180 of €210 is above 80%


async def test_declaring_a_bad_amount_writes_nothing(client):
    from tests.helpers import post_form
    from wijkwerk.tables import OtherAllowance

    me = await make_worker(first_name="Fatma")
    await login(client, "fatma", role="resident", worker_id=me["id"])
    for form in ({"month": "2026-11", "amount": "veel"}, {"month": "1999-01", "amount": "5"},
                 {"month": "2026-11", "amount": "-5"}, {"month": "maart", "amount": "5"}):
        response = await post_form(client, "/mijn/elders", form)
        assert response.status_code == 400, form
    assert await OtherAllowance.count() == 0


async def test_changes_are_measured_against_the_version_the_resident_saw(client):
    from wijkwerk.rosters.publishing import publish

    me = await make_worker(first_name="Fatma")
    tomorrow = datetime.now(timezone.utc) + timedelta(days=1)
    a = await make_shift(job=(await make_job(title="Dienst A"))["id"], starts_at=tomorrow)
    b = await make_shift(job=(await make_job(title="Dienst B"))["id"], starts_at=tomorrow + timedelta(hours=5))

    async def version(number, shift):
        roster = (await Roster.insert(Roster(iso_year=2026, iso_week=1, version=number, status="draft",
                                             created_at=datetime.now(timezone.utc)))
                  .returning(Roster.id, Roster.lock_version))[0]
        await Assignment.insert(Assignment(roster=roster["id"], worker=me["id"], shift=shift["id"]))
        await publish(roster["id"], roster["lock_version"])

    await version(1, a)
    await login(client, "fatma", role="resident", worker_id=me["id"])
    await client.get("/mijn")  # saw version 1
    await version(2, b)
    await version(3, b)  # the same as 2: still a change compared with what she saw
    page = (await client.get("/mijn")).text
    assert "Nieuw of veranderd" in page and "Vervallen:" in page and "Dienst A" in page


async def test_resident_pages_offer_five_languages_and_arabic_is_right_to_left(client):
    from tests.helpers import post_form

    me = await make_worker(first_name="Fatma")
    await login(client, "fatma", role="resident", worker_id=me["id"])
    page = (await client.get("/mijn")).text
    for code in ("nl", "en", "ar", "tr", "pl"):
        assert f'<option value="{code}"' in page
    await post_form(client, "/taal", {"language": "ar", "next": "/mijn"})
    assert '<html lang="ar" dir="rtl">' in (await client.get("/mijn")).text


async def test_worked_shifts_count_on_the_residents_page(client, monkeypatch):
    from wijkwerk import clock
    from wijkwerk.tables import Attendance

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 6, 15, 12, 0, tzinfo=timezone.utc))
    me = await make_worker(first_name="Fatma")
    shift = await make_shift(starts_at=datetime(2026, 6, 14, 8, 0, tzinfo=timezone.utc))
    await _roster("published", [(me["id"], shift["id"])])
    assignment = (await Assignment.select(Assignment.id).first())["id"]
    await Attendance.insert(Attendance(assignment=assignment, status="present", minutes_worked=150,
                                       recorded_at=datetime.now(timezone.utc)))
    await login(client, "fatma", role="resident", worker_id=me["id"])
    page = (await client.get("/mijn")).text
    assert "Dit jaar 1 dienst gewerkt" in page and "samen 2,5 uur" in page


async def test_a_bad_declaration_shows_the_form_again_even_with_shifts(client):
    from tests.helpers import post_form

    me = await make_worker(first_name="Fatma")
    shift = await make_shift(starts_at=datetime.now(timezone.utc) + timedelta(days=1))
    await _roster("published", [(me["id"], shift["id"])])
    await login(client, "fatma", role="resident", worker_id=me["id"])
    response = await post_form(client, "/mijn/elders", {"month": "2026-11", "amount": "veel"})
    assert response.status_code == 400 and "Vul een bedrag of getal in" in response.text


async def test_a_shift_recorded_on_two_versions_of_the_week_counts_once(client, monkeypatch):
    from wijkwerk import clock
    from wijkwerk.tables import Attendance

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 6, 15, 12, 0, tzinfo=timezone.utc))
    me = await make_worker(first_name="Fatma")
    worked = await make_shift(starts_at=datetime(2026, 6, 14, 8, 0, tzinfo=timezone.utc))
    other = await make_shift(starts_at=datetime(2026, 6, 13, 8, 0, tzinfo=timezone.utc))
    for version, pairs in ((1, [(me["id"], worked["id"])]), (2, [(me["id"], worked["id"]), (me["id"], other["id"])])):
        roster = (await Roster.insert(Roster(iso_year=2026, iso_week=24, version=version, status="published",
                                             created_at=datetime.now(timezone.utc))).returning(Roster.id))[0]["id"]
        for worker, shift in pairs:
            await Assignment.insert(Assignment(roster=roster, worker=worker, shift=shift))
    rows = await Assignment.select(Assignment.id, Assignment.shift).order_by(Assignment.id)
    recorded_at = datetime.now(timezone.utc)
    # The same shift recorded on both versions (120 and 150 minutes) and one more shift not come to.
    for row, status, minutes in zip(rows, ("present", "present", "no_show"), (120, 150, 0)):
        await Attendance.insert(Attendance(assignment=row["id"], status=status, minutes_worked=minutes,
                                           recorded_at=recorded_at))
    await login(client, "fatma", role="resident", worker_id=me["id"])
    page = (await client.get("/mijn")).text
    assert "Dit jaar 1 dienst gewerkt" in page and "samen 2,5 uur" in page
