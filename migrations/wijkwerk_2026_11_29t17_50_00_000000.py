"""Seed the legal amounts from domain.md as dated data: allowance caps and minimum wage.

2026 caps were not published when this was written: the 2025 values are seeded for 2026
with status 'unconfirmed', so an admin sees they need checking.
"""

from datetime import date

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-29T17:50:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "seed compensation caps and minimum wage"

SOURCE = "seed: shared/domain.md"

# (valid_from, valid_until, min_age, hourly, monthly, yearly, status)
CAPS = [
    (date(2023, 1, 1), date(2023, 12, 31), 21, 500, 19000, 190000, "official"),
    (date(2023, 1, 1), date(2023, 12, 31), 0, 275, 19000, 190000, "official"),
    (date(2024, 1, 1), date(2024, 12, 31), 21, 550, 21000, 210000, "secondary"),
    (date(2024, 1, 1), date(2024, 12, 31), 0, 325, 21000, 210000, "secondary"),
    (date(2025, 1, 1), date(2025, 12, 31), 21, 560, 21000, 210000, "secondary"),
    (date(2025, 1, 1), date(2025, 12, 31), 0, 330, 21000, 210000, "secondary"),
    (date(2026, 1, 1), None, 21, 560, 21000, 210000, "unconfirmed"),
    (date(2026, 1, 1), None, 0, 330, 21000, 210000, "unconfirmed"),
]

# Adult rates per period, and youth rates as the stated share of the adult rate (rounded down).
ADULT_WAGE = [
    (date(2025, 1, 1), date(2025, 6, 30), 1406),
    (date(2025, 7, 1), date(2025, 12, 31), 1440),
    (date(2026, 1, 1), None, 1471),
]
YOUTH_SHARE = {20: 80, 19: 60, 18: 50}


def wage_rows() -> list[tuple]:
    rows = []
    for valid_from, valid_until, adult in ADULT_WAGE:
        rows.append((valid_from, valid_until, 21, adult))
        rows += [(valid_from, valid_until, age, adult * share // 100) for age, share in YOUTH_SHARE.items()]
    return rows


def _sql_date(day: date | None) -> str:
    return f"'{day.isoformat()}'" if day else "NULL"


async def seed() -> None:
    engine = engine_finder()
    for valid_from, valid_until, min_age, hourly, monthly, yearly, status in CAPS:
        await engine.run_ddl(
            "INSERT INTO compensation_cap (valid_from, valid_until, min_age, hourly_cap_cents, "
            "monthly_cap_cents, yearly_cap_cents, status, source) VALUES "
            f"({_sql_date(valid_from)}, {_sql_date(valid_until)}, {min_age}, {hourly}, "
            f"{monthly}, {yearly}, '{status}', '{SOURCE}')"
        )
    for valid_from, valid_until, min_age, hourly in wage_rows():
        await engine.run_ddl(
            "INSERT INTO minimum_wage (valid_from, valid_until, min_age, hourly_cents, status, source) VALUES "
            f"({_sql_date(valid_from)}, {_sql_date(valid_until)}, {min_age}, {hourly}, "
            f"'official', '{SOURCE}')"
        )


async def unseed() -> None:
    engine = engine_finder()
    await engine.run_ddl(f"DELETE FROM compensation_cap WHERE source = '{SOURCE}'")
    await engine.run_ddl(f"DELETE FROM minimum_wage WHERE source = '{SOURCE}'")


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="wijkwerk", description=DESCRIPTION)
    manager.add_raw(seed)
    manager.add_raw_backwards(unseed)
    return manager
