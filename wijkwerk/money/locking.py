"""One lock for every money write that checks the available profit before it commits.

On PostgreSQL a transaction-scoped advisory lock makes such writes take turns: the second
request reads the balance only after the first has committed (READ COMMITTED sees it). On
SQLite the write transaction begins IMMEDIATE, which already holds the one database write lock.
"""

from __future__ import annotations

from wijkwerk.tables import LedgerEntry

# An arbitrary constant naming "the money balance" among advisory locks.
MONEY_LOCK_KEY = 730_001


async def lock_money_balance() -> None:
    """Call first inside write_transaction(); released when the transaction ends."""
    if LedgerEntry._meta.db.engine_type == "postgres":
        await LedgerEntry.raw(f"SELECT pg_advisory_xact_lock({MONEY_LOCK_KEY})")
