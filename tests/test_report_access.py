"""Who reaches the impact report: funders see only reports, staff share read-only links that expire or are revoked."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from tests.builders import make_neighbourhood
from tests.helpers import csrf_from, login
from wijkwerk import clock
from wijkwerk.tables import ReportShareLink

SHARE = {"periode": "jaar", "jaar": "2025", "vergelijk": "geen", "label": "Voor het fonds", "dagen": "30"}


async def create_link(client, **overrides) -> tuple[str, str]:
    page = await client.get("/rapportage/?periode=jaar&jaar=2025")
    response = await client.post("/rapportage/deellinks", data={**SHARE, **overrides,
                                                                "_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 201, response.text
    url = re.search(r'class="share-url">([^<]+)<', response.text).group(1)
    return url.split("testserver.local")[1], response.text


@pytest.mark.parametrize("role, path, status", [
    ("funder", "/rapportage/", 200), ("funder", "/beheer", 403), ("funder", "/mijn/", 403),
    ("funder", "/api/v1/workers", 403), ("funder", "/rapportage/deellinks", 403),
    ("manager", "/rapportage/", 200), ("manager", "/rapportage/deellinks", 200), ("admin", "/rapportage/", 200),
    ("resident", "/rapportage/", 403), ("resident", "/rapportage/download/csv", 403),
])
async def test_roles(client, role, path, status):
    await login(client, f"user-{role}", role=role)
    response = await client.get(path)
    assert response.status_code == status


async def test_anonymous_is_sent_to_login(client):
    response = await client.get("/rapportage/", follow_redirects=False)
    assert response.status_code == 303 and "/login" in response.headers["location"]


async def test_funder_lands_on_the_report_and_cannot_create_links(client):
    await login(client, "fonds", role="funder")
    page = await client.get("/rapportage/")
    assert "Deel deze rapportage" not in page.text
    response = await client.post("/rapportage/deellinks", data={**SHARE, "_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 403
    assert await ReportShareLink.count() == 0


async def test_a_share_link_opens_that_one_report_read_only(client):
    wijk = await make_neighbourhood(name="Selwerd")
    await login(client, "manager", role="manager")
    path, _ = await create_link(client, wijk=str(wijk["id"]))
    stored = await ReportShareLink.select().first()
    assert path.rsplit("/", 1)[1] not in stored["token_hash"] and len(stored["token_hash"]) == 64
    await client.post("/logout", data={"_csrf_token": csrf_from(client)})
    anonymous = await client.get(path)
    assert anonymous.status_code == 200 and anonymous.headers["referrer-policy"] == "no-referrer"
    assert "Selwerd" in anonymous.text and "1 januari 2025" in anonymous.text
    assert 'action="/rapportage"' not in anonymous.text and "Deel deze rapportage" not in anonymous.text
    for fmt in ("csv", "xlsx", "json"):
        assert (await client.get(f"{path}/download/{fmt}")).status_code == 200


async def test_expired_link_is_404(client, monkeypatch):
    await login(client, "manager", role="manager")
    path, _ = await create_link(client, dagen="1")
    later = datetime.now(timezone.utc) + timedelta(days=1, minutes=1)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert (await client.get(path)).status_code == 404
    assert (await client.get(f"{path}/download/csv")).status_code == 404


async def test_revoked_link_is_404(client):
    await login(client, "manager", role="manager")
    path, _ = await create_link(client)
    link = await ReportShareLink.select(ReportShareLink.id).first()
    page = await client.get("/rapportage/deellinks")
    response = await client.post(f"/rapportage/deellinks/{link['id']}/intrekken",
                                 data={"_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 200 and "ingetrokken" in response.text
    assert (await client.get(path)).status_code == 404
    assert (await client.get(f"{path}/download/json")).status_code == 404


@pytest.mark.parametrize("token", ["nope", "x" * 300, "%00"])
async def test_unknown_tokens_are_404(client, token):
    assert (await client.get(f"/gedeeld/rapport/{token}")).status_code == 404


@pytest.mark.parametrize("overrides, words", [
    ({"dagen": "0"}, "1 tot en met 365 dagen"), ({"dagen": "abc"}, "1 tot en met 365 dagen"),
    ({"label": "x" * 151}, "Maximaal 150 tekens"), ({"periode": "anders", "van": "2026-05-01", "tot": "2026-04-01"},
                                                     "vóór de begindatum"),
])
async def test_bad_share_requests_store_nothing(client, overrides, words):
    await login(client, "manager", role="manager")
    page = await client.get("/rapportage/")
    response = await client.post("/rapportage/deellinks",
                                 data={**SHARE, **overrides, "_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 400 and words in response.text
    assert await ReportShareLink.count() == 0


async def test_revoking_an_unknown_link_is_404(client):
    await login(client, "manager", role="manager")
    page = await client.get("/rapportage/deellinks")
    response = await client.post("/rapportage/deellinks/999/intrekken", data={"_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 404


async def test_a_share_link_keeps_its_whole_period(client):
    await login(client, "manager", role="manager")
    page = await client.get("/rapportage/?periode=kwartaal&jaar=2026&kwartaal=2")
    assert 'name="periode" value="kwartaal"' in page.text and 'name="kwartaal" value="2"' in page.text
    response = await client.post("/rapportage/deellinks", data={
        "periode": "kwartaal", "jaar": "2026", "kwartaal": "2", "vergelijk": "vorige", "label": "", "dagen": "30",
        "_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 201
    stored = await ReportShareLink.select().first()
    assert (stored["period_kind"], str(stored["period_start"]), str(stored["period_end"])) == (
        "kwartaal", "2026-04-01", "2026-06-30")


async def test_no_share_link_for_a_custom_period(client):
    await login(client, "manager", role="manager")
    page = await client.get("/rapportage/?periode=anders&van=2026-01-01&tot=2026-01-30")
    assert page.status_code == 200 and "Deel deze rapportage" not in page.text
    assert "Een deellink kan alleen voor een hele maand, een kwartaal of een jaar." in page.text
    response = await client.post("/rapportage/deellinks", data={
        **SHARE, "periode": "anders", "van": "2026-01-01", "tot": "2026-01-30", "_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 400 and "Kies een hele maand, een kwartaal of een jaar." in response.text
    assert await ReportShareLink.count() == 0


async def test_an_older_custom_period_link_no_longer_opens(client):
    await login(client, "manager", role="manager")
    path, _ = await create_link(client)
    # A link stored before custom periods were refused for links.
    await ReportShareLink.update({ReportShareLink.period_kind: "anders"}).where(ReportShareLink.id > 0)
    assert (await client.get(path)).status_code == 404
    assert (await client.get(f"{path}/download/json")).status_code == 404


async def test_no_share_link_before_the_period_is_published(client, monkeypatch):
    """A link is read like a funder reads: not before the period is published (a quarter and its
    months after the quarter, a year after the year), or its figures could still change."""
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 5, 20, 12, 0, tzinfo=timezone.utc))
    await login(client, "manager", role="manager")
    page = await client.get("/rapportage/?periode=maand&jaar=2026&maand=4")
    assert page.status_code == 200 and "Deel deze rapportage" not in page.text
    assert "De cijfers van deze periode verschijnen op 1 juli 2026." in page.text
    response = await client.post("/rapportage/deellinks", data={
        **SHARE, "periode": "maand", "jaar": "2026", "maand": "4", "_csrf_token": csrf_from(client, page.text)})
    assert response.status_code == 400 and "verschijnen op 1 juli 2026" in response.text
    assert await ReportShareLink.count() == 0
    path, _ = await create_link(client, periode="kwartaal", jaar="2026", kwartaal="1")
    assert (await client.get(path)).status_code == 200
    # A link stored for a period that is not published yet (made before such links were refused).
    await ReportShareLink.update({ReportShareLink.period_start: datetime(2026, 4, 1).date(),
                                  ReportShareLink.period_end: datetime(2026, 6, 30).date()}).where(ReportShareLink.id > 0)
    assert (await client.get(path)).status_code == 404
    assert (await client.get(f"{path}/download/json")).status_code == 404
