"""The demo's work history, through the real `wijkwerk demo` command, database and funder report."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from click.testing import CliRunner

from tests.helpers import login
from wijkwerk import clock
from wijkwerk.cli import main
from wijkwerk.db import bind_tables
from wijkwerk.money.payouts import payout_list
from wijkwerk.reports.period import PeriodKind, last_published_day
from wijkwerk.tables import ALL_TABLES, Attendance, Roster

PASSWORD = "demo-history-password"


async def _counts() -> dict[str, int]:
    return {table._meta.tablename: await table.count() for table in ALL_TABLES if table.__name__ != "Session"}


async def _demo(db) -> str:
    # The command runs its own event loop and binds the tables to its own engine: give them back.
    result = await asyncio.to_thread(CliRunner().invoke, main, ["demo", "--password", PASSWORD])
    bind_tables(db)
    assert result.exit_code == 0, result.output
    return result.output


def _key_figures(document: dict) -> dict:
    return {row["figure"]: row["current"] for row in document["key_figures"]["rows"]}


async def test_demo_has_a_published_past_that_fills_the_funder_report_and_loads_once(db, client):
    await _demo(db)
    first = await _counts()
    assert first["roster"] >= 24 and first["assignment"] > 500 and first["attendance"] == first["assignment"]
    assert await Roster.count().where(Roster.status != "published") == 0
    statuses = {row["status"] for row in await Attendance.select(Attendance.status)}
    assert statuses == {"present", "excused", "no_show"}

    output = await _demo(db)
    assert "nothing new" in output
    assert await _counts() == first

    last_month = clock.today().replace(day=1) - timedelta(days=1)
    lines = await payout_list(last_month.year, last_month.month)
    assert len(lines) >= 20 and not [line for line in lines if line.blocked]

    # Funders read the latest quarter published (their default) and its months: six months of
    # history always hold it whole.
    published = last_published_day(PeriodKind.quarter, clock.today())
    await login(client, "funder", role="funder", password=PASSWORD, create=False)
    landing = await client.get("/rapportage/")
    assert landing.status_code == 200 and "Gewerkte uren" in landing.text
    for query in (f"periode=maand&jaar={published.year}&maand={published.month}",
                  f"periode=kwartaal&jaar={published.year}&kwartaal={(published.month - 1) // 3 + 1}"):
        page = await client.get(f"/rapportage/?{query}&vergelijk=geen")
        assert page.status_code == 200, page.text
        assert "Gewerkte uren" in page.text
        figures = _key_figures((await client.get(f"/rapportage/download/json?{query}&vergelijk=geen")).json())
        # Enough people worked for nothing about the work or the allowances to be suppressed.
        assert figures["Unieke deelnemers"] >= 20
        assert figures["Gewerkte uren"] > 0 and figures["Diensten"] > 0 and figures["Opdrachten"] > 0
        assert figures["Vergoeding betaald"] > 0 and figures["Omzet"] > 0
        assert figures["Winst uit werk (zonder subsidies)"] is not None
