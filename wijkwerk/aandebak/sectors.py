"""Sectors are data: look them up by code, so an unknown sector is a field error, not a crash."""

from __future__ import annotations

from wijkwerk.common.existence import is_taken
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Sector


async def list_sectors() -> list[dict]:
    return await Sector.select().order_by(Sector.name_nl)


async def sector_ids(errors: Errors, name: str, codes: list[str]) -> list[int]:
    """Ids for the given codes; adds one error on `name` listing any code that is not a sector."""
    if not codes:
        return []
    rows = await Sector.select(Sector.id, Sector.code).where(Sector.code.is_in(list(codes)))
    found = {row["code"]: row["id"] for row in rows}
    unknown = [code for code in codes if code not in found]
    if unknown:
        errors.add(name, "unknown_sector", _("Onbekende sector: %(codes)s.", codes=", ".join(unknown)))
    return [found[code] for code in codes if code in found]


async def sector_id(errors: Errors, name: str, code: str | None, required: bool = True) -> int | None:
    if not code:
        if required:
            errors.add(name, "required", _("Vul dit veld in."))
        return None
    ids = await sector_ids(errors, name, [code])
    return ids[0] if ids else None


async def create_sector(data: dict) -> dict:
    """An admin adds a sector; codes are short lowercase words (the schema checks), unique."""
    errors = Errors()
    errors.required_text("name_nl", data.get("name_nl"), 100)
    errors.required_text("name_en", data.get("name_en"), 100)
    _check_weeks(errors, data.get("mediation_after_weeks", 12))
    async with write_transaction():
        if await is_taken(Sector, Sector.code, data["code"]):
            errors.duplicate("code")
        errors.raise_if_any()
        await Sector.insert(Sector(code=data["code"], name_nl=data["name_nl"].strip(), name_en=data["name_en"].strip(),
                                   mediation_after_weeks=data.get("mediation_after_weeks", 12)))
    return await Sector.select().where(Sector.code == data["code"]).first()


async def set_mediation_weeks(code: str, weeks: int) -> dict | None:
    errors = Errors()
    _check_weeks(errors, weeks)
    errors.raise_if_any()
    if not await Sector.exists().where(Sector.code == code):
        return None
    await Sector.update({Sector.mediation_after_weeks: weeks}).where(Sector.code == code)
    return await Sector.select().where(Sector.code == code).first()


def _check_weeks(errors: Errors, weeks) -> None:
    if weeks is None or not 1 <= weeks <= 104:
        errors.add("mediation_after_weeks", "out_of_range", _("Vul 1 tot en met 104 weken in."))
