"""Level-up suggestions: a skill grows with experience next to someone who can teach it.

A worker learning skill K gets a suggestion after N attended shifts that needed K, on which a
colleague who can teach K was present too (N is per skill: `Skill.level_up_after_shifts`).
Suggestions are computed, never applied: a manager confirms (learning -> competent) or
dismisses, and only shifts after that decision count towards the next suggestion.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from wijkwerk import clock
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Attendance, ShiftSkillRequirement, SkillLevelDecision, WorkerSkill
from wijkwerk.tables.enums import AttendanceStatus, SkillLevel, SuggestionDecision, WorkerStatus


@dataclass(frozen=True)
class Suggestion:
    worker_id: int
    worker_name: str
    skill_id: int
    skill_name: str
    shifts: int  # attended shifts with a mentor since the last decision
    needed: int
    last_shift_at: datetime
    mentors: tuple[str, ...]


async def _learning(worker_id: int | None) -> list[dict]:
    query = WorkerSkill.select(
        WorkerSkill.worker, WorkerSkill.skill, WorkerSkill.skill.name.as_alias("skill_name"),
        WorkerSkill.skill.level_up_after_shifts.as_alias("needed"),
        WorkerSkill.worker.first_name.as_alias("first_name"), WorkerSkill.worker.last_name.as_alias("last_name"),
    ).where(WorkerSkill.level == SkillLevel.learning.value, WorkerSkill.worker.status == WorkerStatus.active.value)
    if worker_id is not None:
        query = query.where(WorkerSkill.worker == worker_id)
    return await query


async def _present(where) -> list[dict]:
    return await Attendance.select(
        Attendance.assignment.worker.as_alias("worker"), Attendance.assignment.shift.as_alias("shift"),
        Attendance.assignment.roster.as_alias("roster"), Attendance.assignment.shift.starts_at.as_alias("starts_at"),
        Attendance.assignment.worker.first_name.as_alias("first_name"),
    ).where(Attendance.status == AttendanceStatus.present.value, where)


async def _decided_until(pairs: set[tuple[int, int]]) -> dict[tuple[int, int], datetime]:
    workers = sorted({worker for worker, _ in pairs}) or [-1]
    latest: dict[tuple[int, int], datetime] = {}
    for row in await SkillLevelDecision.select().where(SkillLevelDecision.worker.is_in(workers)):
        key = (row["worker"], row["skill"])
        latest[key] = max(latest.get(key, row["counted_until"]), row["counted_until"])
    return latest


async def level_up_suggestions(worker_id: int | None = None) -> list[Suggestion]:
    """Open suggestions, for one worker or for everyone active, by worker and skill name."""
    learning = await _learning(worker_id)
    if not learning:
        return []
    learners = sorted({row["worker"] for row in learning})
    attended = await _present(Attendance.assignment.worker.is_in(learners))
    shift_ids = sorted({row["shift"] for row in attended}) or [-1]
    needs: dict[int, set[int]] = defaultdict(set)
    for row in await ShiftSkillRequirement.select().where(ShiftSkillRequirement.shift.is_in(shift_ids)):
        needs[row["shift"]].add(row["skill"])
    crews: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for row in await _present(Attendance.assignment.shift.is_in(shift_ids)):
        crews[(row["roster"], row["shift"])].append(row)
    crew_ids = sorted({row["worker"] for crew in crews.values() for row in crew}) or [-1]
    teaches = {(row["worker"], row["skill"]) for row in await WorkerSkill.select(
        WorkerSkill.worker, WorkerSkill.skill).where(
        WorkerSkill.worker.is_in(crew_ids), WorkerSkill.level == SkillLevel.can_teach.value)}
    decided = await _decided_until({(row["worker"], row["skill"]) for row in learning})
    suggestions = []
    for row in learning:
        worker, skill = row["worker"], row["skill"]
        since = decided.get((worker, skill))
        counted: dict[int, datetime] = {}  # shift -> start; a shift counts once even across roster versions
        mentors: set[str] = set()
        for visit in attended:
            if (visit["worker"] != worker or skill not in needs[visit["shift"]]
                    or (since is not None and visit["starts_at"] <= since)):
                continue
            teachers = [m["first_name"] for m in crews[(visit["roster"], visit["shift"])]
                        if m["worker"] != worker and (m["worker"], skill) in teaches]
            if teachers:
                counted[visit["shift"]] = visit["starts_at"]
                mentors.update(teachers)
        if counted and len(counted) >= row["needed"]:
            suggestions.append(Suggestion(
                worker, f"{row['first_name']} {row['last_name']}", skill, row["skill_name"], len(counted),
                row["needed"], max(counted.values()), tuple(sorted(mentors))))
    return sorted(suggestions, key=lambda s: (s.worker_name, s.skill_name))


async def decide(worker_id: int, skill_id: int, confirm: bool, user_id: int | None) -> Suggestion:
    """Confirm (the level becomes competent) or dismiss an open suggestion; without one it is a 409."""
    async with write_transaction():
        current = next((s for s in await level_up_suggestions(worker_id) if s.skill_id == skill_id), None)
        if current is None:
            errors = Errors(status_code=409)
            errors.add("skill_id", "no_suggestion", _("Er is (nu) geen voorstel voor deze vaardigheid."))
            errors.raise_if_any()
        if confirm:
            await WorkerSkill.update({WorkerSkill.level: SkillLevel.competent.value}).where(
                WorkerSkill.worker == worker_id, WorkerSkill.skill == skill_id)
        await SkillLevelDecision.insert(SkillLevelDecision(
            worker=worker_id, skill=skill_id, shifts_counted=current.shifts, counted_until=current.last_shift_at,
            decision=(SuggestionDecision.confirmed if confirm else SuggestionDecision.dismissed).value,
            decided_at=clock.now(), decided_by=user_id))
    return current


async def decisions(worker_id: int) -> list[dict]:
    return await SkillLevelDecision.select(
        SkillLevelDecision.skill.name.as_alias("skill_name"), SkillLevelDecision.decision,
        SkillLevelDecision.shifts_counted, SkillLevelDecision.decided_at,
        SkillLevelDecision.decided_by.username.as_alias("decided_by"),
    ).where(SkillLevelDecision.worker == worker_id).order_by(SkillLevelDecision.decided_at, ascending=False)
