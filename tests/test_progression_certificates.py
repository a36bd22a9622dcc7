"""Certificates: warnings 60 days ahead, and an expired certificate does not count for the optimiser."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from optimiser import SolveOptions, solve
from optimiser.index import Index
from tests.builders import make_shift, make_skill, make_window, make_worker, make_worker_skill
from tests.progression_helpers import set_today
from wijkwerk.rosters.solving import build_problem
from wijkwerk.tables import ShiftSkillRequirement

MONDAY = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)  # ISO week 10 of 2026, 09:00 in Amsterdam


async def _certified_week(expires: dict[str, date | None]) -> tuple[dict, dict[str, str]]:
    """A shift on Monday 2 March needing a certified skill, and one competent worker per expiry date."""
    skill = await make_skill(name="VCA", certificate_required=True, certificate_validity_months=120)
    shift = await make_shift(starts_at=MONDAY, headcount_min=1, headcount_target=1, headcount_max=1)
    await ShiftSkillRequirement.insert(ShiftSkillRequirement(shift=shift["id"], skill=skill["id"], minimum=1))
    ids = {}
    for name, expires_on in expires.items():
        worker = await make_worker(first_name=name)
        await make_window(worker=worker["id"], weekday=0)
        await make_worker_skill(worker=worker["id"], skill=skill["id"], level="competent",
                                certificate_obtained_on=date(2020, 1, 1), certificate_expires_on=expires_on)
        ids[name] = str(worker["id"])
    return skill, ids


@pytest.mark.parametrize("expires_on, counts", [
    (date(2026, 3, 1), False),  # expired the day before the shift
    (date(2026, 3, 2), True),   # still valid on the shift's own date
    (None, True),               # no expiry date: does not expire
])
async def test_adapter_makes_the_certificate_count_only_while_valid(db, expires_on, counts):
    skill, ids = await _certified_week({"Ahmed": expires_on})
    problem = await build_problem(2026, 10)
    index = Index(problem)
    worker = problem.workers[index.worker_pos[ids["Ahmed"]]]
    assert str(skill["id"]) in problem.certified_skills
    certificate = worker.certificates[str(skill["id"])]
    assert (certificate.valid_from <= MONDAY.date() <= certificate.valid_to) is counts
    assert (str(skill["id"]) in index.counts_for(index.worker_pos[ids["Ahmed"]], 0)) is counts


async def test_the_solver_staffs_the_shift_with_the_valid_certificate_only(db):
    _, ids = await _certified_week({"Ahmed": date(2026, 2, 27), "Birgit": date(2027, 2, 27)})
    solution = solve(await build_problem(2026, 10), SolveOptions(time_limit_s=5, workers=1))
    assert [worker for worker, _ in solution.assignments] == [ids["Birgit"]]


async def test_a_certified_skill_without_any_certificate_dates_does_not_count(db):
    skill, ids = await _certified_week({"Ahmed": None})
    from wijkwerk.tables import WorkerSkill

    await WorkerSkill.update({WorkerSkill.certificate_obtained_on: None}).where(WorkerSkill.skill == skill["id"])
    problem = await build_problem(2026, 10)
    index = Index(problem)
    assert str(skill["id"]) not in index.counts_for(index.worker_pos[ids["Ahmed"]], 0)


async def test_warning_list_holds_expired_and_within_60_days_only(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 3, 1))
    skill = await make_skill(name="Heftruck", certificate_required=True)
    for name, expires_on in (("Expired", date(2026, 2, 1)), ("Soon", date(2026, 4, 30)), ("Later", date(2026, 5, 1))):
        worker = await make_worker(first_name=name)
        await make_worker_skill(worker=worker["id"], skill=skill["id"], certificate_expires_on=expires_on)
    page = await manager_client.get("/beheer/certificaten")
    assert page.status_code == 200
    assert "Expired" in page.text and "Soon" in page.text and "Later" not in page.text
    assert "Verlopen" in page.text and "nog 60 dagen" in page.text


async def test_worker_page_warns_about_their_expiring_certificate(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 3, 1))
    worker = await make_worker()
    skill = await make_skill(name="EHBO", certificate_required=True)
    await make_worker_skill(worker=worker["id"], skill=skill["id"], certificate_expires_on=date(2026, 3, 20))
    page = await manager_client.get(f"/beheer/deelnemers/{worker['id']}/ontwikkeling")
    assert "EHBO" in page.text and "Verloopt binnenkort" in page.text
