"""Reusable SQLite connections for read-only page snapshots (and one-statement stamps).

Piccolo opens a new SQLite connection (and a thread) for every transaction and closes it at the
end, so each page starts with an empty page cache and a schema to parse again; on the
resident's week that cost more than the queries themselves (docs/BENCHMARKS.md, "Resident page
load"). A read snapshot here borrows an idle connection instead and hands it back afterwards.
Only reads run on these connections; writes keep Piccolo's own transactions.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

import aiosqlite
from piccolo.engine.sqlite import SQLiteEngine, SQLiteTransaction, dict_factory

MAX_IDLE = 8  # one server process rarely has more pages reading at the same moment
# Page cache per pooled connection (negative: KiB). SQLite's default of 2 MB held too little of a
# year of rosters for 2,000 residents, so most reads of a resident's rows went back to the OS.
CACHE_KIB = 16 * 1024


class PooledReadTransaction(SQLiteTransaction):
    """A deferred transaction on a borrowed connection; returned to the pool when done."""

    _idle: dict[int, list] = {}

    async def get_connection(self):
        return await _borrow(self.engine)

    async def __aexit__(self, exception_type, exception, traceback) -> bool:
        if self._parent:
            return exception is None
        try:
            if exception is None and not self._committed and not self._rolled_back:
                await self.commit()
            elif exception is not None and not self._rolled_back:
                await self.rollback()
        except Exception:
            await self.connection.close()  # a connection in an unknown state is not reused
            raise
        finally:
            self.engine.current_transaction.reset(self.context)
        await _give_back(self.engine, self.connection)
        return exception is None


async def _borrow(engine: SQLiteEngine):
    idle = PooledReadTransaction._idle.setdefault(id(engine), [])
    return idle.pop() if idle else await _connect(engine)


async def _give_back(engine: SQLiteEngine, connection) -> None:
    idle = PooledReadTransaction._idle.setdefault(id(engine), [])
    if len(idle) < MAX_IDLE and not connection.in_transaction:
        idle.append(connection)
    else:
        await connection.close()


@asynccontextmanager
async def _borrowed(engine: SQLiteEngine):
    """An idle connection for one statement; closed instead of returned when the statement failed,
    since a connection in an unknown state is not reused."""
    connection = await _borrow(engine)
    try:
        yield connection
    except Exception:
        await connection.close()
        raise
    await _give_back(engine, connection)


async def write_once(engine: SQLiteEngine, sql: str, values: list) -> None:
    """One small write statement (a "last seen" stamp), committed at once, on an idle connection
    instead of the new connection and thread Piccolo opens for a write outside a transaction."""
    async with _borrowed(engine) as connection:
        await connection.execute_fetchall(sql, values)
        await connection.commit()


async def read_once(engine: SQLiteEngine, sql: str, values: list) -> list[dict]:
    """One read statement outside any transaction, on an idle connection: a single statement
    sees one moment by itself, so it needs no BEGIN and COMMIT around it."""
    async with _borrowed(engine) as connection:
        return list(await connection.execute_fetchall(sql, values))


async def _connect(engine: SQLiteEngine):
    """Like Piccolo's own connection, but its worker thread is a daemon: an idle connection left
    in the pool must not keep a finished process (a test run, a CLI command) alive."""
    connection = aiosqlite.connect(**engine.connection_kwargs)
    thread = getattr(connection, "_thread", None)
    if thread is not None:
        thread.daemon = True
    connection = await connection
    connection.row_factory = dict_factory
    await connection.execute("PRAGMA foreign_keys = 1")
    await connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return connection


def pooled_read(engine: SQLiteEngine) -> PooledReadTransaction:
    return PooledReadTransaction(engine=engine)


async def close_idle(engine: SQLiteEngine) -> None:
    """On shutdown: close the idle connections of this engine."""
    for connection in PooledReadTransaction._idle.pop(id(engine), []):
        await connection.close()
