"""Progression instruments as data: instrument -> dimensions -> ordered scale levels.

The seeded Participatieladder is read-only; an admin adds other instruments (a
zelfredzaamheidsmatrix, NPRZ pillars) from a page, without code.
"""

from __future__ import annotations

from wijkwerk.common.existence import is_taken
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import ProgressionDimension, ProgressionInstrument, ProgressionLevel

MAX_LEVELS = 20
MAX_DIMENSIONS = 30


def builtin_names() -> dict[str, str]:
    """The seeded ladder's Dutch names with their translation, so residents read them in their language."""
    return {
        "Participatieladder": _("Participatieladder"), "Trede": _("Trede"),
        "Geïsoleerd": _("Geïsoleerd"), "Sociale contacten buitenshuis": _("Sociale contacten buitenshuis"),
        "Deelname georganiseerde activiteiten": _("Deelname georganiseerde activiteiten"),
        "Onbetaald werk": _("Onbetaald werk"), "Betaald werk met ondersteuning": _("Betaald werk met ondersteuning"),
        "Betaald werk": _("Betaald werk"),
    }


def label(name: str) -> str:
    return builtin_names().get(name, name)


async def list_instruments() -> list[dict]:
    """Every instrument with its dimensions and their levels in scale order; the default first."""
    instruments = await ProgressionInstrument.select().order_by(
        ProgressionInstrument.is_default, ascending=False).order_by(ProgressionInstrument.name)
    dimensions = await ProgressionDimension.select().order_by(ProgressionDimension.position, ProgressionDimension.id)
    levels = await ProgressionLevel.select().order_by(ProgressionLevel.rank)
    for dimension in dimensions:
        dimension["levels"] = [level for level in levels if level["dimension"] == dimension["id"]]
    for instrument in instruments:
        instrument["dimensions"] = [d for d in dimensions if d["instrument"] == instrument["id"]]
    return instruments


def _check_scale(errors: Errors, name: str, levels: list[str]) -> None:
    if len(levels) < 2:
        errors.add(name, "too_few_levels", _("Een schaal heeft minstens twee niveaus, één per regel."))
    elif len(levels) > MAX_LEVELS:
        errors.add(name, "too_many_levels", _("Maximaal %(n)s niveaus.", n=MAX_LEVELS))
    elif any(len(level) > 150 for level in levels):
        errors.add(name, "too_long", _("Maximaal %(n)s tekens.", n=150))


def _check_dimension_names(errors: Errors, name: str, dimensions: list[str]) -> None:
    if not dimensions:
        errors.add(name, "required", _("Vul minstens één dimensie in, één per regel."))
    elif len(dimensions) > MAX_DIMENSIONS:
        errors.add(name, "too_many", _("Maximaal %(n)s dimensies.", n=MAX_DIMENSIONS))
    elif len({d.lower() for d in dimensions}) != len(dimensions):
        errors.add(name, "duplicate", _("Elke dimensie mag maar één keer voorkomen."))
    elif any(len(d) > 150 for d in dimensions):
        errors.add(name, "too_long", _("Maximaal %(n)s tekens.", n=150))


async def _insert_dimension(instrument_id: int, name: str, position: int, levels: list[str]) -> int:
    rows = await ProgressionDimension.insert(ProgressionDimension(
        instrument=instrument_id, name=name, position=position)).returning(ProgressionDimension.id)
    await ProgressionLevel.insert(*[ProgressionLevel(dimension=rows[0]["id"], rank=rank, name=level)
                                    for rank, level in enumerate(levels, start=1)])
    return rows[0]["id"]


async def create_instrument(values: dict, errors: Errors | None = None) -> int:
    """An instrument whose dimensions share one scale (`levels`, lowest first); all or nothing."""
    errors = errors or Errors()
    name = (values.get("name") or "").strip()
    dimensions = [d.strip() for d in values.get("dimensions", []) if d.strip()]
    levels = [level.strip() for level in values.get("levels", []) if level.strip()]
    errors.required_text("name", name, 150)
    errors.max_length("description", values.get("description"), 2000)
    _check_dimension_names(errors, "dimensions", dimensions)
    _check_scale(errors, "levels", levels)
    async with write_transaction():
        if name and await is_taken(ProgressionInstrument, ProgressionInstrument.name, name):
            errors.duplicate("name")
        errors.raise_if_any()
        rows = await ProgressionInstrument.insert(ProgressionInstrument(
            name=name, description=(values.get("description") or "").strip())).returning(ProgressionInstrument.id)
        for position, dimension in enumerate(dimensions, start=1):
            await _insert_dimension(rows[0]["id"], dimension, position, levels)
    return rows[0]["id"]


async def add_dimension(instrument_id: int, values: dict, errors: Errors | None = None) -> int | None:
    """A dimension with its own scale; None when the instrument does not exist. The ladder is fixed (409)."""
    errors = errors or Errors()
    name = (values.get("name") or "").strip()
    levels = [level.strip() for level in values.get("levels", []) if level.strip()]
    errors.required_text("dimension_name", name, 150)
    _check_scale(errors, "dimension_levels", levels)
    async with write_transaction():
        instrument = await ProgressionInstrument.select().where(ProgressionInstrument.id == instrument_id).first()
        if instrument is None:
            return None
        if instrument["builtin"]:
            errors.status_code = 409
            errors.add("dimension_name", "builtin", _("De participatieladder ligt vast en kan niet worden aangepast."))
        existing = await ProgressionDimension.select(ProgressionDimension.name, ProgressionDimension.position).where(
            ProgressionDimension.instrument == instrument_id)
        if name.lower() in {row["name"].lower() for row in existing}:
            errors.duplicate("dimension_name")
        errors.raise_if_any()
        position = max((row["position"] for row in existing), default=0) + 1
        return await _insert_dimension(instrument_id, name, position, levels)


async def resolve_level(errors: Errors, dimension_id: int | None, rank: int | None) -> dict | None:
    """The level row for (dimension, rank), or None with a field error for what is unknown."""
    if dimension_id is None:
        errors.add("dimension_id", "required", _("Vul dit veld in."))
        return None
    if rank is None:
        errors.add("level", "required", _("Vul dit veld in."))
        return None
    if not await ProgressionDimension.exists().where(ProgressionDimension.id == dimension_id):
        errors.add("dimension_id", "not_found", _("Deze dimensie bestaat niet."))
        return None
    level = await ProgressionLevel.select().where(
        ProgressionLevel.dimension == dimension_id, ProgressionLevel.rank == rank).first()
    if level is None:
        errors.add("level", "unknown_level", _("Dit niveau bestaat niet op de schaal van deze dimensie."))
    return level
