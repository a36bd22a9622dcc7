"""Database engines: chosen from DATABASE_URL, bound to every table, and checked for health."""

from __future__ import annotations

from urllib.parse import unquote, urlparse

from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine


class DatabaseUrlError(ValueError):
    """DATABASE_URL names an engine or shape we do not support."""


def engine_from_url(url: str) -> Engine:
    """Build a Piccolo engine from `sqlite:///path` or `postgresql://user@host:port/db`."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        # sqlite:///relative.sqlite3 and sqlite:////absolute/path.sqlite3
        path = unquote(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else ""
        if not path:
            raise DatabaseUrlError("DATABASE_URL for SQLite looks like sqlite:///wijkwerk.sqlite3")
        # A generous busy timeout: the web server and a solver job may write at once.
        return SQLiteEngine(path=path, timeout=30)
    if parsed.scheme in {"postgres", "postgresql"}:
        config = {
            "host": parsed.hostname or "127.0.0.1",
            "port": parsed.port or 5432,
            "user": unquote(parsed.username) if parsed.username else "postgres",
            "database": parsed.path.lstrip("/") or "wijkwerk",
            # asyncpg prepares every statement and PostgreSQL switches a prepared statement to
            # a generic plan after five runs; for the resident's cap sums (a worker IN list,
            # date bounds) that plan scanned every assignment: 17-25 ms per read instead of
            # under 1 ms (docs/BENCHMARKS.md, "Resident page load"). Planning each run costs
            # well under a millisecond.
            "server_settings": {"plan_cache_mode": "force_custom_plan"},
        }
        if parsed.password:
            config["password"] = unquote(parsed.password)
        return PostgresEngine(config=config)
    raise DatabaseUrlError(f"Unsupported DATABASE_URL scheme {parsed.scheme!r}; use sqlite or postgresql.")


def bind_tables(engine: Engine) -> None:
    """Point every Wijkwerk table at `engine` (Piccolo would otherwise import piccolo_conf)."""
    from wijkwerk.tables import ALL_TABLES

    for table in ALL_TABLES:
        table._meta._db = engine


async def database_is_up(engine: Engine) -> tuple[bool, str]:
    """Run a trivial query; return (ok, reason) without raising."""
    try:
        await engine.run_ddl("SELECT 1")
    except Exception as error:  # any driver error means "down" for the health check
        return False, f"{type(error).__name__}: {error}"[:300]
    return True, "ok"


def is_postgres(engine: Engine) -> bool:
    return engine.engine_type == "postgres"
