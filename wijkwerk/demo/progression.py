"""Demo progression and outflow: ladder measurements, goals, and one exit whose 26-week follow-up is due.

Idempotent like the rest of the demo: rows are found by their natural key or created.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from wijkwerk.outflow.services import follow_up_dates
from wijkwerk.tables import (
    ExitFollowUp, ProgressionLevel, ProgressionMeasurement, User, Worker, WorkerExit, WorkerGoal,
)
from wijkwerk.tables.enums import WorkerStatus

GOALS = ["VCA-certificaat halen", "De buurttaxi rijden", "4 uur per dag, 3 dagen per week werken",
         "Heftruckcertificaat halen", "Zelfstandig een ploeg leiden"]
MEASURED = 12  # the first workers get ladder measurements
EXIT_AFTER_WEEKS = 27  # one week past the 26-week follow-up


async def _ladder_levels() -> dict[int, int]:
    rows = await ProgressionLevel.select(ProgressionLevel.id, ProgressionLevel.rank).where(
        ProgressionLevel.dimension.instrument.is_default.eq(True))
    return {row["rank"]: row["id"] for row in rows}


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(12), timezone.utc)


async def _measure(summary, worker_id: int, level_id: int, day: date, note: str, manager: int | None) -> None:
    if await ProgressionMeasurement.exists().where(ProgressionMeasurement.worker == worker_id,
                                                   ProgressionMeasurement.measured_on == day):
        return
    await ProgressionMeasurement.insert(ProgressionMeasurement(
        worker=worker_id, level=level_id, measured_on=day, note=note, measured_by=manager, created_at=_moment(day)))
    summary.count("progression_measurement")


async def _measurements(summary, worker_ids: list[int], today: date, manager: int | None) -> None:
    steps = await _ladder_levels()
    if not steps:
        return
    for index, worker_id in enumerate(worker_ids[:MEASURED]):
        first_step = 3 + index % 2
        # One person was last measured long ago, so the staleness warning has an example.
        first_day = today - timedelta(days=250 if index == 2 else 200)
        await _measure(summary, worker_id, steps[first_step], first_day, "Intakegesprek", manager)
        if index != 2:
            later = min(first_step + (index % 3 == 0), 6)
            await _measure(summary, worker_id, steps[later], today - timedelta(days=30), "Halfjaarlijkse meting", manager)


async def _goals(summary, worker_ids: list[int], today: date) -> None:
    for index, worker_id in enumerate(worker_ids[:len(GOALS)]):
        text = GOALS[index]
        if await WorkerGoal.exists().where(WorkerGoal.worker == worker_id, WorkerGoal.text == text):
            continue
        status = "achieved" if index == 3 else "open"
        await WorkerGoal.insert(WorkerGoal(worker=worker_id, text=text, target_on=today + timedelta(days=60 + 30 * index),
                                           status=status, created_at=_moment(today), updated_at=_moment(today)))
        summary.count("worker_goal")


async def _exit(summary, worker_ids: list[int], today: date, manager: int | None) -> None:
    exit_on = today - timedelta(weeks=EXIT_AFTER_WEEKS)
    candidates = await Worker.select(Worker.id).where(
        Worker.id.is_in(worker_ids[1:] or [-1]), Worker.starts_on <= exit_on).order_by(Worker.id, ascending=False)
    if not candidates or await WorkerExit.exists().where(WorkerExit.worker.is_in(worker_ids or [-1])):
        return
    worker_id = candidates[0]["id"]
    inserted = await WorkerExit.insert(WorkerExit(
        worker=worker_id, exit_on=exit_on, kind="job", employer="Groenbedrijf Van der Veen", contract_type="temporary",
        minutes_per_week=24 * 60, benefit_ended="fully", registered_by=manager, created_at=_moment(exit_on),
    )).returning(WorkerExit.id)
    await ExitFollowUp.insert(*[ExitFollowUp(exit=inserted[0]["id"], weeks=weeks, due_on=due)
                                for weeks, due in follow_up_dates(exit_on)])
    await Worker.update({Worker.status: WorkerStatus.left.value}).where(Worker.id == worker_id)
    summary.count("worker_exit")


async def load_progression(summary, worker_ids: list[int], today: date) -> None:
    manager = await User.select(User.id).where(User.username == "manager").first()
    manager_id = manager["id"] if manager else None
    await _measurements(summary, worker_ids, today, manager_id)
    await _goals(summary, worker_ids, today)
    await _exit(summary, worker_ids, today, manager_id)
