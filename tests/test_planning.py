"""Planning a week through the app: a tracked solve in its own process that stores a draft."""

from __future__ import annotations

from datetime import datetime, time, timezone

from tests.builders import make_job, make_shift, make_window, make_worker
from tests.helpers import post_form
from wijkwerk.rosters.jobs import fail_interrupted_jobs
from wijkwerk.tables import Assignment, Roster, SolveJob

MONDAY_0900 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)  # 09:00 in Amsterdam


async def _two_workers_one_shift():
    job = await make_job(title="Zwerfafval")
    shift = await make_shift(job=job["id"], starts_at=MONDAY_0900, headcount_min=1, headcount_target=1,
                             headcount_max=1)
    workers = [await make_worker(first_name=name, target_minutes_per_week=240) for name in ("Ayse", "Bram")]
    for worker in workers:
        await make_window(worker=worker["id"], weekday=0, start_time=time(8), end_time=time(17))
    return shift, workers


async def _plan(client, week="2026-W10", limit="5"):
    response = await post_form(client, "/beheer/planning/plannen", {"week": week, "time_limit": limit})
    assert response.status_code == 303
    job = await SolveJob.select().order_by(SolveJob.id, ascending=False).first()
    await client._transport.app.state.solver.wait(job["id"])
    return await SolveJob.select().where(SolveJob.id == job["id"]).first()


async def test_plan_week_stores_a_draft_with_the_solvers_roster(manager_client):
    shift, _ = await _two_workers_one_shift()
    job = await _plan(manager_client)
    assert job["status"] == "succeeded", job["message"]
    roster = await Roster.select().where(Roster.id == job["result_roster"]).first()
    assert (roster["iso_year"], roster["iso_week"], roster["status"], roster["version"]) == (2026, 10, "draft", 1)
    crew = await Assignment.select().where(Assignment.roster == roster["id"])
    assert len(crew) == 1 and crew[0]["shift"] == shift["id"]
    review = await manager_client.get(f"/beheer/planning/rooster/{roster['id']}")
    assert review.status_code == 200 and "Zwerfafval" in review.text


async def test_server_answers_while_a_solve_runs(manager_client):
    await _two_workers_one_shift()
    await post_form(manager_client, "/beheer/planning/plannen", {"week": "2026-W10", "time_limit": "5"})
    job = await SolveJob.select().first()
    health = await manager_client.get("/health")
    page = await manager_client.get("/beheer/planning?week=2026-W10")
    assert health.status_code == 200 and page.status_code == 200
    assert (await SolveJob.select(SolveJob.status).first())["status"] in ("queued", "running")
    await manager_client._transport.app.state.solver.wait(job["id"])


async def test_cancel_leaves_the_week_unchanged(manager_client):
    await _two_workers_one_shift()
    await post_form(manager_client, "/beheer/planning/plannen", {"week": "2026-W10", "time_limit": "5"})
    job = await SolveJob.select().first()
    response = await post_form(manager_client, f"/beheer/planning/taken/{job['id']}/annuleren", {})
    assert response.status_code == 303
    await manager_client._transport.app.state.solver.wait(job["id"])
    assert (await SolveJob.select(SolveJob.status).first())["status"] == "cancelled"
    assert await Roster.count() == 0


async def test_restart_marks_an_interrupted_solve_as_failed(db):
    await SolveJob.insert(SolveJob(iso_year=2026, iso_week=10, status="running",
                                   created_at=datetime.now(timezone.utc)))
    assert await fail_interrupted_jobs() == 1
    job = await SolveJob.select().first()
    assert job["status"] == "failed" and "opnieuw gestart" in job["message"]
    assert await Roster.count() == 0


