"""The manager's week page: DST-correct local times, generation from recurring jobs, forms."""

from __future__ import annotations

from datetime import datetime, time, timezone

from tests.builders import make_job, make_recurrence, make_shift
from tests.helpers import post_form
from wijkwerk.tables import Shift


async def test_shift_across_dst_change_shows_local_time(manager_client):
    # Summer time starts on Sunday 29 March 2026 at 02:00: 09:00 local is 07:00 UTC that day,
    # while on Saturday 09:00 local is still 08:00 UTC.
    job = await make_job(title="Moestuin")
    await make_shift(job=job["id"], starts_at=datetime(2026, 3, 28, 8, 0, tzinfo=timezone.utc))
    await make_shift(job=job["id"], starts_at=datetime(2026, 3, 29, 7, 0, tzinfo=timezone.utc))
    page = await manager_client.get("/beheer/diensten?week=2026-W13&weergave=lijst")
    assert page.status_code == 200
    assert page.text.count("09:00–13:00") == 2


async def test_generation_is_idempotent_and_keeps_cancelled_shifts(manager_client):
    recurrence = await make_recurrence(weekday=6, start_time=time(9), end_time=time(12))  # Sunday 29 March
    first = await post_form(manager_client, "/beheer/diensten/genereren", {"week": "2026-W13"})
    assert first.status_code == 303 and "gemaakt=1" in first.headers["location"]
    shift = await Shift.select().where(Shift.recurrence == recurrence["id"]).first()
    assert shift["starts_at"] == datetime(2026, 3, 29, 7, 0, tzinfo=timezone.utc)  # CEST
    await Shift.update({Shift.cancelled: True}).where(Shift.id == shift["id"])
    again = await post_form(manager_client, "/beheer/diensten/genereren", {"week": "2026-W13"})
    assert "gemaakt=0" in again.headers["location"]
    assert await Shift.count() == 1 and (await Shift.select(Shift.cancelled).first())["cancelled"]


async def test_manual_shift_form_converts_local_time(manager_client):
    job = await make_job()
    response = await post_form(manager_client, "/beheer/diensten", {
        "job": str(job["id"]), "day": "2026-07-01", "start": "09:00", "end": "12:30",
        "headcount_min": "1", "headcount_target": "2", "headcount_max": "2"})
    assert response.status_code == 303
    shift = await Shift.select().first()
    assert shift["starts_at"] == datetime(2026, 7, 1, 7, 0, tzinfo=timezone.utc)


async def test_manual_shift_form_errors_are_dutch_and_write_nothing(manager_client):
    job = await make_job()
    response = await post_form(manager_client, "/beheer/diensten", {
        "job": str(job["id"]), "day": "2026-07-01", "start": "12:00", "end": "09:00",
        "headcount_min": "1", "headcount_target": "2", "headcount_max": "2"})
    assert response.status_code == 400
    assert "Het einde moet na het begin liggen." in response.text
    assert await Shift.count() == 0


async def test_unparseable_form_fields_get_messages(manager_client):
    response = await post_form(manager_client, "/beheer/diensten", {
        "job": "", "day": "morgen", "start": "25:00", "end": "", "headcount_min": "een",
        "headcount_target": "2", "headcount_max": "2"})
    assert response.status_code == 400
    for message in ("Vul een datum in als jjjj-mm-dd.", "Vul een tijd in als uu:mm.", "Vul een heel getal in."):
        assert message in response.text


async def test_generation_skips_public_holidays_unless_asked(manager_client):
    # Easter Monday 2026 is 6 April (week 15); the recurring job runs on Mondays.
    await make_recurrence(weekday=0)
    skipped = await post_form(manager_client, "/beheer/diensten/genereren", {"week": "2026-W15"})
    assert "gemaakt=0" in skipped.headers["location"] and "2026-04-06" in skipped.headers["location"]
    page = await manager_client.get(skipped.headers["location"])
    assert "Tweede Paasdag" in page.text
    included = await post_form(manager_client, "/beheer/diensten/genereren", {"week": "2026-W15", "feestdagen": "on"})
    assert "gemaakt=1" in included.headers["location"]
    assert (await Shift.select(Shift.note).first())["note"] == "Feestdag: Tweede Paasdag"


async def test_copy_previous_week_keeps_local_times_across_dst_and_is_idempotent(manager_client):
    # Monday 23 March 09:00 CET (08:00 UTC) becomes Monday 30 March 09:00 CEST (07:00 UTC).
    job = await make_job()
    await make_shift(job=job["id"], starts_at=datetime(2026, 3, 23, 8, 0, tzinfo=timezone.utc), note="Rondje")
    first = await post_form(manager_client, "/beheer/diensten/kopieren", {"week": "2026-W14"})
    assert "gemaakt=1" in first.headers["location"]
    copy = await Shift.select().where(Shift.source == "copied").first()
    assert copy["starts_at"] == datetime(2026, 3, 30, 7, 0, tzinfo=timezone.utc) and copy["note"] == "Rondje"
    again = await post_form(manager_client, "/beheer/diensten/kopieren", {"week": "2026-W14"})
    assert "gemaakt=0" in again.headers["location"] and await Shift.count() == 2


async def test_copying_onto_a_holiday_needs_the_managers_yes(manager_client):
    # Monday 30 March is copied to Monday 6 April 2026: Easter Monday.
    job = await make_job()
    await make_shift(job=job["id"], starts_at=datetime(2026, 3, 30, 7, 0, tzinfo=timezone.utc))
    skipped = await post_form(manager_client, "/beheer/diensten/kopieren", {"week": "2026-W15"})
    assert "gemaakt=0" in skipped.headers["location"]
    included = await post_form(manager_client, "/beheer/diensten/kopieren", {"week": "2026-W15", "feestdagen": "on"})
    assert "gemaakt=1" in included.headers["location"]
