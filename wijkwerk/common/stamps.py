"""One-statement "seen at" writes that happen while residents merely read their page.

A resident's first view in a while stamps their session (last seen) and, after a publication,
their account (roster seen). Outside a transaction Piccolo opens a new SQLite connection, with a
thread of its own, for every such write; on the resident's page that cost more than reading the
whole page. A stamp is a single UPDATE: on SQLite it runs on an idle pooled connection and is
committed at once; on PostgreSQL it is a plain statement on the pool.
"""

from __future__ import annotations

from datetime import datetime

from wijkwerk.common.raw_reads import bound_engine, raw, sqlite_statement
from wijkwerk.common.read_pool import write_once


async def _stamp(sql: str, *args) -> None:
    engine = bound_engine()
    if engine.engine_type == "sqlite" and engine.current_transaction.get() is None:
        await write_once(engine, *sqlite_statement(sql, *args))
    else:
        await raw(sql, *args)


async def session_seen(session_id: int, moment: datetime) -> None:
    await _stamp("UPDATE wijkwerk_session SET last_seen_at = {} WHERE id = {}", moment, session_id)


async def roster_seen(user_id: int, moment: datetime) -> None:
    await _stamp("UPDATE wijkwerk_user SET roster_seen_at = {} WHERE id = {}", moment, user_id)
