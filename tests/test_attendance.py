"""Recording attendance for a day of the published roster, and the cap warning it triggers."""

from __future__ import annotations

from datetime import datetime, timezone

from tests.builders import make_shift, make_worker
from tests.helpers import post_form
from wijkwerk.tables import Assignment, Attendance, Roster

MONDAY = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)  # 09:00-13:00 in Amsterdam


async def _published(pairs, status="published") -> dict:
    roster = (await Roster.insert(Roster(iso_year=2026, iso_week=10, status=status, published_at=MONDAY,
                                         created_at=MONDAY)).returning(Roster.id))[0]
    ids = []
    for worker, shift in pairs:
        ids.append((await Assignment.insert(Assignment(roster=roster["id"], worker=worker, shift=shift))
                    .returning(Assignment.id))[0]["id"])
    return {"roster": roster["id"], "assignments": ids}


async def test_day_page_defaults_to_planned_hours(manager_client):
    worker, shift = await make_worker(first_name="Yonas"), await make_shift(starts_at=MONDAY)
    await _published([(worker["id"], shift["id"])])
    page = await manager_client.get("/beheer/aanwezigheid?dag=2026-03-02")
    assert page.status_code == 200 and "Yonas" in page.text and 'value="4"' in page.text


async def test_draft_rosters_are_not_on_the_attendance_page(manager_client):
    worker, shift = await make_worker(first_name="Yonas"), await make_shift(starts_at=MONDAY)
    await _published([(worker["id"], shift["id"])], status="draft")
    page = await manager_client.get("/beheer/aanwezigheid?dag=2026-03-02")
    assert "Yonas" not in page.text


async def test_saving_records_each_person(manager_client):
    shift = await make_shift(starts_at=MONDAY)
    present, absent = await make_worker(), await make_worker()
    ids = (await _published([(present["id"], shift["id"]), (absent["id"], shift["id"])]))["assignments"]
    response = await post_form(manager_client, "/beheer/aanwezigheid", {
        "dag": "2026-03-02", f"status_{ids[0]}": "present", f"hours_{ids[0]}": "3,5",
        f"status_{ids[1]}": "no_show", f"hours_{ids[1]}": "4"})
    assert response.status_code == 303
    recorded = {r["assignment"]: r for r in await Attendance.select()}
    assert recorded[ids[0]]["minutes_worked"] == 210 and recorded[ids[1]]["status"] == "no_show"
    assert recorded[ids[1]]["minutes_worked"] == 0


async def test_bad_entry_writes_nothing(manager_client):
    shift = await make_shift(starts_at=MONDAY)
    one, two = await make_worker(), await make_worker()
    ids = (await _published([(one["id"], shift["id"]), (two["id"], shift["id"])]))["assignments"]
    response = await post_form(manager_client, "/beheer/aanwezigheid", {
        "dag": "2026-03-02", f"status_{ids[0]}": "present", f"hours_{ids[0]}": "4",
        f"status_{ids[1]}": "on_holiday", f"hours_{ids[1]}": "4"})
    assert response.status_code == 400 and "Kies een van" in response.text
    assert await Attendance.count() == 0


async def test_cap_warning_after_recording(manager_client):
    # €50/hour for 5 hours = €250, above the €210 monthly cap seeded for 2026.
    worker = await make_worker(first_name="Rasha", rate_cents_per_hour=5000)
    shift = await make_shift(starts_at=MONDAY)
    ids = (await _published([(worker["id"], shift["id"])]))["assignments"]
    response = await post_form(manager_client, "/beheer/aanwezigheid", {
        "dag": "2026-03-02", f"status_{ids[0]}": "present", f"hours_{ids[0]}": "5"})
    page = await manager_client.get(response.headers["location"])
    assert "Rasha" in page.text and "boven de grens" in page.text
