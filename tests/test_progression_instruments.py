"""Instruments are data: an admin adds one with dimensions and scales from a page; the ladder stays fixed."""

from __future__ import annotations

from tests.builders import make_worker
from tests.helpers import login, post_form
from wijkwerk.tables import ProgressionDimension, ProgressionInstrument, ProgressionLevel

MATRIX = {"name": "Zelfredzaamheidsmatrix", "description": "13 domeinen",
          "dimensions": "Financiën\nDagbesteding\nHuisvesting",
          "levels": "Acute problematiek\nNiet zelfredzaam\nBeperkt zelfredzaam\nVoldoende zelfredzaam\nVolledig zelfredzaam"}


async def test_admin_adds_an_instrument_and_measures_with_it(client):
    await login(client, "beheerder", role="admin")
    assert (await post_form(client, "/beheer/instrumenten", MATRIX)).status_code == 303
    instrument = await ProgressionInstrument.select().where(ProgressionInstrument.name == "Zelfredzaamheidsmatrix").first()
    assert not instrument["is_default"]
    dimensions = await ProgressionDimension.select().where(
        ProgressionDimension.instrument == instrument["id"]).order_by(ProgressionDimension.position)
    assert [d["name"] for d in dimensions] == ["Financiën", "Dagbesteding", "Huisvesting"]
    assert await ProgressionLevel.count().where(ProgressionLevel.dimension.instrument == instrument["id"]) == 15
    worker = await make_worker()
    response = await client.post(f"/api/v1/workers/{worker['id']}/measurements", json={
        "dimension_id": dimensions[1]["id"], "level": 3, "measured_on": "2026-01-05"})
    assert response.json()["level_name"] == "Beperkt zelfredzaam"


async def test_admin_adds_a_dimension_with_its_own_scale(client):
    await login(client, "beheerder", role="admin")
    await post_form(client, "/beheer/instrumenten", MATRIX)
    instrument = await ProgressionInstrument.select().where(ProgressionInstrument.name == "Zelfredzaamheidsmatrix").first()
    response = await post_form(client, f"/beheer/instrumenten/{instrument['id']}/dimensies",
                               {"dimension_name": "School", "dimension_levels": "Geen startkwalificatie\nMBO-2\nMBO-4"})
    assert response.status_code == 303
    page = await client.get("/beheer/instrumenten")
    assert "School" in page.text and "MBO-4" in page.text


async def test_an_instrument_needs_a_name_dimensions_and_a_scale_of_two(client):
    await login(client, "beheerder", role="admin")
    response = await post_form(client, "/beheer/instrumenten", {"name": "", "dimensions": "", "levels": "Alleen"})
    assert response.status_code == 400
    for message in ("Vul dit veld in.", "Vul minstens één dimensie in", "Een schaal heeft minstens twee niveaus"):
        assert message in response.text
    assert await ProgressionInstrument.count() == 1


async def test_the_same_name_twice_is_409_and_writes_nothing(client):
    await login(client, "beheerder", role="admin")
    await post_form(client, "/beheer/instrumenten", MATRIX)
    again = await post_form(client, "/beheer/instrumenten", MATRIX)
    assert again.status_code == 409 and await ProgressionInstrument.count() == 2


async def test_the_ladder_cannot_be_changed(client):
    await login(client, "beheerder", role="admin")
    ladder = await ProgressionInstrument.select().where(ProgressionInstrument.builtin.eq(True)).first()
    response = await post_form(client, f"/beheer/instrumenten/{ladder['id']}/dimensies",
                               {"dimension_name": "Extra", "dimension_levels": "a\nb"})
    assert response.status_code == 409 and "ligt vast" in response.text
    assert await ProgressionDimension.count() == 1


async def test_managers_see_instruments_but_cannot_add_one(manager_client):
    page = await manager_client.get("/beheer/instrumenten")
    assert page.status_code == 200 and "Geïsoleerd" in page.text and "Nieuw instrument" not in page.text
    assert (await post_form(manager_client, "/beheer/instrumenten", MATRIX)).status_code == 403
    assert await ProgressionInstrument.count() == 1


async def test_api_lists_the_ladder_first(manager_client):
    instruments = (await manager_client.get("/api/v1/progression/instruments")).json()
    ladder = instruments[0]
    assert ladder["is_default"] and [level["rank"] for level in ladder["dimensions"][0]["levels"]] == [1, 2, 3, 4, 5, 6]
