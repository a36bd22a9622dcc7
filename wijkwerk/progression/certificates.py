"""Certificates that have expired or expire within 60 days, for the warning list and the worker page."""

from __future__ import annotations

from datetime import date

from wijkwerk.tables import WorkerSkill
from wijkwerk.tables.enums import WorkerStatus
from wijkwerk.workers.skills import EXPIRES_SOON, certificate_state


async def expiring_certificates(today: date, worker_id: int | None = None) -> list[dict]:
    """Expired and soon-expiring certificates of active workers, the soonest first."""
    query = WorkerSkill.select(
        WorkerSkill.worker.as_alias("worker_id"), WorkerSkill.worker.first_name.as_alias("first_name"),
        WorkerSkill.worker.last_name.as_alias("last_name"), WorkerSkill.skill.as_alias("skill_id"),
        WorkerSkill.skill.name.as_alias("skill_name"), WorkerSkill.certificate_expires_on,
    ).where(WorkerSkill.certificate_expires_on.is_not_null(),
            WorkerSkill.certificate_expires_on <= today + EXPIRES_SOON).order_by(WorkerSkill.certificate_expires_on)
    if worker_id is None:
        query = query.where(WorkerSkill.worker.status == WorkerStatus.active.value)
    else:
        query = query.where(WorkerSkill.worker == worker_id)
    rows = await query
    for row in rows:
        row["state"] = certificate_state(row["certificate_expires_on"], today)
        row["days_left"] = (row["certificate_expires_on"] - today).days
    return rows
