"""Level-up suggestions: N attended shifts needing a skill, next to a mentor; a manager decides."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.builders import make_skill, make_worker, make_worker_skill
from tests.helpers import post_form
from tests.progression_helpers import make_worked_shift
from wijkwerk.progression.suggestions import level_up_suggestions
from wijkwerk.tables import Skill, SkillLevelDecision, WorkerSkill

START = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


async def _pair(needed: int = 3) -> tuple[dict, dict, dict]:
    skill = await make_skill(name="Bosmaaier", level_up_after_shifts=needed)
    learner, mentor = await make_worker(first_name="Sanne"), await make_worker(first_name="Kees")
    await make_worker_skill(worker=learner["id"], skill=skill["id"], level="learning")
    await make_worker_skill(worker=mentor["id"], skill=skill["id"], level="can_teach")
    return skill, learner, mentor


async def _shifts(count: int, learner: int, others: list[tuple[int, str]], skill: int | None, offset: int = 0):
    for day in range(offset, offset + count):
        await make_worked_shift(START + timedelta(days=day), [(learner, "present"), *others], skill)


async def _level(worker_id: int, skill_id: int) -> str:
    row = await WorkerSkill.select(WorkerSkill.level).where(
        WorkerSkill.worker == worker_id, WorkerSkill.skill == skill_id).first()
    return row["level"]


async def test_suggestion_after_n_shifts_next_to_a_mentor(db):
    skill, learner, mentor = await _pair(needed=3)
    await _shifts(2, learner["id"], [(mentor["id"], "present")], skill["id"])
    assert await level_up_suggestions() == []
    await _shifts(1, learner["id"], [(mentor["id"], "present")], skill["id"], offset=2)
    [suggestion] = await level_up_suggestions()
    assert (suggestion.worker_id, suggestion.skill_id, suggestion.shifts, suggestion.mentors) == (
        learner["id"], skill["id"], 3, ("Kees",))
    assert await _level(learner["id"], skill["id"]) == "learning"  # never changes on its own


@pytest.mark.parametrize("case", ["no_mentor", "mentor_absent", "colleague_only_competent", "shift_without_skill",
                                  "learner_absent"])
async def test_no_suggestion_without_a_mentor_or_the_skill(db, case):
    skill, learner, mentor = await _pair(needed=2)
    colleague = await make_worker()
    await make_worker_skill(worker=colleague["id"], skill=skill["id"], level="competent")
    crews = {"no_mentor": [], "mentor_absent": [(mentor["id"], "no_show")],
             "colleague_only_competent": [(colleague["id"], "present")],
             "shift_without_skill": [(mentor["id"], "present")], "learner_absent": [(mentor["id"], "present")]}
    needs = None if case == "shift_without_skill" else skill["id"]
    for day in range(3):
        shift_crew = [(learner["id"], "excused" if case == "learner_absent" else "present"), *crews[case]]
        await make_worked_shift(START + timedelta(days=day), shift_crew, needs)
    assert await level_up_suggestions() == []


async def test_n_is_per_skill(db):
    skill, learner, mentor = await _pair(needed=3)
    await _shifts(3, learner["id"], [(mentor["id"], "present")], skill["id"])
    await Skill.update({Skill.level_up_after_shifts: 4}).where(Skill.id == skill["id"])
    assert await level_up_suggestions() == []


async def test_manager_confirms_and_the_level_becomes_competent(manager_client):
    skill, learner, mentor = await _pair(needed=2)
    await _shifts(2, learner["id"], [(mentor["id"], "present")], skill["id"])
    page = await manager_client.get(f"/beheer/deelnemers/{learner['id']}/ontwikkeling")
    assert "Voorstel: Bosmaaier" in page.text
    assert "Sanne" in (await manager_client.get("/beheer/voorstellen")).text
    response = await post_form(manager_client, f"/beheer/deelnemers/{learner['id']}/voorstellen/{skill['id']}/bevestigen", {})
    assert response.status_code == 303
    assert await _level(learner["id"], skill["id"]) == "competent"
    decision = await SkillLevelDecision.select().first()
    assert (decision["decision"], decision["shifts_counted"]) == ("confirmed", 2)
    assert await level_up_suggestions() == []


async def test_dismissed_suggestion_needs_n_new_shifts(manager_client):
    skill, learner, mentor = await _pair(needed=2)
    await _shifts(2, learner["id"], [(mentor["id"], "present")], skill["id"])
    response = await post_form(manager_client, f"/beheer/deelnemers/{learner['id']}/voorstellen/{skill['id']}/afwijzen", {})
    assert response.status_code == 303
    assert await _level(learner["id"], skill["id"]) == "learning" and await level_up_suggestions() == []
    await _shifts(1, learner["id"], [(mentor["id"], "present")], skill["id"], offset=5)
    assert await level_up_suggestions() == []
    await _shifts(1, learner["id"], [(mentor["id"], "present")], skill["id"], offset=6)
    assert [s.shifts for s in await level_up_suggestions()] == [2]


async def test_deciding_without_a_suggestion_is_409_and_changes_nothing(manager_client):
    skill, learner, _ = await _pair(needed=2)
    response = await post_form(manager_client, f"/beheer/deelnemers/{learner['id']}/voorstellen/{skill['id']}/bevestigen", {})
    assert response.status_code == 409 and "Er is (nu) geen voorstel voor deze vaardigheid." in response.text
    assert await _level(learner["id"], skill["id"]) == "learning" and await SkillLevelDecision.count() == 0


async def test_n_is_set_on_the_skill_form_and_the_api(manager_client):
    created = await post_form(manager_client, "/beheer/vaardigheden", {"name": "Heggenschaar", "level_up_after_shifts": "8"})
    assert created.status_code == 303
    assert (await Skill.select(Skill.level_up_after_shifts).first())["level_up_after_shifts"] == 8
    default = await manager_client.post("/api/v1/skills", json={"name": "Veegmachine"})
    assert default.json()["level_up_after_shifts"] == 5
    bad = await post_form(manager_client, "/beheer/vaardigheden", {"name": "Snoeien", "level_up_after_shifts": "0"})
    assert bad.status_code == 400 and "Vul een aantal diensten van 1 tot 1000 in." in bad.text
    assert (await manager_client.patch(f"/api/v1/skills/{default.json()['id']}",
                                       json={"level_up_after_shifts": 0})).status_code == 400
