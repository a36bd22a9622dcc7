"""The rules a job, its weekly slots and its skill requirements must meet, with field-level messages.

They mirror the database checks (ck_job_*, ck_recurrence_*, uq_job_skill_requirement) so a bad
value is named per field, and nested keys read like the API body: `recurrences[1].end_time`.
"""

from __future__ import annotations

from datetime import date

from wijkwerk.common.existence import require_reference
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.formatting import money
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Client, JobRecurrence, JobType, Neighbourhood, Skill
from wijkwerk.tables.enums import PriceKind, WorkMode, values

MAX_CENTS = 100_000_000
MAX_HEADCOUNT = 500
TEXT_LIMITS = {"meeting_point": 200, "address": 200, "what_to_bring": 2000, "supervisor_name": 150,
               "supervisor_phone": 40}


def _required(errors: Errors, name: str, value) -> bool:
    if value is None or value == "":
        errors.add(name, "required", _("Vul dit veld in."))
        return False
    return True


def check_fields(errors: Errors, record: dict) -> None:
    errors.required_text("title", record.get("title"), 150)
    errors.required_text("additionality", record.get("additionality"), 2000)
    for name, limit in TEXT_LIMITS.items():
        errors.max_length(name, record.get(name), limit)
    for name, allowed in (("work_mode", values(WorkMode)), ("price_kind", values(PriceKind))):
        if _required(errors, name, record.get(name)):
            errors.choice(name, record[name], allowed)
    price = record.get("price_cents")
    if _required(errors, "price_cents", price):
        errors.non_negative("price_cents", price)
        if price > MAX_CENTS:
            errors.add("price_cents", "too_large", _("Mag niet meer zijn dan %(amount)s.", amount=money(MAX_CENTS)))
    check_period(errors, record.get("active_from"), record.get("active_until"))


def check_period(errors: Errors, active_from: date | None, active_until: date | None) -> None:
    if _required(errors, "active_from", active_from):
        errors.sane_date("active_from", active_from, EARLIEST_WORK_DATE)
    errors.sane_date("active_until", active_until, EARLIEST_WORK_DATE)
    if active_from and active_until and active_until < active_from:
        errors.add("active_until", "end_before_start", _("De einddatum mag niet voor de begindatum liggen."))


async def check_references(errors: Errors, record: dict) -> None:
    for name, table in (("client", Client), ("job_type", JobType), ("neighbourhood", Neighbourhood)):
        if _required(errors, name, record.get(name)):
            await require_reference(errors, name, table, record[name])


def check_headcounts(errors: Errors, prefix: str, low, target, high) -> None:
    for name, value in (("headcount_min", low), ("headcount_target", target), ("headcount_max", high)):
        if _required(errors, prefix + name, value):
            errors.non_negative(prefix + name, value, MAX_HEADCOUNT)
    if None in (low, target, high) or min(low, target, high) < 0:
        return
    if high < 1:
        errors.add(prefix + "headcount_max", "too_small", _("Er moet minstens 1 persoon kunnen werken."))
    elif target < low:
        errors.add(prefix + "headcount_target", "out_of_order",
                   _("Het streefaantal mag niet lager zijn dan het minimum."))
    elif high < target:
        errors.add(prefix + "headcount_max", "out_of_order", _("Het maximum mag niet lager zijn dan het streefaantal."))


def check_slot(errors: Errors, prefix: str, slot: dict) -> None:
    weekday = slot.get("weekday")
    if _required(errors, prefix + "weekday", weekday) and not 0 <= weekday <= 6:
        errors.add(prefix + "weekday", "out_of_range", _("Kies een dag van maandag tot en met zondag."))
    start, end = slot.get("start_time"), slot.get("end_time")
    for name, moment in (("start_time", start), ("end_time", end)):
        if _required(errors, prefix + name, moment) and moment.tzinfo is not None:
            errors.add(prefix + name, "local_time_required",
                       _("Geef een tijd zonder tijdzone; het is altijd Nederlandse tijd."))
    if start is not None and end is not None and start.tzinfo is None and end.tzinfo is None:
        errors.ordered(prefix + "end_time", start, end, _("De eindtijd moet na de begintijd liggen."))
    check_headcounts(errors, prefix, slot.get("headcount_min"), slot.get("headcount_target"), slot.get("headcount_max"))


async def check_recurrences(errors: Errors, slots: list[dict], job_id: int | None) -> None:
    """Each slot is valid; a slot id must belong to this job (it is kept, the others are replaced)."""
    own: set[int] = set()
    if job_id is not None:
        own = {row["id"] for row in await JobRecurrence.select(JobRecurrence.id).where(JobRecurrence.job == job_id)}
    seen: set[int] = set()
    for index, slot in enumerate(slots):
        prefix = f"recurrences[{index}]."
        check_slot(errors, prefix, slot)
        slot_id = slot.get("id")
        if slot_id is not None and (slot_id not in own or slot_id in seen):
            errors.not_found(prefix + "id")
        if slot_id is not None:
            seen.add(slot_id)


async def check_requirements(errors: Errors, requirements: list[dict]) -> None:
    ids = [item["skill"] for item in requirements if item.get("skill") is not None]
    known = {row["id"] for row in await Skill.select(Skill.id).where(Skill.id.is_in(ids))} if ids else set()
    seen: set[int] = set()
    for index, item in enumerate(requirements):
        prefix = f"skill_requirements[{index}]."
        skill, minimum = item.get("skill"), item.get("minimum")
        if _required(errors, prefix + "skill", skill):
            if skill not in known:
                errors.not_found(prefix + "skill")
            elif skill in seen:
                errors.add(prefix + "skill", "duplicate", _("Deze vaardigheid staat er al bij."))
            seen.add(skill)
        if _required(errors, prefix + "minimum", minimum) and not 1 <= minimum <= MAX_HEADCOUNT:
            errors.add(prefix + "minimum", "out_of_range", _("Vul een aantal van 1 tot %(n)s in.", n=MAX_HEADCOUNT))


async def validate_job(record: dict, job_id: int | None = None) -> None:
    """Raise InvalidInput listing every problem in the job and, when given, its slots and requirements."""
    errors = Errors()
    check_fields(errors, record)
    await check_references(errors, record)
    if record.get("recurrences") is not None:
        await check_recurrences(errors, record["recurrences"], job_id)
    if record.get("skill_requirements") is not None:
        await check_requirements(errors, record["skill_requirements"])
    errors.raise_if_any()
