"""What a resident has done so far: shifts and hours worked, their ladder step, goals and certificates."""

from __future__ import annotations

from datetime import date, time

from wijkwerk.common.raw_reads import fetch_one
from wijkwerk.progression.certificates import expiring_among
from wijkwerk.progression.goals import list_goals
from wijkwerk.progression.measurements import ladder_step
from wijkwerk.shifts.weeks import local_instant
from wijkwerk.tables.enums import AttendanceStatus


# Counted in the database: a year of attendance is a hundred rows or more per resident, and
# this runs on every view of their page. A shift recorded twice (on two versions of a week's
# roster) counts once, with its larger record.
_WORKED = """
SELECT COUNT(*) AS shifts, COALESCE(SUM(minutes), 0) AS minutes FROM (
    SELECT a.shift, MAX(at.minutes_worked) AS minutes
    FROM attendance AS at
    JOIN assignment AS a ON a.id = at.assignment
    JOIN shift AS s ON s.id = a.shift
    WHERE a.worker = {} AND at.status = {} AND s.starts_at >= {}
    GROUP BY a.shift
) AS worked
"""


async def worked_so_far(worker_id: int, year: int) -> dict:
    """Shifts and hours the resident actually worked this year (recorded attendance)."""
    row = await fetch_one(_WORKED, worker_id, AttendanceStatus.present.value, local_instant(date(year, 1, 1), time(0)))
    return {"shifts": int(row["shifts"]), "minutes": int(row["minutes"])}


async def my_progress(worker_id: int, today: date, skills: list[dict]) -> dict:
    """The resident's own ladder step, goals and certificates that (nearly) ran out; nobody else's.
    `skills` are the resident's own skill rows (resident/controller.py), certificates included."""
    return {"step": await ladder_step(worker_id), "goals": await list_goals(worker_id),
            "certificates": expiring_among(skills, today)}
