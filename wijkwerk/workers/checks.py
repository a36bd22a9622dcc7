"""Validation rules for workers and their skills, availability and preferences.

They mirror the database checks (migration 2026-11-29T17:45) so a bad value becomes a
field-level message before the database has to refuse it. Keys use the API's field names;
rows inside a list get a prefix such as "windows[2].".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from wijkwerk.common.existence import require_reference
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.formatting import AMSTERDAM
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import JobType, Neighbourhood, Skill
from wijkwerk.tables.enums import (
    AvailabilityKind, BenefitType, Preference, SkillLevel, WorkerStatus, values,
)

MAX_RATE_CENTS = 100_000
MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
TEXT_LIMITS = {"email": 200, "phone": 40, "address": 200, "work_limitations": 2000}
_LANGUAGES = re.compile(r"^[a-z]{2,3}(,[a-z]{2,3})*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def today() -> date:
    return datetime.now(AMSTERDAM).date()


def _date_in(errors: Errors, name: str, value: date | None, earliest: date, latest: date) -> None:
    if value is not None and not earliest <= value <= latest:
        errors.add(name, "out_of_range", _("Deze datum ligt buiten het bereik %(a)s tot %(b)s.",
                                           a=earliest.isoformat(), b=latest.isoformat()))


def _work_date(errors: Errors, name: str, value: date | None) -> None:
    _date_in(errors, name, value, EARLIEST_WORK_DATE, date(2100, 12, 31))


def _required(errors: Errors, name: str, value) -> bool:
    if value is None:
        errors.add(name, "required", _("Vul dit veld in."))
        return False
    return True


def check_worker(errors: Errors, worker: dict) -> None:
    """The worker's own fields, given complete (a create, or the current row with changes)."""
    errors.required_text("first_name", worker.get("first_name"), 100)
    errors.required_text("last_name", worker.get("last_name"), 100)
    for name, limit in TEXT_LIMITS.items():
        errors.max_length(name, worker.get(name), limit)
    if worker.get("email") and not _EMAIL.match(worker["email"]):
        errors.add("email", "invalid_email", _("Vul een geldig e-mailadres in."))
    if not _LANGUAGES.match(worker.get("languages") or ""):
        errors.add("languages", "invalid_languages",
                   _("Vul taalcodes in, gescheiden door komma's, bijvoorbeeld nl,ar."))
    if _required(errors, "birth_date", worker.get("birth_date")):
        _date_in(errors, "birth_date", worker["birth_date"], date(1900, 1, 1), today())
    if _required(errors, "starts_on", worker.get("starts_on")):
        _work_date(errors, "starts_on", worker["starts_on"])
    _work_date(errors, "benefit_reported_on", worker.get("benefit_reported_on"))
    errors.choice("benefit_type", worker.get("benefit_type"), values(BenefitType))
    errors.choice("status", worker.get("status"), values(WorkerStatus))
    check_amounts(errors, worker)


def check_amounts(errors: Errors, worker: dict) -> None:
    errors.non_negative("rate_cents_per_hour", worker.get("rate_cents_per_hour"), MAX_RATE_CENTS)
    errors.non_negative("target_minutes_per_week", worker.get("target_minutes_per_week"), MINUTES_PER_WEEK)
    errors.non_negative("max_minutes_per_week", worker.get("max_minutes_per_week"), MINUTES_PER_WEEK)
    day = worker.get("max_minutes_per_day")
    if day is not None and day > MINUTES_PER_DAY:
        errors.add("max_minutes_per_day", "too_large", _("Een dag heeft maar 24 uur."))
    else:
        errors.non_negative("max_minutes_per_day", day)
    target, maximum = worker.get("target_minutes_per_week"), worker.get("max_minutes_per_week")
    # The target is what the roster aims for; planning above the agreed maximum is never fair.
    if target is not None and maximum is not None and 0 <= maximum < target:
        errors.add("target_minutes_per_week", "above_maximum",
                   _("Het doel mag niet hoger zijn dan het maximum per week."))


async def check_worker_references(errors: Errors, worker: dict) -> None:
    await require_reference(errors, "neighbourhood_id", Neighbourhood, worker.get("neighbourhood_id"))


def check_skill(errors: Errors, row: dict, prefix: str = "") -> None:
    errors.choice(prefix + "level", row.get("level"), values(SkillLevel))
    obtained, expires = row.get("certificate_obtained_on"), row.get("certificate_expires_on")
    _work_date(errors, prefix + "certificate_obtained_on", obtained)
    _work_date(errors, prefix + "certificate_expires_on", expires)
    if obtained is not None and expires is not None and expires < obtained:
        errors.add(prefix + "certificate_expires_on", "end_before_start",
                   _("De vervaldatum moet na de datum van behalen liggen."))


def _local_time(errors: Errors, name: str, value: time | None) -> None:
    if value is not None and value.tzinfo is not None:
        errors.add(name, "local_time_required", _("Geef een tijd zonder tijdzone (lokale tijd)."))


def check_times(errors: Errors, row: dict, prefix: str, required: bool) -> None:
    start, end = row.get("start_time"), row.get("end_time")
    if required:
        _required(errors, prefix + "start_time", start)
        _required(errors, prefix + "end_time", end)
    elif (start is None) != (end is None):
        errors.add(prefix + ("end_time" if end is None else "start_time"), "required",
                   _("Vul begin en einde allebei in, of allebei niet."))
    _local_time(errors, prefix + "start_time", start)
    _local_time(errors, prefix + "end_time", end)
    if start is not None and end is not None and start.tzinfo is None and end.tzinfo is None:
        errors.ordered(prefix + "end_time", start, end)


def check_window(errors: Errors, row: dict, prefix: str = "") -> None:
    weekday = row.get("weekday")
    if _required(errors, prefix + "weekday", weekday) and not 0 <= weekday <= 6:
        errors.add(prefix + "weekday", "invalid_choice", _("Kies een dag van maandag (0) tot zondag (6)."))
    check_times(errors, row, prefix, required=True)


def check_no_overlap(errors: Errors, new: dict, existing: list[dict], prefix: str = "") -> None:
    """Two windows on one weekday may touch but not overlap, so hours are never counted twice."""
    for other in existing:
        if (other["weekday"] == new.get("weekday") and new.get("start_time") and new.get("end_time")
                and new["start_time"] < other["end_time"] and other["start_time"] < new["end_time"]):
            errors.add(prefix + "start_time", "overlap", _("Dit overlapt met een ander tijdvak op die dag."))
            return


def check_exception(errors: Errors, row: dict, prefix: str = "") -> None:
    if _required(errors, prefix + "on_date", row.get("on_date")):
        _work_date(errors, prefix + "on_date", row["on_date"])
    errors.choice(prefix + "kind", row.get("kind"), values(AvailabilityKind))
    check_times(errors, row, prefix, required=row.get("kind") == AvailabilityKind.extra.value)
    errors.max_length(prefix + "reason", row.get("reason"), 200)


def check_preference(errors: Errors, row: dict, prefix: str = "") -> None:
    errors.choice(prefix + "preference", row.get("preference"), values(Preference))


async def check_skill_reference(errors: Errors, row: dict, prefix: str = "") -> None:
    if _required(errors, prefix + "skill_id", row.get("skill_id")):
        await require_reference(errors, prefix + "skill_id", Skill, row["skill_id"])


async def check_job_type_reference(errors: Errors, row: dict, prefix: str = "") -> None:
    if _required(errors, prefix + "job_type_id", row.get("job_type_id")):
        await require_reference(errors, prefix + "job_type_id", JobType, row["job_type_id"])
