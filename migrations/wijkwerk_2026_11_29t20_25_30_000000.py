"""Database-enforced money rules: the ledger is append-only, amounts have the right sign,
kinds are known values. A reversal carries a negative amount; every other entry a positive one.
"""

from piccolo.engine import engine_finder

from migrations import append_only_sql
from migrations.rules_sql import in_values, manager_for

ID = "2026-11-29T20:25:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "ledger rules"

LEDGER_KINDS = ["revenue", "subsidy", "other_income", "compensation", "supervision", "materials",
                "overhead", "reinvestment_spending"]
UNIQUES: dict = {}
CHECKS = {
    "ck_ledger_entry_amount": (
        "ledger_entry",
        "({n}reverses IS NULL AND {n}amount_cents > 0 AND {n}amount_cents <= 1000000000)"
        " OR ({n}reverses IS NOT NULL AND {n}amount_cents < 0 AND {n}amount_cents >= -1000000000)",
    ),
    "ck_ledger_entry_kind": ("ledger_entry", in_values("kind", LEDGER_KINDS)),
    "ck_funder_kind": ("funder", in_values("kind", ["gemeente", "fund", "lottery", "other"])),
    "ck_allocation_amount": ("allocation", "{n}amount_cents > 0 AND {n}amount_cents <= 1000000000"),
    "ck_project_outcome_number": ("project_outcome", "{n}number >= 0"),
}


async def forwards():
    manager = manager_for(ID, DESCRIPTION, UNIQUES, CHECKS)

    async def append_only():
        engine_type = engine_finder().engine_type
        await append_only_sql.run(append_only_sql.forward_statements(engine_type, "ledger_entry"))

    async def not_append_only():
        engine_type = engine_finder().engine_type
        await append_only_sql.run(append_only_sql.backward_statements(engine_type, "ledger_entry"))

    manager.add_raw(append_only)
    manager.add_raw_backwards(not_append_only)
    return manager
