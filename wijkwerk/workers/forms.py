"""Worker forms on the manager pages: typed text in, service values out, and messages back.

Form fields carry the service's key where there is one, so a message lands next to its field;
rows of the create form and the small section forms map their keys explicitly.
"""

from __future__ import annotations

from datetime import date, time

from wijkwerk.common.forms import FormReader
from wijkwerk.common.validation import InvalidInput

TEXT_FIELDS = ("first_name", "last_name", "email", "phone", "address", "languages", "work_limitations")
DATE_FIELDS = ("birth_date", "starts_on", "benefit_reported_on")
HOUR_FIELDS = ("target_minutes_per_week", "max_minutes_per_week", "max_minutes_per_day")
SKILL_ROWS = 3  # blank skill rows on the create form; more are added on the detail page
# Section form field -> service key, per section of the detail page.
SKILL_FIELDS = {"skill_id": "skill_id", "skill_level": "level", "skill_obtained": "certificate_obtained_on",
                "skill_expires": "certificate_expires_on"}
WINDOW_FIELDS = {"window_weekday": "weekday", "window_start": "start_time", "window_end": "end_time"}
EXCEPTION_FIELDS = {"exception_date": "on_date", "exception_kind": "kind", "exception_start": "start_time",
                    "exception_end": "end_time", "exception_reason": "reason"}
PREFERENCE_FIELDS = {"preference_job_type": "job_type_id", "preference": "preference"}


def cents_text(cents: int | None) -> str:
    return "" if cents is None else f"{cents // 100},{cents % 100:02d}"


def hours_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    whole, rest = divmod(minutes, 60)
    return str(whole) if rest == 0 else f"{minutes / 60:.2f}".rstrip("0").replace(".", ",")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def worker_form_text(row: dict) -> dict:
    """A stored worker as the text its edit form shows."""
    text = {name: _text(row.get(name)) for name in (*TEXT_FIELDS, *DATE_FIELDS, "benefit_type", "status")}
    text["neighbourhood_id"] = _text(row.get("neighbourhood_id"))
    text["benefit_reported"] = bool(row.get("benefit_reported"))
    text["rate_cents_per_hour"] = cents_text(row.get("rate_cents_per_hour"))
    text.update({name: hours_text(row.get(name)) for name in HOUR_FIELDS})
    return text


def read_worker(form: FormReader) -> dict:
    """The worker's own fields; unreadable text is left out and noted in form.errors."""
    values: dict = {name: form.text(name) for name in TEXT_FIELDS}
    values["languages"] = values["languages"] or "nl"
    values["birth_date"] = form.date("birth_date", required=True)
    values["starts_on"] = form.date("starts_on", required=True)
    values["benefit_reported_on"] = form.date("benefit_reported_on")
    values["neighbourhood_id"] = form.integer("neighbourhood_id")
    values["benefit_type"] = form.text("benefit_type") or "none"
    values["benefit_reported"] = form.boolean("benefit_reported")
    values["status"] = form.text("status") or "active"
    values["rate_cents_per_hour"] = form.money_cents("rate_cents_per_hour") or 0
    for name in HOUR_FIELDS:
        values[name] = form.minutes_from_hours(name) or 0
    return values


def read_section(form: FormReader, fields: dict[str, str]) -> dict:
    """One row of a detail-page section form, keyed as the service expects."""
    row: dict = {}
    for name, key in fields.items():
        if key in {"skill_id", "job_type_id", "weekday"}:
            row[key] = form.integer(name, required=True)
        elif key in {"on_date"}:
            row[key] = form.date(name, required=True)
        elif key.endswith("_on"):
            row[key] = form.date(name)
        elif key.endswith("_time"):
            row[key] = form.time(name)
        else:
            row[key] = form.text(name)
    return row


def read_create_rows(form: FormReader) -> tuple[dict, dict[str, str]]:
    """Weekly windows and skills from the create form, with the form field of each row's keys."""
    windows, skills, names = [], [], {}
    for weekday in range(7):
        start, end = f"day{weekday}_start", f"day{weekday}_end"
        if form.raw(start) or form.raw(end):
            index = len(windows)
            windows.append({"weekday": weekday, "start_time": form.time(start, True), "end_time": form.time(end, True)})
            names.update({f"windows[{index}].start_time": start, f"windows[{index}].end_time": end,
                          f"windows[{index}].weekday": start})
    for row in range(SKILL_ROWS):
        fields = {f"skill{row}_{part}": key for part, key in
                  (("id", "skill_id"), ("level", "level"), ("obtained", "certificate_obtained_on"),
                   ("expires", "certificate_expires_on"))}
        if form.raw(f"skill{row}_id"):
            index = len(skills)
            skills.append({**read_section(form, fields), "level": form.text(f"skill{row}_level") or "learning"})
            names.update({f"skills[{index}].{key}": name for name, key in fields.items()})
    return {"windows": windows, "skills": skills}, names


def section_names(fields: dict[str, str]) -> dict[str, str]:
    return {key: name for name, key in fields.items()}


def form_errors(invalid: InvalidInput, names: dict[str, str]) -> dict[str, str]:
    """Service keys turned into form field names; a key without a field stays as it is."""
    result: dict[str, str] = {}
    for error in invalid.errors:
        result.setdefault(names.get(error.field, error.field), error.message)
    return result

