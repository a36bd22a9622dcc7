"""A worker's goals ("VCA-certificaat", "de buurttaxi rijden"): text, target date and status."""

from __future__ import annotations

from wijkwerk import clock
from wijkwerk.common.existence import exists
from wijkwerk.common.raw_reads import fetch_all
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Worker, WorkerGoal
from wijkwerk.tables.enums import GoalStatus, values

FIELDS = (WorkerGoal.id, WorkerGoal.text, WorkerGoal.target_on, WorkerGoal.status, WorkerGoal.note,
          WorkerGoal.created_at, WorkerGoal.updated_at)
EDITABLE = ("text", "target_on", "status", "note")


def check_goal(errors: Errors, goal: dict) -> None:
    errors.required_text("text", goal.get("text"), 300)
    if goal.get("target_on") is None:
        errors.add("target_on", "required", _("Vul dit veld in."))
    errors.sane_date("target_on", goal.get("target_on"), EARLIEST_WORK_DATE)
    errors.choice("status", goal.get("status"), values(GoalStatus))
    errors.max_length("note", goal.get("note"), 2000)


# The same fields as FIELDS; hand-written because the resident's page shows the goals on every
# view (wijkwerk/common/raw_reads.py).
_GOALS_OF = """
SELECT id, text, target_on, status, note, created_at, updated_at FROM worker_goal WHERE worker = {}
ORDER BY target_on, id
"""


async def list_goals(worker_id: int) -> list[dict]:
    # Open goals first, by target date: the ones to talk about now.
    rows = await fetch_all(_GOALS_OF, worker_id)
    return sorted(rows, key=lambda row: row["status"] != GoalStatus.open.value)


async def get_goal(worker_id: int, goal_id: int) -> dict | None:
    return await WorkerGoal.select(*FIELDS).where(WorkerGoal.worker == worker_id, WorkerGoal.id == goal_id).first()


def _clean(values_: dict) -> dict:
    return {key: value.strip() if isinstance(value, str) else value
            for key, value in values_.items() if key in EDITABLE}


async def add_goal(worker_id: int, goal: dict, errors: Errors | None = None) -> dict | None:
    errors = errors or Errors()
    goal = {"status": GoalStatus.open.value, "note": "", **_clean(goal)}
    check_goal(errors, goal)
    async with write_transaction():
        if not await exists(Worker, worker_id):
            return None
        errors.raise_if_any()
        now = clock.now()
        rows = await WorkerGoal.insert(WorkerGoal(worker=worker_id, created_at=now, updated_at=now, **goal)).returning(
            WorkerGoal.id)
    return await get_goal(worker_id, rows[0]["id"])


async def update_goal(worker_id: int, goal_id: int, changes: dict, errors: Errors | None = None) -> dict | None:
    """None when the goal is not this worker's; the changed goal must pass every rule as a whole."""
    errors = errors or Errors()
    changes = _clean(changes)
    async with write_transaction():
        current = await get_goal(worker_id, goal_id)
        if current is None:
            return None
        check_goal(errors, {**current, **changes})
        errors.raise_if_any()
        if changes:
            await WorkerGoal.update({**changes, "updated_at": clock.now()}).where(WorkerGoal.id == goal_id)
    return await get_goal(worker_id, goal_id)


async def remove_goal(worker_id: int, goal_id: int) -> bool:
    async with write_transaction():
        if await get_goal(worker_id, goal_id) is None:
            return False
        await WorkerGoal.delete().where(WorkerGoal.id == goal_id)
    return True
