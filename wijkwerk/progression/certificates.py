"""Certificates that have expired or expire within 60 days, for the warning list and the worker page."""

from __future__ import annotations

from datetime import date

from wijkwerk.common.raw_reads import fetch_all
from wijkwerk.tables.enums import WorkerStatus
from wijkwerk.workers.skills import EXPIRES_SOON, certificate_state


# Hand-written: a resident's page shows their own on every view (wijkwerk/common/raw_reads.py).
_EXPIRING = """
SELECT ws.worker AS worker_id, w.first_name, w.last_name, ws.skill AS skill_id, s.name AS skill_name,
       ws.certificate_expires_on
FROM worker_skill AS ws
JOIN worker AS w ON w.id = ws.worker
JOIN skill AS s ON s.id = ws.skill
WHERE ws.certificate_expires_on IS NOT NULL AND ws.certificate_expires_on <= {{}} AND {whose}
ORDER BY ws.certificate_expires_on, ws.id
"""
_OF_ACTIVE_WORKERS = _EXPIRING.format(whose="w.status = {}")
_OF_ONE_WORKER = _EXPIRING.format(whose="ws.worker = {}")


async def expiring_certificates(today: date, worker_id: int | None = None) -> list[dict]:
    """Expired and soon-expiring certificates of active workers, the soonest first."""
    if worker_id is None:
        rows = await fetch_all(_OF_ACTIVE_WORKERS, today + EXPIRES_SOON, WorkerStatus.active.value)
    else:
        rows = await fetch_all(_OF_ONE_WORKER, today + EXPIRES_SOON, worker_id)
    for row in rows:
        row["state"] = certificate_state(row["certificate_expires_on"], today)
        row["days_left"] = (row["certificate_expires_on"] - today).days
    return rows


def needs_renewal(expires_on: date | None, today: date) -> bool:
    """Expired, or expiring within EXPIRES_SOON (the rule _EXPIRING applies in SQL)."""
    return expires_on is not None and expires_on <= today + EXPIRES_SOON


def expiring_among(skills: list[dict], today: date) -> list[dict]:
    """The same rule as expiring_certificates, over skill rows already read (the resident's own:
    `name`, `certificate_expires_on`), so their page needs no second query."""
    rows = [{"skill_name": skill["name"], "certificate_expires_on": skill["certificate_expires_on"],
             "state": certificate_state(skill["certificate_expires_on"], today),
             "days_left": (skill["certificate_expires_on"] - today).days}
            for skill in skills if needs_renewal(skill["certificate_expires_on"], today)]
    return sorted(rows, key=lambda row: row["certificate_expires_on"])
