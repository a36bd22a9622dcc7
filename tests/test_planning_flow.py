"""The manager's whole week, end to end through the app, on the configured engine:
data -> generate -> plan -> review -> pin and remove -> re-solve -> publish -> resident sees it
-> attendance -> the cap room for the next plan shrinks; and the error paths on the way."""

from __future__ import annotations

import re
from datetime import date, time

from tests.builders import make_job, make_recurrence, make_window, make_worker
from tests.helpers import asgi_client, login, post_form
from wijkwerk.app import create_app
from wijkwerk.rosters.solving import build_problem
from wijkwerk.tables import Assignment, Roster, SolveJob

WEEK = "2026-W10"  # Monday 2 March 2026


async def _plan(client) -> dict:
    assert (await post_form(client, "/beheer/planning/plannen", {"week": WEEK, "time_limit": "5"})).status_code == 303
    job = await SolveJob.select().order_by(SolveJob.id, ascending=False).first()
    await client._transport.app.state.solver.wait(job["id"])
    job = await SolveJob.select().where(SolveJob.id == job["id"]).first()
    assert job["status"] == "succeeded", job["message"]
    return job


async def _lock(roster_id: int) -> str:
    return str((await Roster.select(Roster.lock_version).where(Roster.id == roster_id).first())["lock_version"])


async def test_week_from_data_to_attendance(manager_client, settings, db, monkeypatch):
    job = await make_job(title="Groen Selwerd")
    await make_recurrence(job=job["id"], weekday=0, start_time=time(9), end_time=time(13),
                          headcount_min=1, headcount_target=2, headcount_max=2)
    people = [await make_worker(first_name=name, target_minutes_per_week=240, rate_cents_per_hour=500)
              for name in ("Ayse", "Bram", "Chen")]
    for person in people:
        await make_window(worker=person["id"], weekday=0, start_time=time(8), end_time=time(17))
    assert "gemaakt=1" in (await post_form(manager_client, "/beheer/diensten/genereren", {"week": WEEK})).headers["location"]

    first = await _plan(manager_client)
    draft = first["result_roster"]
    assert (await manager_client.get(f"/beheer/planning/rooster/{draft}")).status_code == 200
    crew = await Assignment.select().where(Assignment.roster == draft).order_by(Assignment.id)
    assert len(crew) == 2
    kept, dropped = crew
    await post_form(manager_client, f"/beheer/planning/rooster/{draft}/vastzetten",
                    {"assignment": str(kept["id"]), "lock_version": await _lock(draft)})
    await post_form(manager_client, f"/beheer/planning/rooster/{draft}/weghalen",
                    {"assignment": str(dropped["id"]), "lock_version": await _lock(draft)})

    second = await _plan(manager_client)
    resolved = await Assignment.select().where(Assignment.roster == second["result_roster"])
    assert any(a["worker"] == kept["worker"] and a["pinned"] for a in resolved)
    assert len(resolved) == 2

    published = second["result_roster"]
    response = await post_form(manager_client, f"/beheer/planning/rooster/{published}/publiceren",
                               {"lock_version": await _lock(published)})
    assert response.status_code == 303

    resident_id = kept["worker"]
    from datetime import datetime, timezone

    from wijkwerk import clock

    # The resident looks on Sunday 1 March, the day before the planned week.
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 3, 1, 10, 0, tzinfo=timezone.utc))
    async with asgi_client(create_app(settings, engine=db)) as resident:
        await login(resident, "ayse", role="resident", worker_id=resident_id)
        page = (await resident.get("/mijn")).text
        assert "Groen Selwerd" in page and "maandag 2 maart" in page

    room_before = next(w.cap_room.months["2026-03"] for w in (await build_problem(2026, 11)).workers
                       if w.id == str(resident_id))
    assignment = next(a for a in await Assignment.select().where(Assignment.roster == published)
                      if a["worker"] == resident_id)
    # Published: 4 planned hours at €5 already count against March's €210.
    assert room_before == 21000 - 4 * 500
    saved = await post_form(manager_client, "/beheer/aanwezigheid", {
        "dag": "2026-03-02", f"status_{assignment['id']}": "present", f"hours_{assignment['id']}": "3"})
    assert saved.status_code == 303
    room_after = next(w.cap_room.months["2026-03"] for w in (await build_problem(2026, 11)).workers
                      if w.id == str(resident_id))
    # Attendance replaces the plan: 3 hours actually worked.
    assert room_after == 21000 - 3 * 500


async def test_stale_edit_is_refused_with_a_clear_message(manager_client):
    job = await make_job()
    await make_recurrence(job=job["id"], weekday=0)
    worker = await make_worker(first_name="Dewi")
    await make_window(worker=worker["id"], weekday=0)
    await post_form(manager_client, "/beheer/diensten/genereren", {"week": WEEK})
    draft = (await _plan(manager_client))["result_roster"]
    assignment = (await Assignment.select().where(Assignment.roster == draft).first())["id"]
    old_lock = await _lock(draft)
    await post_form(manager_client, f"/beheer/planning/rooster/{draft}/vastzetten",
                    {"assignment": str(assignment), "lock_version": old_lock})
    stale = await post_form(manager_client, f"/beheer/planning/rooster/{draft}/weghalen",
                            {"assignment": str(assignment), "lock_version": old_lock})
    assert stale.status_code == 409 and "Laad de pagina opnieuw" in stale.text
    assert await Assignment.count().where(Assignment.roster == draft) == 1


