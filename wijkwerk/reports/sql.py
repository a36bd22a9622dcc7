"""Run one read query and build a Polars frame from its rows in a single step.

The report reads hundreds of thousands of attendance rows; going through the driver directly
(COPY … TO STDOUT as CSV on PostgreSQL, sqlite3 in a worker thread on SQLite) and handing the
rows to Polars at once avoids building a Python dict per row. SQL is written with `?`
placeholders; parameters, and dates and timestamps that arrive as text, are converted here,
so the loaders stay one query per frame on both engines.
"""

from __future__ import annotations

import asyncio
import io
import sqlite3
from datetime import date, datetime, timezone

import polars as pl
from piccolo.engine.base import Engine

UTC_DATETIME = pl.Datetime("us", "UTC")


def table_name(table) -> str:
    """A table's quoted name for raw SQL (user is a reserved word in PostgreSQL)."""
    return f'"{table._meta.tablename}"'


def is_postgres(engine: Engine) -> bool:
    return engine.engine_type == "postgres"


def sqlite_text(moment: datetime) -> str:
    """A UTC instant written the way Piccolo stores timestamptz in SQLite, so text comparison orders."""
    return str(moment.astimezone(timezone.utc))


def _postgres_sql(sql: str) -> str:
    parts = sql.split("?")
    return "".join(part + (f"${index + 1}" if index < len(parts) - 1 else "") for index, part in enumerate(parts))


def _sqlite_params(params: list) -> list:
    return [sqlite_text(value) if isinstance(value, datetime) else
            value.isoformat() if isinstance(value, date) else value for value in params]


def _sqlite_rows(path: str, sql: str, params: list) -> list[tuple]:
    # A private read connection in a worker thread: the event loop keeps serving while it runs.
    connection = sqlite3.connect(path, timeout=30)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


async def _postgres_csv(engine: Engine, sql: str, params: list, settings: str = "") -> bytes:
    """The query's rows as CSV through COPY: the server writes text, Polars parses it in one go."""
    buffer = io.BytesIO()

    async def copy(connection) -> None:
        # Timestamps come out in UTC whatever the server's zone. JIT compilation of this one
        # scan costs ~0.3 s and saves less. The pool resets both when the connection goes back.
        await connection.execute("SET TIME ZONE 'UTC'; SET jit = off; " + settings)
        await connection.copy_from_query(_postgres_sql(sql), *params, output=buffer, format="csv")

    if engine.pool is not None:
        async with engine.pool.acquire() as connection:
            await copy(connection)
    else:
        connection = await engine.get_new_connection()
        try:
            await copy(connection)
        finally:
            await connection.close()
    return buffer.getvalue()


async def fetch_frame(engine: Engine, sql: str, params: list, schema: dict[str, pl.DataType],
                      postgres_settings: str = "") -> pl.DataFrame:
    """Rows of `sql` as a frame with `schema` (names in SELECT order); dates and times arrive as text.

    `postgres_settings`: SET statements for this one query (the pool resets them afterwards).
    """
    postgres = is_postgres(engine)
    # Dates, timestamps and (on PostgreSQL) booleans arrive as text; SQLite booleans are 0 and 1.
    text_types = (pl.Date, UTC_DATETIME, pl.Boolean) if postgres else (pl.Date, UTC_DATETIME)
    schema_in = {name: pl.Utf8 if dtype in text_types else pl.Int64 if dtype == pl.Boolean else dtype
                 for name, dtype in schema.items()}
    if postgres:
        body = await _postgres_csv(engine, sql, params, postgres_settings)
        frame = (pl.read_csv(body, has_header=False, new_columns=list(schema), schema=schema_in)
                 if body else pl.DataFrame(schema=schema_in))
    else:
        rows = await asyncio.to_thread(_sqlite_rows, engine.path, sql, _sqlite_params(params))
        if len(schema_in) == 1:  # one column (a packed value): a plain list is twice as fast as 1-tuples
            name = next(iter(schema_in))
            frame = pl.DataFrame({name: [row[0] for row in rows]}, schema=schema_in)
        else:
            frame = pl.DataFrame(rows, schema=schema_in, orient="row")
    return frame.with_columns(_converted(name, dtype, frame.schema[name]) for name, dtype in schema.items()
                              if frame.schema[name] != dtype)


def _converted(name: str, dtype: pl.DataType, arrived: pl.DataType) -> pl.Expr:
    if dtype == pl.Boolean:
        return pl.col(name) == "t" if arrived == pl.Utf8 else pl.col(name).cast(pl.Boolean)
    return _from_text(name, dtype)


def _from_text(name: str, dtype: pl.DataType) -> pl.Expr:
    if dtype == pl.Date:
        return pl.col(name).str.to_date("%Y-%m-%d")
    # '2026-03-02 08:00:00+00:00' or with microseconds: always UTC, so the first 19 characters suffice.
    return pl.col(name).str.slice(0, 19).str.to_datetime("%Y-%m-%d %H:%M:%S", time_unit="us", time_zone="UTC")
