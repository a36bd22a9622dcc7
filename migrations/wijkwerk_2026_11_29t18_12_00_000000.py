"""Database-enforced rules for planning: solve job and outbox states, roster lock versions."""

from migrations.rules_sql import in_values, manager_for

ID = "2026-11-29T18:12:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "planning checks"

UNIQUES: dict = {}

CHECKS = {
    "ck_solve_job_status": (
        "solve_job", in_values("status", ["queued", "running", "succeeded", "failed", "cancelled"]),
    ),
    "ck_solve_job_limit": (
        "solve_job", "{n}time_limit_seconds >= 1 AND {n}time_limit_seconds <= 3600",
    ),
    "ck_outbox_status": (
        "outbox_message", in_values("status", ["pending", "sending", "sent", "failed", "not_configured"]),
    ),
    "ck_roster_lock_version": ("roster", "{n}lock_version >= 1"),
}


async def forwards():
    return manager_for(ID, DESCRIPTION, UNIQUES, CHECKS)