async def test_infeasible_pins_give_a_diagnosis_not_a_500(manager_client):
    job = await make_job()
    await make_recurrence(job=job["id"], weekday=0, start_time=time(9), end_time=time(13))
    worker = await make_worker(first_name="Emre")
    await make_window(worker=worker["id"], weekday=0, start_time=time(8), end_time=time(17))
    await post_form(manager_client, "/beheer/diensten/genereren", {"week": WEEK})
    draft = (await _plan(manager_client))["result_roster"]
    assignment = (await Assignment.select().where(Assignment.roster == draft).first())["id"]
    await post_form(manager_client, f"/beheer/planning/rooster/{draft}/vastzetten",
                    {"assignment": str(assignment), "lock_version": await _lock(draft)})
    # Now Emre becomes unavailable that Monday: the pin contradicts availability.
    from wijkwerk.tables import AvailabilityWindow
    await AvailabilityWindow.delete().where(AvailabilityWindow.worker == worker["id"])
    await post_form(manager_client, "/beheer/planning/plannen", {"week": WEEK, "time_limit": "5"})
    job_row = await SolveJob.select().order_by(SolveJob.id, ascending=False).first()
    await manager_client._transport.app.state.solver.wait(job_row["id"])
    job_row = await SolveJob.select().where(SolveJob.id == job_row["id"]).first()
    assert job_row["status"] == "failed" and job_row["message"].startswith("Geen rooster mogelijk")
    page = await manager_client.get("/beheer/planning?week=" + WEEK)
    assert page.status_code == 200 and re.search("Geen rooster mogelijk", page.text)


async def _draft_with_one_shift(client, **worker_overrides):
    job = await make_job(title="Klussen")
    await make_recurrence(job=job["id"], weekday=0, start_time=time(9), end_time=time(13),
                          headcount_min=0, headcount_target=1, headcount_max=2)
    await post_form(client, "/beheer/diensten/genereren", {"week": WEEK})
    draft = (await _plan(client))["result_roster"]
    from wijkwerk.tables import Shift
    shift = (await Shift.select(Shift.id).first())["id"]
    return draft, shift


async def test_assign_that_breaks_an_hours_limit_needs_a_stored_reason(manager_client):
    draft, shift = await _draft_with_one_shift(manager_client)
    short_days = await make_worker(first_name="Femke", max_minutes_per_day=120)  # the shift lasts 4 hours
    await make_window(worker=short_days["id"], weekday=0, start_time=time(8), end_time=time(17))
    url = f"/beheer/planning/rooster/{draft}/toewijzen"
    form = {"shift": str(shift), "worker": str(short_days["id"])}
    refused = await post_form(manager_client, url, {**form, "lock_version": await _lock(draft)})
    assert refused.status_code == 422 and "meer uren op één dag" in refused.text and "Geef een reden" in refused.text
    assert await Assignment.count().where(Assignment.worker == short_days["id"]) == 0
    allowed = await post_form(manager_client, url, {**form, "lock_version": await _lock(draft), "reason": "Wil zelf"})
    assert allowed.status_code == 303
    row = await Assignment.select().where(Assignment.worker == short_days["id"]).first()
    assert "Wil zelf" in row["override_reason"]


async def test_assigning_someone_unavailable_is_blocked_even_with_a_reason(manager_client):
    draft, shift = await _draft_with_one_shift(manager_client)
    away = await make_worker(first_name="Gert")  # no availability windows at all
    response = await post_form(manager_client, f"/beheer/planning/rooster/{draft}/toewijzen", {
        "shift": str(shift), "worker": str(away["id"]), "lock_version": await _lock(draft), "reason": "toch"})
    assert response.status_code == 422 and "Dit kan niet" in response.text and "niet beschikbaar" in response.text
    assert await Assignment.count().where(Assignment.worker == away["id"]) == 0


async def test_assign_above_the_cap_is_never_allowed(manager_client):
    draft, shift = await _draft_with_one_shift(manager_client)
    rich = await make_worker(first_name="Gijs", rate_cents_per_hour=10000)  # 4 h x €100 > €210
    await make_window(worker=rich["id"], weekday=0, start_time=time(8), end_time=time(17))
    response = await post_form(manager_client, f"/beheer/planning/rooster/{draft}/toewijzen", {
        "shift": str(shift), "worker": str(rich["id"]), "lock_version": await _lock(draft), "reason": "toch"})
    assert response.status_code == 422 and "vergoeding komt boven de grens" in response.text
    assert await Assignment.count().where(Assignment.worker == rich["id"]) == 0


