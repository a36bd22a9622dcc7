"""The demo loader and the `wijkwerk` command, against the test database."""

from __future__ import annotations

from datetime import date

from click.testing import CliRunner

from wijkwerk.cli import main
from wijkwerk.demo.loader import load_demo
from wijkwerk.tables import (
    ALL_TABLES, Client, Job, NeighbourhoodProject, Shift, User, Worker,
)


async def _counts() -> dict[str, int]:
    return {table._meta.tablename: await table.count() for table in ALL_TABLES if table.__name__ != "Session"}


async def test_demo_is_plausible_and_idempotent(db):
    await load_demo("demo-password", today=date(2026, 3, 4))
    first = await _counts()
    assert 55 <= await Worker.count() <= 65
    assert await Client.count() == 3 and await Job.count() == 10
    assert await NeighbourhoodProject.count() == 3
    assert await Shift.count() > 20
    assert {row["username"] for row in await User.select(User.username)} == {"manager", "bewoner", "funder"}
    resident = await User.select(User.worker).where(User.username == "bewoner").first()
    assert resident["worker"] is not None

    summary = await load_demo("another-password", today=date(2026, 3, 4))
    assert await _counts() == first
    assert summary.created == {} and sorted(summary.users_existing) == ["bewoner", "funder", "manager"]


def test_createuser_reads_password_from_stdin(db):
    result = CliRunner().invoke(main, ["createuser", "coordinator", "--role", "manager", "--password-stdin"],
                                input="a long enough password\n")
    assert result.exit_code == 0, result.output
    assert "Created manager coordinator" in result.output


def test_createuser_refuses_bad_input_with_exit_2(db):
    result = CliRunner().invoke(main, ["createuser", "resi", "--role", "resident", "--password-stdin"],
                                input="short\n")
    assert result.exit_code == 2
    assert "password:" in result.output and "worker:" in result.output
