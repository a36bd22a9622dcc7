"""A resident passes on when they cannot come, or can come extra, for the coming eight weeks."""

from __future__ import annotations

from datetime import date, timedelta

from tests.builders import make_worker
from tests.helpers import login, post_form
from wijkwerk import clock
from wijkwerk.tables import AvailabilityException

TODAY = date(2026, 3, 2)  # a Monday


def _day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


async def _resident(client, monkeypatch, name: str = "fatma") -> dict:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    me = await make_worker(first_name=name.title())
    await login(client, name, role="resident", worker_id=me["id"])
    return me


async def test_a_day_off_and_a_holiday_become_one_row_per_day(client, monkeypatch):
    me = await _resident(client, monkeypatch)
    response = await post_form(client, "/mijn/beschikbaarheid", {"kind": "unavailable", "on_date": _day(3),
                                                                 "reason": "Dokter"})
    assert response.status_code == 303 and response.headers["location"].startswith("/mijn?doorgegeven=1")
    await post_form(client, "/mijn/beschikbaarheid", {"kind": "unavailable", "on_date": _day(10), "until": _day(14)})
    rows = await AvailabilityException.select().where(AvailabilityException.worker == me["id"]).order_by(
        AvailabilityException.on_date)
    assert [row["on_date"] for row in rows] == [TODAY + timedelta(days=d) for d in (3, 10, 11, 12, 13, 14)]
    assert rows[0]["reason"] == "Dokter" and rows[0]["start_time"] is None
    page = (await client.get("/mijn?doorgegeven=1")).text
    assert "Doorgegeven." in page and "Dokter" in page and "de hele dag" in page
    # The same again stores nothing twice.
    await post_form(client, "/mijn/beschikbaarheid", {"kind": "unavailable", "on_date": _day(3)})
    assert await AvailabilityException.count().where(AvailabilityException.worker == me["id"]) == 6


async def test_extra_availability_needs_times(client, monkeypatch):
    me = await _resident(client, monkeypatch)
    missing = await post_form(client, "/mijn/beschikbaarheid", {"kind": "extra", "on_date": _day(2)})
    assert missing.status_code == 400 and "Vul in van hoe laat tot hoe laat u extra kunt." in missing.text
    ok = await post_form(client, "/mijn/beschikbaarheid", {"kind": "extra", "on_date": _day(2),
                                                           "start_time": "09:00", "end_time": "13:00"})
    assert ok.status_code == 303
    row = await AvailabilityException.select().where(AvailabilityException.worker == me["id"]).first()
    assert row["kind"] == "extra" and str(row["start_time"]) == "09:00:00"


async def test_bad_input_gets_plain_messages_and_stores_nothing(client, monkeypatch):
    await _resident(client, monkeypatch)
    cases = [
        ({"kind": "unavailable", "on_date": _day(0)}, "Kies een dag na vandaag, binnen 8 weken."),
        ({"kind": "unavailable", "on_date": _day(-3)}, "Kies een dag na vandaag, binnen 8 weken."),
        ({"kind": "unavailable", "on_date": _day(57)}, "Kies een dag na vandaag, binnen 8 weken."),
        ({"kind": "unavailable", "on_date": _day(3), "until": _day(70)}, "Kies een dag na vandaag, binnen 8 weken."),
        ({"kind": "unavailable", "on_date": _day(5), "until": _day(3)}, "De laatste dag komt na de eerste dag."),
        ({"kind": "unavailable"}, "Kies een dag."),
        ({"kind": "unavailable", "on_date": "morgen"}, "Vul een datum in als jjjj-mm-dd."),
        ({"kind": "sometimes", "on_date": _day(3)}, "Kies: ik kan niet, of ik kan extra."),
        ({"kind": "unavailable", "on_date": _day(3), "start_time": "10:00"}, "Vul de begintijd en de eindtijd in."),
        ({"kind": "unavailable", "on_date": _day(3), "start_time": "12:00", "end_time": "10:00"},
         "De eindtijd komt na de begintijd."),
        ({"kind": "unavailable", "on_date": _day(3), "start_time": "25:00", "end_time": "26:00"},
         "Vul een tijd in als uu:mm."),
        ({"kind": "unavailable", "on_date": _day(3), "reason": "x" * 201}, "200"),
    ]
    for data, message in cases:
        response = await post_form(client, "/mijn/beschikbaarheid", data)
        assert response.status_code == 400, (data, response.status_code)
        assert message in response.text, (data, message)
        assert 'aria-invalid="true"' in response.text
    assert not await AvailabilityException.exists()


async def test_messages_come_in_the_residents_language(client, monkeypatch):
    await _resident(client, monkeypatch)
    await post_form(client, "/taal", {"language": "tr", "next": "/mijn"})
    response = await post_form(client, "/mijn/beschikbaarheid", {"kind": "unavailable", "on_date": _day(0)})
    assert response.status_code == 400
    assert "Kies een dag na vandaag" not in response.text and 'lang="tr"' in response.text


async def test_only_own_future_rows_can_be_removed(client, monkeypatch):
    me = await _resident(client, monkeypatch)
    other = await make_worker(first_name="Khadija")
    from wijkwerk.workers.availability import insert_exception

    theirs = await insert_exception(other["id"], {"on_date": TODAY + timedelta(days=3), "reason": "Geheimreden"})
    past = await insert_exception(me["id"], {"on_date": TODAY - timedelta(days=3)})
    mine = await insert_exception(me["id"], {"on_date": TODAY + timedelta(days=4)})
    for target in (theirs, past, 999999):
        response = await post_form(client, f"/mijn/beschikbaarheid/{target}/verwijderen", {})
        assert response.status_code == 404 and "Geheimreden" not in response.text
    assert (await post_form(client, f"/mijn/beschikbaarheid/{mine}/verwijderen", {})).status_code == 303
    left = {row["id"] for row in await AvailabilityException.select(AvailabilityException.id)}
    assert left == {theirs, past}
    assert "Geheimreden" not in (await client.get("/mijn")).text


async def test_staff_cannot_use_the_residents_form(manager_client, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    response = await post_form(manager_client, "/mijn/beschikbaarheid", {"kind": "unavailable", "on_date": _day(3)})
    assert response.status_code == 403
    assert not await AvailabilityException.exists()
