"""The report data version: one integer the database changes whenever a table the report reads
is written, so anything computed from that data (the disclosure protection pattern) can be
stored and reused while the version stays the same.

The database bumps it itself (triggers, migrations/report_version_sql.py), in the writing
transaction, so no write path can forget it and no reader sees a new version before the data
that caused it. Read the version BEFORE loading the data and store the result under it: a
write that lands in between then makes the stored result look older than it is, and it is
recomputed at the next read; reading it after could label old data with the new version.
The number only changes, it does not count: SQLite adds one per row written, PostgreSQL one
per transaction.
"""

from __future__ import annotations

from piccolo.engine.base import Engine
from piccolo.querystring import QueryString


async def current(engine: Engine) -> int:
    """The data version now (in the current transaction, if one is open)."""
    rows = await engine.run_querystring(QueryString("SELECT version FROM report_data_version WHERE id = 1"))
    return int(rows[0]["version"])
