"""The `wijkwerk` command: migrate, load demo data, create users and serve."""

from __future__ import annotations

import asyncio
import secrets
import sys

import click

from wijkwerk.migrate import use_wijkwerk_conf
from wijkwerk.settings import Settings


def _prepare() -> Settings:
    settings = Settings.from_env()
    use_wijkwerk_conf(settings.database_url)
    return settings


async def _with_engine(settings: Settings, work):
    """Run `work()` with every table bound to the configured engine."""
    from wijkwerk.db import bind_tables, engine_from_url

    bind_tables(engine_from_url(settings.database_url))
    return await work()


@click.group()
def main() -> None:
    """Wijkwerk: rosters, residents' pages and impact reports for a wijkwerkbedrijf."""


@main.command()
def migrate() -> None:
    """Apply all database migrations."""
    from wijkwerk.migrate import migrate_forwards

    settings = _prepare()
    asyncio.run(_with_engine(settings, migrate_forwards))
    click.echo("Migrations applied.")


def _load_demo(settings: Settings, password: str | None) -> str:
    from wijkwerk.demo.loader import load_demo
    from wijkwerk.migrate import migrate_forwards

    password = password or secrets.token_urlsafe(9)

    async def work():
        await migrate_forwards()
        return await load_demo(password)

    summary = asyncio.run(_with_engine(settings, work))
    click.echo(summary.describe())
    return password


@main.command()
@click.option("--password", help="Password for the demo users (default: a random one, printed).")
def demo(password: str | None) -> None:
    """Migrate, then load the Selwerd demo data set (idempotent)."""
    settings = _prepare()
    password = _load_demo(settings, password)
    click.echo(f"Demo users: manager, bewoner, funder — password: {password}")


@main.command()
@click.argument("username")
@click.option("--role", type=click.Choice(["admin", "manager", "resident", "funder"]), required=True)
@click.option("--worker", "worker_id", type=int, help="Worker id (required for residents).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def createuser(username: str, role: str, worker_id: int | None, password_stdin: bool) -> None:
    """Create a user; asks for the password unless --password-stdin is given."""
    from wijkwerk.accounts.services import create_user
    from wijkwerk.common.validation import InvalidInput

    settings = _prepare()
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = asyncio.run(_with_engine(settings, lambda: create_user(username, password, role, worker_id)))
    except InvalidInput as invalid:
        for error in invalid.errors:
            click.echo(f"{error.field}: {error.message}", err=True)
        sys.exit(2)
    click.echo(f"Created {role} {user['username']} (id {user['id']}).")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--demo", "with_demo", is_flag=True, help="Migrate and load the demo data first.")
@click.option("--password", help="With --demo: password for the demo users.")
def serve(host: str, port: int, with_demo: bool, password: str | None) -> None:
    """Serve the web application with uvicorn."""
    import uvicorn

    from wijkwerk.app import create_app

    settings = _prepare()
    if with_demo:
        password = _load_demo(settings, password)
        click.echo(f"Sign in as manager, bewoner or funder with password: {password}")
    click.echo(f"Wijkwerk runs at http://{host}:{port}/  (database: {settings.database_url})")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


if __name__ == "__main__":
    main()
