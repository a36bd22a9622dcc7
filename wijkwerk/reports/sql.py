"""Run one read query and build a Polars frame from its rows in a single step.

The report reads hundreds of thousands of attendance rows; going through the driver directly
(asyncpg, or sqlite3 in a worker thread) and handing the row tuples to Polars at once avoids
building a dict per row. SQL is written with `?` placeholders and the engine-specific bits
(local month, parameters) are filled in here, so the loaders stay one query per frame.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import date, datetime, timedelta, timezone

import polars as pl
from piccolo.engine.base import Engine


def is_postgres(engine: Engine) -> bool:
    return engine.engine_type == "postgres"


def _eu_summer_time(year: int) -> tuple[datetime, datetime]:
    """Europe/Amsterdam summer time runs from the last Sunday of March to the last Sunday of
    October, both at 01:00 UTC (EU rule since 1996)."""
    def last_sunday(month: int) -> date:
        last = date(year, month, 31)
        return last - timedelta(days=(last.weekday() - 6) % 7)

    return (datetime.combine(last_sunday(3), datetime.min.time(), timezone.utc) + timedelta(hours=1),
            datetime.combine(last_sunday(10), datetime.min.time(), timezone.utc) + timedelta(hours=1))


def sqlite_text(moment: datetime) -> str:
    """A UTC instant written the way Piccolo stores timestamptz in SQLite, so text comparison orders."""
    return str(moment.astimezone(timezone.utc))


def local_month_sql(engine: Engine, column: str, years: range) -> str:
    """SQL for 'YYYY-MM' of `column` in Amsterdam time.

    PostgreSQL knows time zones; SQLite does not, so the offset is chosen with the summer-time
    bounds of the years involved (a shift at 23:30 UTC on 31 March belongs to April).
    """
    if is_postgres(engine):
        return f"to_char({column} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')"
    branches = " ".join(
        f"WHEN {column} >= '{sqlite_text(start)}' AND {column} < '{sqlite_text(end)}' THEN '+2 hours'"
        for start, end in map(_eu_summer_time, years))
    offset = f"CASE {branches} ELSE '+1 hours' END" if branches else "'+1 hours'"
    return f"strftime('%Y-%m', {column}, {offset})"


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


async def _postgres_rows(engine: Engine, sql: str, params: list) -> list:
    if engine.pool is not None:
        async with engine.pool.acquire() as connection:
            return await connection.fetch(_postgres_sql(sql), *params)
    connection = await engine.get_new_connection()
    try:
        return await connection.fetch(_postgres_sql(sql), *params)
    finally:
        await connection.close()


async def fetch_frame(engine: Engine, sql: str, params: list, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Rows of `sql` as a frame with `schema` (names in SELECT order); dates arrive as text from SQLite."""
    if is_postgres(engine):
        rows = [tuple(row) for row in await _postgres_rows(engine, sql, params)]
        schema_in = schema
    else:
        rows = await asyncio.to_thread(_sqlite_rows, engine.path, sql, _sqlite_params(params))
        schema_in = {name: pl.Utf8 if dtype == pl.Date else dtype for name, dtype in schema.items()}
    frame = pl.DataFrame(rows, schema=schema_in, orient="row")
    dates = [name for name, dtype in schema.items() if dtype == pl.Date and frame.schema[name] == pl.Utf8]
    return frame.with_columns(pl.col(name).str.to_date() for name in dates) if dates else frame