async def test_swap_exchanges_shifts(manager_client):
    job = await make_job()
    await make_recurrence(job=job["id"], weekday=0, start_time=time(9), end_time=time(11), headcount_target=1,
                          headcount_max=1)
    await make_recurrence(job=job["id"], weekday=1, start_time=time(9), end_time=time(11), headcount_target=1,
                          headcount_max=1)
    for name in ("Hans", "Ilse"):
        person = await make_worker(first_name=name, target_minutes_per_week=120)
        for day in (0, 1):
            await make_window(worker=person["id"], weekday=day, start_time=time(8), end_time=time(17))
    await post_form(manager_client, "/beheer/diensten/genereren", {"week": WEEK})
    draft = (await _plan(manager_client))["result_roster"]
    first, second = await Assignment.select().where(Assignment.roster == draft).order_by(Assignment.id)
    response = await post_form(manager_client, f"/beheer/planning/rooster/{draft}/ruilen", {
        "first": str(first["id"]), "second": str(second["id"]), "lock_version": await _lock(draft)})
    assert response.status_code == 303
    after = {a["id"]: a["worker"] for a in await Assignment.select().where(Assignment.roster == draft)}
    assert after == {first["id"]: second["worker"], second["id"]: first["worker"]}


async def test_someone_not_in_the_week_cannot_be_assigned(manager_client):
    draft, shift = await _draft_with_one_shift(manager_client)
    later = await make_worker(first_name="Kees", starts_on=date(2026, 4, 1), rate_cents_per_hour=100000)
    response = await post_form(manager_client, f"/beheer/planning/rooster/{draft}/toewijzen", {
        "shift": str(shift), "worker": str(later["id"]), "lock_version": await _lock(draft), "reason": "toch"})
    assert response.status_code == 422 and await Assignment.count().where(Assignment.worker == later["id"]) == 0


async def test_pins_survive_publishing_and_replanning(manager_client):
    person = await make_worker(first_name="Lies", target_minutes_per_week=240)
    await make_window(worker=person["id"], weekday=0, start_time=time(8), end_time=time(17))
    draft, _shift = await _draft_with_one_shift(manager_client)
    assignment = await Assignment.select().where(Assignment.roster == draft).first()
    await post_form(manager_client, f"/beheer/planning/rooster/{draft}/vastzetten",
                    {"assignment": str(assignment["id"]), "lock_version": await _lock(draft)})
    await post_form(manager_client, f"/beheer/planning/rooster/{draft}/publiceren", {"lock_version": await _lock(draft)})
    replanned = (await _plan(manager_client))["result_roster"]
    kept = await Assignment.select().where(Assignment.roster == replanned, Assignment.worker == assignment["worker"])
    assert kept and kept[0]["pinned"]


async def test_odd_digits_in_forms_are_refused_without_a_500(manager_client):
    draft, shift = await _draft_with_one_shift(manager_client)
    for path, form in (("/beheer/planning/plannen", {"week": "²²²²-W10", "time_limit": "²"}),
                       (f"/beheer/planning/rooster/{draft}/toewijzen", {"shift": "²", "worker": "٣", "lock_version": "²"}),
                       (f"/beheer/planning/rooster/{draft}/publiceren", {"lock_version": "²"}),
                       ("/beheer/aanwezigheid", {"dag": "2026-03-02", "status_²": "present"})):
        response = await post_form(manager_client, path, form)
        assert response.status_code < 500, path


async def test_regeneration_does_not_duplicate_a_moved_shift(manager_client):
    from datetime import timedelta

    from wijkwerk.tables import Shift

    _draft, shift = await _draft_with_one_shift(manager_client)
    row = await Shift.select().where(Shift.id == shift).first()
    await Shift.update({Shift.starts_at: row["starts_at"] + timedelta(hours=1),
                        Shift.ends_at: row["ends_at"] + timedelta(hours=1)}).where(Shift.id == shift)
    response = await post_form(manager_client, "/beheer/diensten/genereren", {"week": WEEK})
    assert "gemaakt=0" in response.headers["location"] and await Shift.count() == 1


async def test_review_numbers_follow_manual_edits(manager_client):
    import json

    person = await make_worker(first_name="Mila", target_minutes_per_week=240)
    await make_window(worker=person["id"], weekday=0, start_time=time(8), end_time=time(17))
    draft, _shift = await _draft_with_one_shift(manager_client)
    only = await Assignment.select().where(Assignment.roster == draft).first()
    await post_form(manager_client, f"/beheer/planning/rooster/{draft}/weghalen",
                    {"assignment": str(only["id"]), "lock_version": await _lock(draft)})
    report = json.loads((await Roster.select(Roster.solver_report).where(Roster.id == draft).first())["solver_report"])
    mila = next(r for r in report["worker_reports"] if r["worker"] == str(person["id"]))
    assert mila["worked_minutes"] == 0 and mila["planned_cents"] == 0
    assert report["shift_reports"][0]["short_of_target"] == 1
