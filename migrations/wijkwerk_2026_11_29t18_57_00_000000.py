"""Database-enforced rules for allowances declared elsewhere: never negative, one month a row."""

from migrations.rules_sql import manager_for

ID = "2026-11-29T18:57:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "other allowance checks"

UNIQUES: dict = {}
CHECKS = {"ck_other_allowance_amount": ("other_allowance", "{n}amount_cents >= 0 AND {n}amount_cents <= 10000000")}


async def forwards():
    return manager_for(ID, DESCRIPTION, UNIQUES, CHECKS)
