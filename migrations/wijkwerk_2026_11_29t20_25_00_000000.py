"""Seed the Participatieladder (steps 1 to 6, shared/domain.md) as the default, read-only instrument."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-29T20:25:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "seed the participatieladder"

NAME = "Participatieladder"
DIMENSION = "Trede"
STEPS = [
    (1, "Geïsoleerd", "Nauwelijks contact buiten het eigen huishouden."),
    (2, "Sociale contacten buitenshuis", "Wekelijks contact buiten de deur."),
    (3, "Deelname georganiseerde activiteiten", "Wekelijks een georganiseerde activiteit."),
    (4, "Onbetaald werk", "Onbetaald werk, ook werk met een vrijwilligersvergoeding."),
    (5, "Betaald werk met ondersteuning", "Betaald werk met steun: subsidie, jobcoach of aanvullende uitkering."),
    (6, "Betaald werk", "Regulier betaald werk zonder ondersteuning."),
]


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


async def seed() -> None:
    engine = engine_finder()
    # TRUE/FALSE literals work on both engines (SQLite 3.23+ stores them as 1/0).
    await engine.run_ddl(
        "INSERT INTO progression_instrument (name, description, builtin, is_default) VALUES "
        f"({_text(NAME)}, {_text('De participatieladder die gemeenten en financiers kennen.')}, TRUE, TRUE)")
    instrument = (await engine.run_ddl(f"SELECT id FROM progression_instrument WHERE name = {_text(NAME)}"))[0]["id"]
    await engine.run_ddl(
        f"INSERT INTO progression_dimension (instrument, name, position) VALUES ({instrument}, {_text(DIMENSION)}, 1)")
    dimension = (await engine.run_ddl(
        f"SELECT id FROM progression_dimension WHERE instrument = {instrument}"))[0]["id"]
    for rank, name, description in STEPS:
        await engine.run_ddl(
            "INSERT INTO progression_level (dimension, rank, name, description) VALUES "
            f"({dimension}, {rank}, {_text(name)}, {_text(description)})")


async def unseed() -> None:
    engine = engine_finder()
    ids = f"SELECT id FROM progression_instrument WHERE name = {_text(NAME)} AND builtin"
    dimensions = f"SELECT id FROM progression_dimension WHERE instrument IN ({ids})"
    await engine.run_ddl(f"DELETE FROM progression_measurement WHERE level IN "
                         f"(SELECT id FROM progression_level WHERE dimension IN ({dimensions}))")
    await engine.run_ddl(f"DELETE FROM progression_level WHERE dimension IN ({dimensions})")
    await engine.run_ddl(f"DELETE FROM progression_dimension WHERE instrument IN ({ids})")
    await engine.run_ddl(f"DELETE FROM progression_instrument WHERE name = {_text(NAME)} AND builtin")


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="wijkwerk", description=DESCRIPTION)
    manager.add_raw(seed)
    manager.add_raw_backwards(unseed)
    return manager
