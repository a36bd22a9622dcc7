"""Reliability over 4, 13 and 52 weeks (managers only, never a ranking), the printable review, ladder movement."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tests.builders import make_worker
from tests.progression_helpers import ladder_dimension, make_worked_shift, set_today
from wijkwerk.progression.movement import LadderPoint, ladder_movement, ladder_movement_between
from wijkwerk.progression.reliability import rates
from wijkwerk.tables import ProgressionLevel, ProgressionMeasurement

TODAY = date(2026, 6, 1)


def test_rates_per_period_do_not_hold_a_reported_absence_against_someone():
    records = [(TODAY - timedelta(days=3), "present"), (TODAY - timedelta(days=10), "no_show"),
               (TODAY - timedelta(days=12), "excused"), (TODAY - timedelta(weeks=10), "present"),
               (TODAY - timedelta(weeks=60), "no_show"), (TODAY + timedelta(days=1), "no_show")]
    four, thirteen, year = rates(records, TODAY)
    assert (four.present, four.excused, four.no_show, four.percent) == (1, 1, 1, 50)
    assert (thirteen.present, thirteen.percent) == (2, 67)
    assert year.no_show == 1 and rates([], TODAY)[0].percent is None


async def test_progression_page_shows_reliability_and_the_review_prints_everything(manager_client, monkeypatch):
    set_today(monkeypatch, TODAY)
    worker, other = await make_worker(first_name="Fatma"), await make_worker()
    start = datetime(2026, 5, 20, 8, tzinfo=timezone.utc)
    await make_worked_shift(start, [(worker["id"], "present"), (other["id"], "no_show")])
    await make_worked_shift(start + timedelta(days=1), [(worker["id"], "no_show")])
    await manager_client.post(f"/api/v1/workers/{worker['id']}/goals", json={"text": "Heftruckcertificaat",
                                                                          "target_on": "2026-10-01"})
    await manager_client.post(f"/api/v1/workers/{worker['id']}/measurements", json={
        "dimension_id": await ladder_dimension(), "level": 4, "measured_on": "2026-05-01"})
    page = await manager_client.get(f"/beheer/deelnemers/{worker['id']}/ontwikkeling")
    assert "4 weken" in page.text and "50%" in page.text
    review = await manager_client.get(f"/beheer/deelnemers/{worker['id']}/gesprek")
    assert review.status_code == 200 and 'class="review"' in review.text
    for text in ("Heftruckcertificaat", "Onbetaald werk", "50%", "Dit jaar 1 dienst gewerkt", "Afspraken uit dit gesprek"):
        assert text in review.text
    assert "<form" not in review.text.split('class="review"')[1]  # nothing to click on paper


async def test_no_page_lists_people_by_reliability(manager_client):
    for url in ("/beheer", "/beheer/deelnemers", "/beheer/voorstellen", "/beheer/certificaten", "/beheer/uitstroom"):
        assert "Opkomst" not in (await manager_client.get(url)).text


def test_ladder_movement_compares_start_with_the_latest_step():
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    points = [LadderPoint(1, date(2025, 11, 1), 3), LadderPoint(1, date(2026, 6, 1), 5),   # up 2
              LadderPoint(2, date(2026, 2, 1), 4), LadderPoint(2, date(2026, 9, 1), 4),    # same
              LadderPoint(3, date(2026, 3, 1), 4), LadderPoint(3, date(2026, 10, 1), 3),   # down 1
              LadderPoint(4, date(2026, 5, 1), 2),                                         # one measurement
              LadderPoint(5, date(2026, 5, 1), 2), LadderPoint(5, date(2027, 2, 1), 6)]    # after the end
    movement = ladder_movement(points, start, end)
    assert (movement.up, movement.same, movement.down, movement.steps_gained, movement.people) == (1, 1, 1, 1, 3)


async def test_ladder_movement_from_the_database(db):
    worker = await make_worker()
    steps = {row["rank"]: row["id"] for row in await ProgressionLevel.select().where(
        ProgressionLevel.dimension == await ladder_dimension())}
    for day, step in ((date(2026, 1, 10), 3), (date(2026, 7, 1), 4)):
        await ProgressionMeasurement.insert(ProgressionMeasurement(
            worker=worker["id"], level=steps[step], measured_on=day, created_at=datetime.now(timezone.utc)))
    movement = await ladder_movement_between(date(2026, 1, 1), date(2026, 12, 31))
    assert (movement.up, movement.steps_gained) == (1, 1)


async def test_demo_has_measurements_goals_and_a_due_follow_up(db):
    from wijkwerk.demo.loader import load_demo
    from wijkwerk.outflow.services import due_follow_ups
    from wijkwerk.tables import WorkerExit, WorkerGoal

    await load_demo("demo-password", today=date(2026, 3, 4))
    assert await ProgressionMeasurement.count() >= 20 and await WorkerGoal.count() == 5
    assert await WorkerExit.count() == 1
    assert [f["weeks"] for f in await due_follow_ups(date(2026, 3, 4))] == [26]
    movement = await ladder_movement_between(date(2025, 9, 1), date(2026, 3, 4))
    assert movement.up >= 1
