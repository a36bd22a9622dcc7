"""Dated measurements on an instrument's dimensions, the timeline per dimension, and staleness."""

from __future__ import annotations

from datetime import date

from wijkwerk import clock
from wijkwerk.common.existence import exists
from wijkwerk.common.raw_reads import fetch_one
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.progression.instruments import label, resolve_level
from wijkwerk.tables import ProgressionMeasurement, Worker

# domain.md: measure at least twice a year, so a gap of more than six months needs a new one.
STALE_AFTER_MONTHS = 6

FIELDS = (
    ProgressionMeasurement.id, ProgressionMeasurement.measured_on, ProgressionMeasurement.note,
    ProgressionMeasurement.level.rank.as_alias("level"), ProgressionMeasurement.level.name.as_alias("level_name"),
    ProgressionMeasurement.level.dimension.as_alias("dimension_id"),
    ProgressionMeasurement.level.dimension.name.as_alias("dimension_name"),
    ProgressionMeasurement.level.dimension.instrument.as_alias("instrument_id"),
    ProgressionMeasurement.level.dimension.instrument.name.as_alias("instrument_name"),
    ProgressionMeasurement.measured_by.username.as_alias("measured_by"),
)


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, clamped to the month's last day (31 Aug -> 28 Feb)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    return date(year, month + 1, min(day.day, 28))


def is_stale(last_measured_on: date | None, today: date) -> bool:
    """True when there was never a measurement, or the last is more than six months old."""
    return last_measured_on is None or last_measured_on < months_before(today, STALE_AFTER_MONTHS)


async def list_measurements(worker_id: int) -> list[dict]:
    rows = await ProgressionMeasurement.select(*FIELDS).where(ProgressionMeasurement.worker == worker_id).order_by(
        ProgressionMeasurement.measured_on, ascending=False).order_by(ProgressionMeasurement.id, ascending=False)
    for row in rows:
        row["measured_by"] = row["measured_by"] or ""
    return rows


def timeline(measurements: list[dict]) -> list[dict]:
    """Per dimension, oldest first, each point with its step up or down from the one before."""
    by_dimension: dict[int, dict] = {}
    for row in sorted(measurements, key=lambda r: (r["measured_on"], r["id"])):
        entry = by_dimension.setdefault(row["dimension_id"], {
            "dimension_id": row["dimension_id"], "dimension_name": label(row["dimension_name"]),
            "instrument_name": label(row["instrument_name"]), "points": []})
        previous = entry["points"][-1]["level"] if entry["points"] else None
        entry["points"].append({**row, "level_name": label(row["level_name"]),
                                "change": None if previous is None else row["level"] - previous})
    return list(by_dimension.values())


async def add_measurement(worker_id: int, row: dict, user_id: int | None, errors: Errors | None = None) -> dict | None:
    """None when the worker does not exist; unknown dimension or level, or a future date, is a field error."""
    errors = errors or Errors()
    measured_on, today = row.get("measured_on"), clock.today()
    if measured_on is None:
        errors.add("measured_on", "required", _("Vul dit veld in."))
    elif measured_on > today:
        errors.add("measured_on", "in_future", _("Een meting kan niet in de toekomst liggen."))
    else:
        errors.sane_date("measured_on", measured_on, EARLIEST_WORK_DATE)
    errors.max_length("note", row.get("note"), 2000)
    async with write_transaction():
        if not await exists(Worker, worker_id):
            return None
        level = await resolve_level(errors, row.get("dimension_id"), row.get("level"))
        errors.raise_if_any()
        inserted = await ProgressionMeasurement.insert(ProgressionMeasurement(
            worker=worker_id, level=level["id"], measured_on=measured_on, measured_by=user_id,
            note=(row.get("note") or "").strip(), created_at=clock.now(),
        )).returning(ProgressionMeasurement.id)
    return await get_measurement(worker_id, inserted[0]["id"])


async def get_measurement(worker_id: int, measurement_id: int) -> dict | None:
    row = await ProgressionMeasurement.select(*FIELDS).where(
        ProgressionMeasurement.worker == worker_id, ProgressionMeasurement.id == measurement_id).first()
    if row:
        row["measured_by"] = row["measured_by"] or ""
    return row


async def remove_measurement(worker_id: int, measurement_id: int) -> bool:
    async with write_transaction():
        if await get_measurement(worker_id, measurement_id) is None:
            return False
        await ProgressionMeasurement.delete().where(ProgressionMeasurement.id == measurement_id)
    return True


async def current_levels(worker_id: int) -> list[dict]:
    """The latest measurement per dimension (what the worker stands at now)."""
    return [entry["points"][-1] | {"dimension_name": entry["dimension_name"], "instrument_name": entry["instrument_name"]}
            for entry in timeline(await list_measurements(worker_id))]


# The resident's page shows this on every view: hand-written (wijkwerk/common/raw_reads.py), with
# the same fields as FIELDS.
_LADDER_STEP = """
SELECT m.id, m.measured_on, m.note, l.rank AS level, l.name AS level_name, d.id AS dimension_id,
       d.name AS dimension_name, i.id AS instrument_id, i.name AS instrument_name, u.username AS measured_by
FROM progression_measurement AS m
JOIN progression_level AS l ON l.id = m.level
JOIN progression_dimension AS d ON d.id = l.dimension
JOIN progression_instrument AS i ON i.id = d.instrument
LEFT JOIN wijkwerk_user AS u ON u.id = m.measured_by
WHERE m.worker = {} AND i.is_default = {}
ORDER BY m.measured_on DESC, m.id DESC
LIMIT 1
"""


async def ladder_step(worker_id: int) -> dict | None:
    """The latest step on the default instrument (the Participatieladder), or None."""
    row = await fetch_one(_LADDER_STEP, worker_id, True)
    return row and {**row, "level_name": label(row["level_name"])}
