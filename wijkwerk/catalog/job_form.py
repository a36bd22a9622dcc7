"""The job form: flat HTML fields to a job record with its weekly slots and skill minimums, and back.

Slots are numbered rows (`rec-0-weekday` …). A row left blank is ignored and an existing row
with "verwijderen" ticked is dropped, so slots can be added and removed without JavaScript.
Skill minimums are one number field per skill (`skill-<id>`); empty or 0 means not needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from wijkwerk.catalog.forms import cents_text
from wijkwerk.common.forms import FormReader

BLANK_ROWS = 3
MAX_ROWS = 50
TEXT_FIELDS = ("title", "work_mode", "price_kind", "meeting_point", "address", "what_to_bring", "additionality",
               "supervisor_name", "supervisor_phone")
ID_FIELDS = ("client", "job_type", "neighbourhood")
_ROW = re.compile(r"^rec-(\d{1,3})-")
_NESTED = re.compile(r"^(recurrences|skill_requirements)\[(\d+)\]\.(\w+)$")


def slot_name(row: int, field: str) -> str:
    return f"rec-{row}-{field}"


def skill_name(skill_id: int) -> str:
    return f"skill-{skill_id}"


@dataclass
class JobForm:
    record: dict
    reader: FormReader
    slot_rows: list[int]  # the form row of each slot in record["recurrences"]
    skill_ids: list[int]  # the skill of each item in record["skill_requirements"]

    def field_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Service keys like `recurrences[1].end_time` renamed to the form field that shows them."""
        result: dict[str, str] = {}
        for key, message in errors.items():
            match = _NESTED.match(key)
            if match and match.group(1) == "recurrences":
                key = slot_name(self.slot_rows[int(match.group(2))], match.group(3))
            elif match:
                key = skill_name(self.skill_ids[int(match.group(2))])
            result[key] = message
        return result


def form_rows(data: dict) -> list[int]:
    return sorted({int(match.group(1)) for key in data if (match := _ROW.match(key))})[:MAX_ROWS]


def _number(form: FormReader, name: str, default: int) -> int | None:
    return form.integer(name) if form.raw(name) else default


def _slot(form: FormReader, row: int) -> dict | None:
    def name(field: str) -> str:
        return slot_name(row, field)

    if form.boolean(name("remove")) or not any(form.raw(name(f)) for f in ("weekday", "start_time", "end_time")):
        return None
    low = _number(form, name("headcount_min"), 1)
    target = _number(form, name("headcount_target"), low or 1)
    return {
        "id": form.integer(name("id")),
        "weekday": form.integer(name("weekday"), required=True),
        "start_time": form.time(name("start_time"), required=True),
        "end_time": form.time(name("end_time"), required=True),
        "headcount_min": low,
        "headcount_target": target,
        "headcount_max": _number(form, name("headcount_max"), target or 1),
        "supervisor_required": form.boolean(name("supervisor_required")),
    }


def read_job_form(data: dict[str, str], skills: list[dict]) -> JobForm:
    form = FormReader(data)
    record: dict = {name: form.text(name) for name in TEXT_FIELDS}
    record.update({name: form.integer(name) for name in ID_FIELDS})
    record["price_cents"] = form.money_cents("price_cents")
    record["active_from"] = form.date("active_from")
    record["active_until"] = form.date("active_until")
    slots, slot_rows = [], []
    for row in form_rows(data):
        slot = _slot(form, row)
        if slot is not None:
            slots.append(slot)
            slot_rows.append(row)
    requirements, skill_ids = [], []
    for skill in skills:
        name = skill_name(skill["id"])
        if form.raw(name) not in ("", "0"):
            requirements.append({"skill": skill["id"], "minimum": form.integer(name)})
            skill_ids.append(skill["id"])
    record["recurrences"], record["skill_requirements"] = slots, requirements
    return JobForm(record, form, slot_rows, skill_ids)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def stored_values(job: dict) -> tuple[dict, list[int]]:
    """A stored job as the form's text values, with blank rows after its slots for new ones."""
    values = {name: _text(job[name]) for name in TEXT_FIELDS + ID_FIELDS + ("active_from", "active_until")}
    values["price_cents"] = cents_text(job["price_cents"])
    for row, slot in enumerate(job["recurrences"]):
        values.update({slot_name(row, field): _text(slot[field]) for field in (
            "id", "weekday", "headcount_min", "headcount_target", "headcount_max")})
        values[slot_name(row, "start_time")] = slot["start_time"].strftime("%H:%M")
        values[slot_name(row, "end_time")] = slot["end_time"].strftime("%H:%M")
        values[slot_name(row, "supervisor_required")] = slot["supervisor_required"]
    for item in job["skill_requirements"]:
        values[skill_name(item["skill"])] = str(item["minimum"])
    return values, list(range(len(job["recurrences"]) + BLANK_ROWS))


def new_values(client: int | None, today: date) -> tuple[dict, list[int]]:
    values = {name: "" for name in TEXT_FIELDS + ID_FIELDS + ("price_cents", "active_until")}
    values.update(work_mode="volunteer", price_kind="per_shift", active_from=today.isoformat(),
                  client=_text(client))
    return values, list(range(BLANK_ROWS))
