"""Figures once published stay as they were: the protection pattern is kept per publication and
extended, never worked out afresh (reports/publication.py), through the real app and database.

The hand-computed fixture (tests/report_fixture.py) has work in the first two quarters of 2026.
Funders read those quarters and their months in July; in October, with the third quarter
published and new work in it, every one of those reports must read exactly as before.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from itertools import product

import pytest

from tests.builders import make_job, make_neighbourhood, make_shift, make_worker
from tests.helpers import csrf_from, login
from tests.report_fixture import attend, build_fixture, utc
from wijkwerk import clock
from wijkwerk.reports.publication import decode
from wijkwerk.tables import Attendance, ReportPublication

FIRST_HALF = [("maand", f"&maand={m}") for m in range(1, 7)] + [("kwartaal", f"&kwartaal={q}") for q in (1, 2)]


def at(monkeypatch, day: date) -> None:
    monkeypatch.setattr(clock, "now", lambda: datetime(day.year, day.month, day.day, 12, 0, tzinfo=timezone.utc))


async def read_all(client, areas: dict[str, int | None], periods) -> dict:
    """Every table of every report, as funders download it in JSON."""
    read = {}
    for (kind, query), (area, area_id) in product(periods, areas.items()):
        wijk = f"&wijk={area_id}" if area_id else ""
        response = await client.get(f"/rapportage/download/json?periode={kind}&jaar=2026{query}{wijk}")
        assert response.status_code == 200, response.text
        document = json.loads(response.content)
        tables = {t["key"]: t["rows"] for s in document["sections"] for t in s["tables"]}
        tables["key_figures"] = document["key_figures"]["rows"]
        read[(kind, query, area)] = tables
    return read


async def stored_patterns() -> dict[int, dict]:
    rows = await ReportPublication.select().where(ReportPublication.year == 2026).order_by(ReportPublication.quarters)
    return {row["quarters"]: decode(row["hidden"]) for row in rows}


@pytest.fixture
async def fixture_areas(client):
    fixture = await build_fixture()
    await login(client, "funder", role="funder")
    return {"town": None, **fixture.neighbourhoods}


async def test_published_reports_read_the_same_after_the_next_quarter(client, monkeypatch, fixture_areas):
    at(monkeypatch, date(2026, 7, 10))
    july = await read_all(client, fixture_areas, FIRST_HALF)
    assert any(value is None for tables in july.values() for rows in tables.values()
               for row in rows for value in row.values()), "the fixture must hide something"
    assert list(await stored_patterns()) == [2]  # one pattern, kept: the first half year

    # Work in the third quarter: a small group in Paddepoel and a larger one in Selwerd.
    job = (await make_job(neighbourhood=fixture_areas["Selwerd"]))["id"]
    paddepoel = [(await make_worker(neighbourhood=fixture_areas["Paddepoel"], starts_on=date(2026, 7, 1)))["id"]
                 for _ in range(2)]
    selwerd = [(await make_worker(neighbourhood=fixture_areas["Selwerd"], starts_on=date(2026, 7, 1)))["id"]
               for _ in range(6)]
    await attend((await make_shift(job=job, starts_at=utc(2026, 8, 3)))["id"], paddepoel + selwerd, 180)

    at(monkeypatch, date(2026, 10, 10))
    assert await read_all(client, fixture_areas, FIRST_HALF) == july
    third = await read_all(client, fixture_areas, [("kwartaal", "&kwartaal=3"), ("maand", "&maand=8")])
    patterns = await stored_patterns()
    assert list(patterns) == [2, 3]
    for family, hidden in patterns[2].items():
        assert hidden <= patterns[3][family], family  # what was hidden stays hidden
    # Paddepoel's two new people are hidden in August (and in its quarter) in the people counts.
    august = third[("maand", "&maand=8", "Paddepoel")]["key_figures"]
    assert next(row for row in august if row["figure"] == "Unieke deelnemers")["current"] is None


async def test_staff_previews_are_not_kept_and_funders_wait_for_publication(client, monkeypatch, fixture_areas):
    at(monkeypatch, date(2026, 5, 20))
    await login(client, "manager", role="manager")
    for query in ("periode=maand&jaar=2026&maand=4", "periode=kwartaal&jaar=2026&kwartaal=2", "periode=jaar&jaar=2026"):
        page = await client.get(f"/rapportage/?{query}")
        assert page.status_code == 200 and "Tot dan zijn de cijfers voorlopig" in page.text
    # Reading the running quarter kept only the first quarter's pattern: it is published.
    assert list(await stored_patterns()) == [1]
    await client.post("/logout", data={"_csrf_token": csrf_from(client)})
    await login(client, "funder", create=False)
    refused = await client.get("/rapportage/download/json?periode=maand&jaar=2026&maand=4")
    assert refused.status_code == 400 and "verschijnen op 1 juli 2026" in refused.text
    assert (await client.get("/rapportage/download/json?periode=maand&jaar=2026&maand=3")).status_code == 200


async def test_a_late_correction_hides_the_published_figure_it_made_small(client, monkeypatch, fixture_areas):
    """Five people were paid for work in a new neighbourhood in February; funders read it in July. A
    correction then removes one of them: the next read works the kept pattern out again from the
    new data (the data version moved) and hides what four were paid, keeping everything hidden
    before hidden."""
    beijum = (await make_neighbourhood(name="Beijum"))["id"]
    job = (await make_job(neighbourhood=beijum))["id"]
    people = [(await make_worker(neighbourhood=beijum, starts_on=date(2026, 1, 1)))["id"] for _ in range(5)]
    await attend((await make_shift(job=job, starts_at=utc(2026, 2, 2)))["id"], people, 180)
    february = "/rapportage/download/json?periode=maand&jaar=2026&maand=2&wijk=" + str(beijum)

    async def paid() -> int | None:
        document = json.loads((await client.get(february)).content)
        return next(row for row in document["key_figures"]["rows"] if row["figure"] == "Vergoeding betaald")["current"]

    at(monkeypatch, date(2026, 7, 10))
    assert await paid() == 5 * 1500  # three hours at €5.00 each
    before = await ReportPublication.select().first()
    assert await paid() == 5 * 1500 and (await ReportPublication.select().first()) == before  # reused as kept
    # The next day it is worked out again (follow-ups fall due with the date), to the same pattern.
    at(monkeypatch, date(2026, 7, 11))
    assert await paid() == 5 * 1500
    next_day = await ReportPublication.select().first()
    assert next_day["computed_at"].date() == date(2026, 7, 11) and next_day["hidden"] == before["hidden"]
    before = next_day

    await Attendance.delete().where(Attendance.assignment.worker == people[0])
    assert await paid() is None
    after = await ReportPublication.select().first()
    assert after["quarters"] == 2 and after["data_version"] != before["data_version"]
    earlier, now = decode(before["hidden"]), decode(after["hidden"])
    assert all(hidden <= now[family] for family, hidden in earlier.items())
    assert any((2, beijum, None) in hidden and (2, beijum, None) not in earlier[family]
               for family, hidden in now.items())
