"""Residents and funders never see anyone's progression on manager pages or the API (403, no data)."""

from __future__ import annotations

import pytest

from tests.builders import make_worker
from tests.helpers import login
from wijkwerk.tables import WorkerGoal

SECRET = "Geheim doel van iemand anders"


@pytest.mark.parametrize("role", ["resident", "funder"])
async def test_other_roles_get_403_without_data(client, role):
    other = await make_worker()
    await WorkerGoal.insert(WorkerGoal(worker=other["id"], text=SECRET, target_on=__import__("datetime").date(2026, 9, 1)))
    await login(client, f"{role}-user", role=role)
    for url in (f"/beheer/deelnemers/{other['id']}/ontwikkeling", f"/beheer/deelnemers/{other['id']}/gesprek",
                "/beheer/uitstroom", "/beheer/certificaten", "/beheer/voorstellen", "/beheer/instrumenten",
                f"/api/v1/workers/{other['id']}/goals", f"/api/v1/workers/{other['id']}/measurements",
                f"/api/v1/workers/{other['id']}/exits", "/api/v1/outflow/follow-ups/due", "/api/v1/outflow/lasting"):
        response = await client.get(url)
        assert response.status_code in (403, 404), url
        assert SECRET not in response.text


async def test_a_resident_cannot_write_anyone_s_progression(client):
    other = await make_worker()
    await login(client, "bewoner", role="resident")
    response = await client.post(f"/api/v1/workers/{other['id']}/goals", json={"text": "x", "target_on": "2026-09-01"})
    assert response.status_code == 403 and await WorkerGoal.count() == 0
