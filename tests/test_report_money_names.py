"""One name, one number: the report's "Winst uit werk" and "Resultaat inclusief subsidies" are the same
figures the manager's result and reinvestment pages show under the same names (docs/money.md)."""

from __future__ import annotations

import json
import re
from datetime import date

from tests.helpers import login
from tests.report_fixture import build_fixture
from wijkwerk import clock


def _amount(html: str, label: str) -> str:
    match = re.search(re.escape(label) + r"</dt>\s*<dd>(?:<strong>)?([^<]+)<", html)
    assert match, label
    return match.group(1).replace("\xa0", " ")


async def test_report_and_reinvestment_use_one_name_per_number(client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 31))
    await build_fixture()
    await login(client, "manager", role="manager")
    document = json.loads((await client.get("/rapportage/download/json?periode=jaar&jaar=2026")).content)
    figures = {row["figure"]: row["current"] for row in document["key_figures"]["rows"]}
    assert "Winst" not in figures  # the old name, which the reinvestment page used for another number
    assert figures["Winst uit werk (zonder subsidies)"] == 102500
    assert figures["Resultaat inclusief subsidies"] == 402500

    reinvestment = (await client.get("/beheer/geld/herinvestering")).text
    # Every ledger entry of the fixture is dated 2026: the result to date is the year's result.
    assert _amount(reinvestment, "Resultaat inclusief subsidies tot nu toe") == "€ 4.025,00"
    assert _amount(reinvestment, "Beschikbaar voor herinvestering (incl. subsidies)") == "€ 3.625,00"
    assert "winst beschikbaar" not in reinvestment.lower()

    result = (await client.get("/beheer/geld/resultaat?jaar=2026&per=year")).text
    headers = re.findall(r'<th scope="col" class="num">([^<]+)</th>', result)
    assert "Winst uit werk" in headers and "Resultaat incl. subsidies" in headers
    assert "Resultaat" not in headers and "Nettoresultaat" not in headers
    year_row = result[result.index("Heel het jaar"):]
    assert "€\xa01.025,00" in year_row and "€\xa04.025,00" in year_row
