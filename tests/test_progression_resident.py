"""A resident sees their own ladder step, goals and certificates, in their language, and nobody else's."""

from __future__ import annotations

from datetime import date, datetime, timezone

from tests.builders import make_skill, make_worker, make_worker_skill
from tests.helpers import login
from tests.progression_helpers import ladder_dimension, set_today
from wijkwerk.tables import ProgressionLevel, ProgressionMeasurement, WorkerGoal


async def _measured(worker_id: int, step: int, day: date) -> None:
    level = await ProgressionLevel.select(ProgressionLevel.id).where(
        ProgressionLevel.dimension == await ladder_dimension(), ProgressionLevel.rank == step).first()
    await ProgressionMeasurement.insert(ProgressionMeasurement(
        worker=worker_id, level=level["id"], measured_on=day, created_at=datetime.now(timezone.utc)))


async def _goal(worker_id: int, text: str, status: str = "open") -> None:
    await WorkerGoal.insert(WorkerGoal(worker=worker_id, text=text, target_on=date(2026, 9, 1), status=status,
                                       created_at=datetime.now(timezone.utc), updated_at=datetime.now(timezone.utc)))


async def test_resident_sees_own_step_goals_and_expiring_certificate(client, monkeypatch):
    set_today(monkeypatch, date(2026, 6, 1))
    me, other = await make_worker(first_name="Amira"), await make_worker()
    await _measured(me["id"], 3, date(2026, 1, 5))
    await _measured(me["id"], 4, date(2026, 5, 5))
    await _measured(other["id"], 6, date(2026, 5, 6))
    await _goal(me["id"], "Buurttaxi rijden")
    await _goal(other["id"], "Geheim doel van de buurman")
    skill = await make_skill(name="EHBO", certificate_required=True)
    await make_worker_skill(worker=me["id"], skill=skill["id"], certificate_expires_on=date(2026, 6, 20))
    await login(client, "amira", role="resident", worker_id=me["id"])
    page = (await client.get("/mijn")).text
    assert "Trede 4 van 6: Onbetaald werk" in page and "Buurttaxi rijden" in page
    assert "Uw certificaat EHBO verloopt op" in page
    assert "Geheim doel van de buurman" not in page and "Betaald werk" not in page


async def test_resident_reads_the_step_in_turkish(client, monkeypatch):
    set_today(monkeypatch, date(2026, 6, 1))
    me = await make_worker()
    await _measured(me["id"], 4, date(2026, 5, 5))
    await login(client, "ayse", role="resident", worker_id=me["id"])
    await client.post("/taal", data={"language": "tr", "next": "/mijn"})
    page = (await client.get("/mijn")).text
    assert "Mijn ontwikkeling" not in page and "Onbetaald werk" not in page
