"""Copy the previous week's shifts into a week, idempotently, keeping local wall-clock times."""

from __future__ import annotations

from datetime import timedelta

from wijkwerk.common.transactions import write_transaction
from wijkwerk.i18n.formatting import to_local
from wijkwerk.shifts.holidays import holiday_name
from wijkwerk.shifts.weeks import local_instant, week_monday, week_range_utc
from wijkwerk.tables import Shift, ShiftSkillRequirement


def _one_week_later(moment):
    """Same local time seven days on: across a DST change the UTC offset differs."""
    local = to_local(moment)
    return local_instant(local.date() + timedelta(days=7), local.time().replace(tzinfo=None))


async def copy_previous_week(iso_year: int, iso_week: int, include_holidays: bool = False) -> list[int]:
    """Create copies of last week's shifts that this week does not have yet; return the new ids.

    A copy that would land on a public holiday is left out unless the manager asks for it.
    """
    previous_monday = week_monday(iso_year, iso_week) - timedelta(days=7)
    source_start, source_end = week_range_utc(*previous_monday.isocalendar()[:2])
    sources = await Shift.select().where(
        Shift.starts_at >= source_start, Shift.starts_at < source_end, Shift.cancelled.eq(False))
    requirements = await ShiftSkillRequirement.select().where(
        ShiftSkillRequirement.shift.is_in([s["id"] for s in sources] or [-1]))
    created: list[int] = []
    async with write_transaction():
        for source in sources:
            starts_at, ends_at = _one_week_later(source["starts_at"]), _one_week_later(source["ends_at"])
            if holiday_name(to_local(starts_at).date()) and not include_holidays:
                continue
            if await Shift.exists().where(Shift.job == source["job"], Shift.starts_at == starts_at):
                continue
            values = {k: v for k, v in source.items() if k not in ("id", "starts_at", "ends_at", "source")}
            row = await Shift.insert(Shift(**values, starts_at=starts_at, ends_at=ends_at, source="copied")).returning(Shift.id)
            for requirement in (r for r in requirements if r["shift"] == source["id"]):
                await ShiftSkillRequirement.insert(ShiftSkillRequirement(
                    shift=row[0]["id"], skill=requirement["skill"], minimum=requirement["minimum"]))
            created.append(row[0]["id"])
    return created
