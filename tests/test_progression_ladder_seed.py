"""The Participatieladder is seeded by a migration, once, and survives a down/up cycle."""

from __future__ import annotations

import pytest

from wijkwerk.migrate import migrate_backwards, migrate_forwards
from wijkwerk.tables import ProgressionDimension, ProgressionInstrument, ProgressionLevel

STEP_NAMES = ["Geïsoleerd", "Sociale contacten buitenshuis", "Deelname georganiseerde activiteiten",
              "Onbetaald werk", "Betaald werk met ondersteuning", "Betaald werk"]


async def _ladder_steps() -> list[str]:
    rows = await ProgressionLevel.select(ProgressionLevel.name).where(
        ProgressionLevel.dimension.instrument.name == "Participatieladder").order_by(ProgressionLevel.rank)
    return [row["name"] for row in rows]


async def test_ladder_is_the_default_instrument_with_six_ordered_steps(db):
    instrument = await ProgressionInstrument.select().where(ProgressionInstrument.is_default.eq(True)).first()
    assert instrument["name"] == "Participatieladder" and instrument["builtin"]
    assert await ProgressionDimension.count().where(ProgressionDimension.instrument == instrument["id"]) == 1
    assert await _ladder_steps() == STEP_NAMES


async def test_ladder_comes_back_exactly_once_after_down_and_up(db):
    await migrate_backwards()
    await migrate_forwards()
    assert await ProgressionInstrument.count() == 1
    assert await _ladder_steps() == STEP_NAMES


async def test_database_refuses_a_second_step_with_the_same_rank(db):
    dimension = await ProgressionDimension.select(ProgressionDimension.id).first()
    with pytest.raises(Exception) as raised:
        await ProgressionLevel.insert(ProgressionLevel(dimension=dimension["id"], rank=4, name="Dubbel"))
    assert "uq_progression_level" in str(raised.value) or "UNIQUE" in str(raised.value)
