"""GET /health answers 200 with a live database and 503 with a reason when it is down."""

from __future__ import annotations

from litestar.testing import AsyncTestClient

from wijkwerk.app import create_app
from wijkwerk.settings import Settings


async def test_health_ok(client):
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


async def test_health_reports_database_down(db, database_url, tmp_path):
    if database_url.startswith("sqlite"):
        down_url = f"sqlite:///{tmp_path}/missing-dir/db.sqlite3"
    else:
        down_url = "postgresql://postgres@127.0.0.1:1/nowhere"  # nothing listens on port 1
    async with AsyncTestClient(app=create_app(Settings(database_url=down_url))) as down:
        response = await down.get("/health")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable" and response.json()["reason"]
