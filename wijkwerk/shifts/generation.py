"""Generate a week's shifts from the recurring jobs, idempotently.

A shift is identified by its recurrence and local day: regenerating skips what exists,
including shifts a manager cancelled or moved, so hand edits survive. Public holidays are skipped
unless the manager asks for them, and then the shift is flagged with the holiday's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta

from wijkwerk.common.transactions import write_transaction
from wijkwerk.shifts.holidays import holiday_name
from wijkwerk.shifts.weeks import local_instant, week_days
from wijkwerk.tables import JobRecurrence, JobSkillRequirement, Shift, ShiftSkillRequirement


def _job_runs_on(recurrence: dict, day) -> bool:
    until = recurrence["job.active_until"]
    return recurrence["job.active_from"] <= day and (until is None or day <= until)


@dataclass
class GenerationResult:
    created: list[int] = field(default_factory=list)
    skipped_holidays: dict[date, str] = field(default_factory=dict)


async def generate_week(iso_year: int, iso_week: int, include_holidays: bool = False) -> GenerationResult:
    """Create the missing shifts for the week and say which holidays were left out."""
    days = week_days(iso_year, iso_week)
    recurrences = await JobRecurrence.select(
        JobRecurrence.all_columns(), JobRecurrence.job.active_from, JobRecurrence.job.active_until,
    )
    requirements = await JobSkillRequirement.select()
    result = GenerationResult()
    async with write_transaction():
        for recurrence in recurrences:
            day = days[recurrence["weekday"]]
            if not _job_runs_on(recurrence, day):
                continue
            holiday = holiday_name(day)
            if holiday and not include_holidays:
                result.skipped_holidays[day] = holiday
                continue
            starts_at = local_instant(day, recurrence["start_time"])
            # One shift per recurrence per day: a shift the manager moved to another time is still it.
            if await Shift.exists().where(
                Shift.recurrence == recurrence["id"], Shift.starts_at >= local_instant(day, time(0)),
                Shift.starts_at < local_instant(day + timedelta(days=1), time(0)),
            ):
                continue
            note = f"Feestdag: {holiday}" if holiday else ""
            shift_id = await _insert_shift(recurrence, starts_at, local_instant(day, recurrence["end_time"]), note)
            for requirement in (r for r in requirements if r["job"] == recurrence["job"]):
                await ShiftSkillRequirement.insert(
                    ShiftSkillRequirement(shift=shift_id, skill=requirement["skill"], minimum=requirement["minimum"])
                )
            result.created.append(shift_id)
    return result


async def _insert_shift(recurrence: dict, starts_at, ends_at, note: str) -> int:
    rows = await Shift.insert(
        Shift(
            job=recurrence["job"], recurrence=recurrence["id"], starts_at=starts_at, ends_at=ends_at,
            headcount_min=recurrence["headcount_min"], headcount_target=recurrence["headcount_target"],
            headcount_max=recurrence["headcount_max"],
            supervisor_required=recurrence["supervisor_required"], source="generated", note=note,
        )
    ).returning(Shift.id)
    return rows[0]["id"]


__all__ = ["generate_week"]
