"""Printed login cards: a one-time link that signs a resident in on their phone, and revocation."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from tests.builders import make_worker
from tests.helpers import asgi_client, login, post_form
from wijkwerk.app import create_app
from wijkwerk.tables import LoginToken, Session, User


async def _print_card(manager_client, worker_id: int) -> tuple[str, str]:
    """Print a card as a manager; the page's short link and the path it opens."""
    page = await post_form(manager_client, f"/beheer/deelnemers/{worker_id}/toegang/kaart", {})
    assert page.status_code == 200, page.text
    match = re.search(r"testserver\.local(/k/[a-z0-9-]+)", page.text)
    assert match, page.text
    return page.text, match.group(1)


async def _open(settings, db, path: str, user_agent: str = "phone"):
    """A fresh phone opens the card's link and presses the button."""
    async with asgi_client(create_app(settings, engine=db)) as phone:
        phone.headers["user-agent"] = user_agent
        confirm = await phone.get(path)
        if confirm.status_code != 200:
            return confirm, None
        response = await post_form(phone, path, {})
        home = await phone.get("/mijn") if response.status_code == 303 else None
        return response, home


async def test_card_shows_a_qr_code_in_dutch_and_the_residents_language(manager_client):
    worker = await make_worker(first_name="Amal", languages="ar,nl")
    html, path = await _print_card(manager_client, worker["id"])
    assert "<svg" in html and "<script" not in html
    assert 'lang="ar" dir="rtl"' in html and "Uw inlogkaart voor Wijkwerk" in html
    assert "14 dagen" in html
    token = path.removeprefix("/k/").replace("-", "")
    row = await LoginToken.select().first()
    assert token not in str(row)  # only the digest is stored
    assert row["expires_at"] - row["created_at"] == timedelta(days=14)
    user = await User.select(User.role, User.locale, User.worker).where(User.id == row["user"]).first()
    assert user == {"role": "resident", "locale": "ar", "worker": worker["id"]}


async def test_card_signs_in_once_with_a_long_session(manager_client, settings, db):
    worker = await make_worker(first_name="Amal")
    await make_user_for(worker["id"])
    _, path = await _print_card(manager_client, worker["id"])
    response, home = await _open(settings, db, path)
    assert response.status_code == 303 and response.headers["location"] == "/mijn"
    assert "Hallo Amal" in home.text
    session = await Session.select().where(Session.user_agent == "phone").first()
    assert session["expires_at"] - session["created_at"] >= timedelta(days=89)
    # The second use: a bare 404, nothing about the resident.
    again, _ = await _open(settings, db, path)
    assert again.status_code == 404 and "Amal" not in again.text
    async with asgi_client(create_app(settings, engine=db)) as other:
        await other.get("/login")
        spent = await post_form(other, path, {})
        assert spent.status_code == 404 and "Amal" not in spent.text and "wijkwerk_session" not in spent.cookies


async def make_user_for(worker_id: int) -> None:
    from tests.builders import make_user

    await make_user(username=f"r{worker_id}", role="resident", worker_id=worker_id)


async def test_typed_link_in_capitals_without_dashes_works(manager_client, settings, db):
    worker = await make_worker(first_name="Amal")
    _, path = await _print_card(manager_client, worker["id"])
    response, home = await _open(settings, db, "/k/" + path.removeprefix("/k/").replace("-", "").upper())
    assert response.status_code == 303 and "Hallo Amal" in home.text


async def test_expired_and_revoked_cards_answer_404(manager_client, settings, db):
    worker = await make_worker(first_name="Amal")
    _, old = await _print_card(manager_client, worker["id"])
    await LoginToken.update({LoginToken.expires_at: datetime.now(timezone.utc) - timedelta(seconds=1)}).where(
        LoginToken.id > 0)
    assert (await _open(settings, db, old))[0].status_code == 404
    _, fresh = await _print_card(manager_client, worker["id"])
    overview = (await manager_client.get(f"/beheer/deelnemers/{worker['id']}/toegang")).text
    card_id = re.search(r"/kaarten/(\d+)/intrekken", overview).group(1)
    revoked = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/toegang/kaarten/{card_id}/intrekken", {})
    assert revoked.status_code == 303
    assert (await _open(settings, db, fresh))[0].status_code == 404
    # Revoking again, or another worker's card through this worker's URL: 404.
    again = await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/toegang/kaarten/{card_id}/intrekken", {})
    assert again.status_code == 404


async def test_revoke_all_cards(manager_client, settings, db):
    worker = await make_worker(first_name="Amal")
    paths = [(await _print_card(manager_client, worker["id"]))[1] for _ in range(2)]
    assert (await post_form(manager_client, f"/beheer/deelnemers/{worker['id']}/toegang/kaarten/intrekken", {})
            ).status_code == 303
    for path in paths:
        assert (await _open(settings, db, path))[0].status_code == 404


async def test_manager_sees_and_ends_sessions_one_or_all(manager_client, settings, db):
    worker = await make_worker(first_name="Amal")
    phones = []
    for name in ("phone-a", "phone-b"):
        _, path = await _print_card(manager_client, worker["id"])
        phones.append(await _open(settings, db, path, user_agent=name))
    base = f"/beheer/deelnemers/{worker['id']}/toegang"
    overview = (await manager_client.get(base)).text
    assert "phone-a" in overview and "phone-b" in overview and "Laatst gezien" in overview
    first = (await Session.select(Session.id).where(Session.user_agent == "phone-a").first())["id"]
    assert (await post_form(manager_client, f"{base}/sessies/{first}/beeindigen", {})).status_code == 303
    left = [s["user_agent"] for s in await Session.select(Session.user_agent).where(Session.user_agent != "")]
    assert "phone-a" not in left and "phone-b" in left
    assert (await post_form(manager_client, f"{base}/sessies/beeindigen", {})).status_code == 303
    assert not await Session.exists().where(Session.user_agent == "phone-b")
    # Ending a session of another user through this worker's URL does nothing and says 404.
    manager_session = (await Session.select(Session.id).first())["id"]
    assert (await post_form(manager_client, f"{base}/sessies/{manager_session}/beeindigen", {})).status_code == 404
    assert await Session.exists().where(Session.id == manager_session)


async def test_card_pages_need_staff_and_an_existing_worker(client, settings, db):
    worker = await make_worker(first_name="Amal")
    await login(client, "amal", role="resident", worker_id=worker["id"])
    assert (await client.get(f"/beheer/deelnemers/{worker['id']}/toegang", follow_redirects=False)).status_code == 403
    assert (await post_form(client, f"/beheer/deelnemers/{worker['id']}/toegang/kaart", {})).status_code == 403
    assert not await LoginToken.exists()


async def test_card_for_a_missing_worker_is_404(manager_client):
    assert (await manager_client.get("/beheer/deelnemers/999999/toegang")).status_code == 404
    assert (await post_form(manager_client, "/beheer/deelnemers/999999/toegang/kaart", {})).status_code == 404
    assert not await LoginToken.exists() and not await User.exists().where(User.role == "resident")


async def test_a_deactivated_resident_cannot_use_a_card(manager_client, settings, db):
    worker = await make_worker(first_name="Amal")
    _, path = await _print_card(manager_client, worker["id"])
    await User.update({User.active: False}).where(User.worker == worker["id"])
    # The link still looks alive (it is), but spending it signs nobody in.
    async with asgi_client(create_app(settings, engine=db)) as phone:
        await phone.get(path)
        response = await post_form(phone, path, {})
        assert response.status_code == 404 and "wijkwerk_session" not in phone.cookies
