"""Sectors are data: look them up by code, so an unknown sector is a field error, not a crash."""

from __future__ import annotations

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
