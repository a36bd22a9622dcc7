"""Employers and guarantee agreements: validation and writes shared by the API and the pages."""

from __future__ import annotations

import re

from wijkwerk.aandebak.pipeline import places_used
from wijkwerk.aandebak.sectors import sector_id
from wijkwerk.clock import today
from wijkwerk.common.existence import is_taken, require_reference
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Employer, GuaranteeAgreement, Neighbourhood
from wijkwerk.tables.enums import GuaranteeKind, values

CREBO = re.compile(r"[0-9]{5}")


def check_course(errors: Errors, course_name: str | None, level, crebo: str | None) -> None:
    errors.required_text("course_name", course_name, 150)
    if level is None:
        errors.add("course_level", "required", _("Vul dit veld in."))
    elif not 1 <= level <= 4:
        errors.add("course_level", "out_of_range", _("Een MBO-niveau is 1 tot en met 4."))
    if crebo and not CREBO.fullmatch(crebo):
        errors.add("crebo", "invalid_crebo", _("Een crebocode bestaat uit 5 cijfers."))


async def create_employer(data: dict) -> dict:
    errors = Errors()
    errors.required_text("name", data.get("name"), 150)
    errors.max_length("contact_name", data.get("contact_name"), 150)
    errors.max_length("email", data.get("email"), 200)
    async with write_transaction():
        sector = await sector_id(errors, "sector", data.get("sector"))
        if not errors.items and await is_taken(Employer, Employer.name, data["name"].strip()):
            errors.duplicate("name")
        errors.raise_if_any()
        row = await Employer.insert(Employer(
            name=data["name"].strip(), sector=sector, contact_name=(data.get("contact_name") or "").strip(),
            email=(data.get("email") or "").strip())).returning(Employer.id)
    return await get_employer(row[0]["id"])


async def get_employer(employer_id: int) -> dict | None:
    return await Employer.select(
        Employer.id, Employer.name, Employer.contact_name, Employer.email, Employer.sector.code.as_alias("sector"),
    ).where(Employer.id == employer_id).first()


async def list_employers() -> list[dict]:
    return await Employer.select(
        Employer.id, Employer.name, Employer.contact_name, Employer.email, Employer.sector.code.as_alias("sector"),
    ).order_by(Employer.name)


async def validate_agreement(data: dict) -> tuple[Errors, int | None]:
    errors = Errors()
    check_course(errors, data.get("course_name"), data.get("course_level"), data.get("crebo"))
    places = data.get("places_per_year")
    if places is None:
        errors.add("places_per_year", "required", _("Vul dit veld in."))
    errors.non_negative("places_per_year", places, 100_000)
    hours = data.get("hours_per_week", 32)
    if hours is None or not 1 <= hours <= 60:
        errors.add("hours_per_week", "out_of_range", _("Vul 1 tot en met 60 uur per week in."))
    errors.choice("guarantee_kind", data.get("guarantee_kind"), values(GuaranteeKind))
    if data.get("valid_from") is None:
        errors.add("valid_from", "required", _("Vul dit veld in."))
    errors.sane_date("valid_from", data.get("valid_from"), EARLIEST_WORK_DATE)
    errors.sane_date("valid_until", data.get("valid_until"), EARLIEST_WORK_DATE)
    if data.get("valid_from") and data.get("valid_until") and data["valid_until"] < data["valid_from"]:
        errors.add("valid_until", "end_before_start", _("Het einde moet na het begin liggen."))
    if data.get("employer_id") is None:
        errors.add("employer_id", "required", _("Vul dit veld in."))
    await require_reference(errors, "employer_id", Employer, data.get("employer_id"))
    await require_reference(errors, "neighbourhood_id", Neighbourhood, data.get("neighbourhood_id"))
    sector = await sector_id(errors, "sector", data.get("sector"))
    return errors, sector


async def create_agreement(data: dict) -> dict:
    async with write_transaction():
        errors, sector = await validate_agreement(data)
        errors.raise_if_any()
        row = await GuaranteeAgreement.insert(GuaranteeAgreement(
            employer=data["employer_id"], sector=sector, course_name=data["course_name"].strip(),
            course_level=data["course_level"], crebo=data.get("crebo") or "", places_per_year=data["places_per_year"],
            guarantee_kind=data.get("guarantee_kind") or GuaranteeKind.job.value,
            hours_per_week=data.get("hours_per_week", 32), neighbourhood=data.get("neighbourhood_id"),
            valid_from=data["valid_from"], valid_until=data.get("valid_until"),
        )).returning(GuaranteeAgreement.id)
    return await get_agreement(row[0]["id"])


AGREEMENT_FIELDS = (
    GuaranteeAgreement.id, GuaranteeAgreement.employer.as_alias("employer_id"),
    GuaranteeAgreement.employer.name.as_alias("employer_name"), GuaranteeAgreement.sector.code.as_alias("sector"),
    GuaranteeAgreement.course_name, GuaranteeAgreement.course_level, GuaranteeAgreement.crebo,
    GuaranteeAgreement.places_per_year, GuaranteeAgreement.guarantee_kind, GuaranteeAgreement.hours_per_week,
    GuaranteeAgreement.neighbourhood.as_alias("neighbourhood_id"), GuaranteeAgreement.valid_from,
    GuaranteeAgreement.valid_until,
)


async def get_agreement(agreement_id: int) -> dict | None:
    return await GuaranteeAgreement.select(*AGREEMENT_FIELDS).where(GuaranteeAgreement.id == agreement_id).first()


async def list_agreements() -> list[dict]:
    return await GuaranteeAgreement.select(*AGREEMENT_FIELDS).order_by(
        GuaranteeAgreement.employer.name, GuaranteeAgreement.course_name)




async def update_agreement(agreement_id: int, changes: dict) -> dict | None:
    """Change the places per year or the end of validity; never below the places already used."""
    async with write_transaction():
        current = await get_agreement(agreement_id)
        if current is None:
            return None
        errors = Errors()
        places = changes.get("places_per_year", current["places_per_year"])
        errors.non_negative("places_per_year", places, 100_000)
        until = changes.get("valid_until", current["valid_until"])
        if until is not None and until < current["valid_from"]:
            errors.add("valid_until", "end_before_start", _("Het einde moet na het begin liggen."))
        used = await places_used(agreement_id, today().year)
        if not errors.items and places < used:
            errors.status_code = 409
            errors.add("places_per_year", "below_used",
                       _("Er zijn dit jaar al %(n)s kandidaten geplaatst.", n=used))
        errors.raise_if_any()
        if changes:
            await GuaranteeAgreement.update(changes).where(GuaranteeAgreement.id == agreement_id)
    return await get_agreement(agreement_id)
