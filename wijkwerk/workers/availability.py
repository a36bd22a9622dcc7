"""When a worker can work (weekly windows, dated exceptions) and which job types they like."""

from __future__ import annotations

from wijkwerk.common.existence import exists
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.tables import AvailabilityException, AvailabilityWindow, JobTypePreference, Worker
from wijkwerk.workers.checks import (
    check_exception, check_job_type_reference, check_no_overlap, check_preference, check_window,
)


async def list_windows(worker_id: int) -> list[dict]:
    return await AvailabilityWindow.select(
        AvailabilityWindow.id, AvailabilityWindow.weekday, AvailabilityWindow.start_time,
        AvailabilityWindow.end_time,
    ).where(AvailabilityWindow.worker == worker_id).order_by(
        AvailabilityWindow.weekday).order_by(AvailabilityWindow.start_time)


async def list_exceptions(worker_id: int) -> list[dict]:
    return await AvailabilityException.select(
        AvailabilityException.id, AvailabilityException.on_date, AvailabilityException.kind,
        AvailabilityException.start_time, AvailabilityException.end_time, AvailabilityException.reason,
    ).where(AvailabilityException.worker == worker_id).order_by(
        AvailabilityException.on_date).order_by(AvailabilityException.start_time)


async def list_preferences(worker_id: int) -> list[dict]:
    return await JobTypePreference.select(
        JobTypePreference.job_type.as_alias("job_type_id"),
        JobTypePreference.job_type.name_nl.as_alias("job_type_name"), JobTypePreference.preference,
    ).where(JobTypePreference.worker == worker_id).order_by(JobTypePreference.job_type.name_nl)


def _key(prefix: str, index: int) -> str:
    return f"{prefix}[{index}]." if prefix else ""


def validate_windows(errors: Errors, rows: list[dict], existing: list[dict], prefix: str = "") -> None:
    accepted = list(existing)
    for index, row in enumerate(rows):
        before = len(errors.items)
        check_window(errors, row, _key(prefix, index))
        if len(errors.items) == before:
            check_no_overlap(errors, row, accepted, _key(prefix, index))
            accepted.append(row)


def validate_exceptions(errors: Errors, rows: list[dict], prefix: str = "") -> None:
    for index, row in enumerate(rows):
        check_exception(errors, row, _key(prefix, index))


async def validate_preferences(errors: Errors, rows: list[dict], worker_id: int | None, prefix: str = "") -> None:
    """Each job type once per worker: liking and disliking it at the same time makes no sense (409)."""
    seen: set[int] = set()
    for index, row in enumerate(rows):
        key = _key(prefix, index)
        check_preference(errors, row, key)
        await check_job_type_reference(errors, row, key)
        job_type_id = row.get("job_type_id")
        if job_type_id in seen or (worker_id is not None and job_type_id and await JobTypePreference.exists().where(
            (JobTypePreference.worker == worker_id) & (JobTypePreference.job_type == job_type_id)
        )):
            errors.duplicate(key + "job_type_id")
        seen.add(job_type_id)


async def insert_window(worker_id: int, row: dict) -> int:
    inserted = await AvailabilityWindow.insert(AvailabilityWindow(
        worker=worker_id, weekday=row["weekday"], start_time=row["start_time"], end_time=row["end_time"],
    )).returning(AvailabilityWindow.id)
    return inserted[0]["id"]


async def insert_exception(worker_id: int, row: dict) -> int:
    inserted = await AvailabilityException.insert(AvailabilityException(
        worker=worker_id, on_date=row["on_date"], kind=row.get("kind", "unavailable"),
        start_time=row.get("start_time"), end_time=row.get("end_time"), reason=(row.get("reason") or "").strip(),
    )).returning(AvailabilityException.id)
    return inserted[0]["id"]


async def insert_preference(worker_id: int, row: dict) -> None:
    await JobTypePreference.insert(JobTypePreference(
        worker=worker_id, job_type=row["job_type_id"], preference=row.get("preference", "like"),
    ))


async def add_window(worker_id: int, row: dict, errors: Errors | None = None) -> dict | None:
    """None when the worker does not exist."""
    async with write_transaction():
        if not await exists(Worker, worker_id):
            return None
        errors = errors or Errors()
        validate_windows(errors, [row], await list_windows(worker_id))
        errors.raise_if_any()
        new_id = await insert_window(worker_id, row)
    return next(window for window in await list_windows(worker_id) if window["id"] == new_id)


async def add_exception(worker_id: int, row: dict, errors: Errors | None = None) -> dict | None:
    async with write_transaction():
        if not await exists(Worker, worker_id):
            return None
        errors = errors or Errors()
        validate_exceptions(errors, [row])
        errors.raise_if_any()
        new_id = await insert_exception(worker_id, row)
    return next(item for item in await list_exceptions(worker_id) if item["id"] == new_id)


async def add_preference(worker_id: int, row: dict, errors: Errors | None = None) -> dict | None:
    async with write_transaction():
        if not await exists(Worker, worker_id):
            return None
        errors = errors or Errors()
        await validate_preferences(errors, [row], worker_id)
        errors.raise_if_any()
        await insert_preference(worker_id, row)
    return next(item for item in await list_preferences(worker_id) if item["job_type_id"] == row["job_type_id"])


async def _remove(table, worker_id: int, condition) -> bool:
    async with write_transaction():
        if not await table.exists().where((table.worker == worker_id) & condition):
            return False
        await table.delete().where((table.worker == worker_id) & condition)
    return True


async def remove_window(worker_id: int, window_id: int) -> bool:
    return await _remove(AvailabilityWindow, worker_id, AvailabilityWindow.id == window_id)


async def remove_exception(worker_id: int, exception_id: int) -> bool:
    return await _remove(AvailabilityException, worker_id, AvailabilityException.id == exception_id)


async def remove_preference(worker_id: int, job_type_id: int) -> bool:
    return await _remove(JobTypePreference, worker_id, JobTypePreference.job_type == job_type_id)