async def test_review_has_a_worker_by_day_grid_and_filters(manager_client):
    await _two_workers_one_shift()
    job = await _plan(manager_client)
    url = f"/beheer/planning/rooster/{job['result_roster']}"
    grid = await manager_client.get(url + "?weergave=rooster")
    assert grid.status_code == 200 and "Deelnemers per dag" in grid.text and "ma 2" in grid.text
    crew = await Assignment.select(Assignment.worker, Assignment.worker.first_name).first()
    other = "Bram" if crew["worker.first_name"] == "Ayse" else "Ayse"
    filtered = await manager_client.get(url + f"?naam={other}")
    # The hours table links each listed worker; the name filter keeps only the other one.
    assert filtered.status_code == 200 and f'href="/beheer/deelnemers/{crew["worker"]}"' not in filtered.text
    assert (await manager_client.get(url + "?weergave=iets&wijk=999")).status_code == 200


async def test_printable_roster_per_day_and_per_job(manager_client):
    await _two_workers_one_shift()
    job = await _plan(manager_client)
    for per, heading in (("dag", "maandag 2 maart"), ("opdracht", "Zwerfafval")):
        page = await manager_client.get(f"/beheer/planning/rooster/{job['result_roster']}/afdrukken?per={per}")
        assert page.status_code == 200 and f"<h1>{heading}</h1>" in page.text and 'class="print-page"' in page.text


async def test_failed_and_fruitless_solves_are_reported_not_raised(db):
    from wijkwerk.rosters.jobs import SolveRunner
    from wijkwerk.rosters.solving import build_problem

    runner = SolveRunner()
    problem = await build_problem(2026, 10)
    for outcome, expected in ((("error", "solver crashed"), "Plannen is mislukt: solver crashed"),
                              (("ok", {"status": "unknown", "assignments": []}), "Binnen de tijd is geen rooster"),
                              (("ok", {"status": "infeasible", "assignments": [], "diagnosis": ["pin x"]}),
                               "Geen rooster mogelijk: pin x"),
                              (("cancelled", None), "Geannuleerd")):
        job = (await SolveJob.insert(SolveJob(iso_year=2026, iso_week=10, status="running",
                                              created_at=datetime.now(timezone.utc))).returning(SolveJob.id))[0]["id"]
        await runner._finish(job, 2026, 10, problem, outcome, 0.0)
        row = await SolveJob.select().where(SolveJob.id == job).first()
        assert row["status"] in ("failed", "cancelled") and row["message"].startswith(expected)
    assert await Roster.count() == 0


async def test_a_solve_says_when_the_draft_was_edited_meanwhile(manager_client):
    await _two_workers_one_shift()
    first = await _plan(manager_client)
    await post_form(manager_client, "/beheer/planning/plannen", {"week": "2026-W10", "time_limit": "5"})
    job = await SolveJob.select().order_by(SolveJob.id, ascending=False).first()
    import asyncio

    for _ in range(100):  # the edit must land after the solve has read the draft
        if (await SolveJob.select(SolveJob.status).where(SolveJob.id == job["id"]).first())["status"] != "queued":
            break
        await asyncio.sleep(0.05)
    await Roster.update({Roster.lock_version: Roster.lock_version + 1}).where(Roster.id == first["result_roster"])
    await manager_client._transport.app.state.solver.wait(job["id"])
    row = await SolveJob.select().where(SolveJob.id == job["id"]).first()
    assert row["status"] == "succeeded" and "tijdens het plannen aangepast" in row["message"]


async def test_the_job_keeps_the_best_objective_found(manager_client):
    await _two_workers_one_shift()
    job = await _plan(manager_client)
    assert job["best_objective"] is not None and job["best_bound"] is not None


async def test_planning_page_warns_about_a_rate_above_the_hourly_cap(manager_client):
    from datetime import date

    await make_worker(first_name="Youssef", birth_date=date(2007, 1, 1), rate_cents_per_hour=500)  # 19: cap €3,30
    page = await manager_client.get("/beheer/planning?week=2026-W10")
    assert "Youssef" in page.text and "de grens voor zijn of haar leeftijd" in page.text
