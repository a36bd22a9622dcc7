"""Hand-written reads for the paths that run on every page view, on both engines.

Piccolo rebuilds a select's SQL, and every join chain in it, each time the query runs; on the
resident's week, opened by hundreds of residents all day, building the SQL cost several times
more than SQLite or PostgreSQL spent answering it (docs/BENCHMARKS.md, "Resident page load").
A read here is fixed SQL text with `{}` placeholders (Piccolo's QueryString style, sent as `?`
on SQLite and `$n` on PostgreSQL), run through Piccolo's engine in the current transaction, so
column types (timestamps, dates, booleans) come back exactly as Piccolo's own selects return
them. Only reads belong here; writes keep Piccolo's queries and their checks, except the
one-statement "seen" stamps (common/stamps.py), which reuse the statement helpers below.
"""

from __future__ import annotations

from collections.abc import Sequence

from piccolo.querystring import QueryString

from wijkwerk.common.read_pool import read_once
from wijkwerk.tables import Worker

# Any table will do: every table is bound to the same engine (wijkwerk.db.bind_tables), and a
# raw query only borrows the table's engine.
_ENGINE_OF = Worker


def bound_engine():
    return _ENGINE_OF._meta.db


def raw(sql: str, *args):
    """Piccolo's raw query on the bound engine (in the current transaction, if any)."""
    return _ENGINE_OF.raw(sql, *args)


def sqlite_statement(sql: str, *args) -> tuple[str, list]:
    """The SQL with `?` placeholders and its values, as Piccolo would send them to SQLite."""
    return QueryString(sql, *args).compile_string(engine_type="sqlite")


async def fetch_all(sql: str, *args) -> list[dict]:
    engine = bound_engine()
    if engine.engine_type != "sqlite":
        return await raw(sql, *args)
    # On SQLite: one trip to the connection's thread, where Piccolo makes four (a PRAGMA,
    # execute, fetch, close), each waking the event loop; on a page of a dozen reads that was
    # most of the time spent in SQLite. Outside a transaction the statement runs on an idle
    # pooled connection instead of a new one. The row factory and Piccolo's type converters
    # apply as in Piccolo's own selects.
    query, values = sqlite_statement(sql, *args)
    transaction = engine.current_transaction.get()
    if transaction is not None:
        return list(await transaction.connection.execute_fetchall(query, values))
    return await read_once(engine, query, values)


async def fetch_one(sql: str, *args) -> dict | None:
    rows = await fetch_all(sql, *args)
    return rows[0] if rows else None


def placeholders(values: Sequence) -> str:
    """`{}, {}, {}` for an IN list; a list that can match nothing when `values` is empty."""
    return ", ".join("{}" for _ in values) if values else "NULL"
