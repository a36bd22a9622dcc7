"""Manager pages for a resident's access: print a login card, revoke cards and sessions.

The card's token is shown once, on the printed page: only its digest is stored, so a lost card
is revoked and a new one printed rather than looked up again.
"""

from __future__ import annotations

import segno
from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import Redirect, Template

from wijkwerk.auth.cards import card_texts, grouped, issue_card, open_cards, resident_language, revoke_cards
from wijkwerk.auth.sessions import active_sessions, end_all_sessions, end_session_by_id
from wijkwerk.i18n.locales import DEFAULT_LANGUAGE
from wijkwerk.settings import Settings
from wijkwerk.tables import User, Worker


async def _worker(worker_id: int) -> dict:
    row = await Worker.select(Worker.id, Worker.first_name, Worker.last_name, Worker.languages).where(
        Worker.id == worker_id).first()
    if row is None:
        raise NotFoundException()
    return row


async def _user_id(worker_id: int) -> int | None:
    row = await User.select(User.id).where(User.worker == worker_id).first()
    return row["id"] if row else None


async def _account(worker_id: int) -> int | None:
    """The worker's account id (None without one); 404 when the worker does not exist."""
    await _worker(worker_id)
    return await _user_id(worker_id)


def _back(worker_id: int, flag: str, done: bool = True) -> Redirect:
    """Back to the overview; a card or session that is not this worker's (or gone) is a 404."""
    if not done:
        raise NotFoundException()
    return Redirect(f"/beheer/deelnemers/{worker_id}/toegang?{flag}=1", status_code=303)


class WorkerAccessPages(Controller):
    path = "/deelnemers/{worker_id:int}/toegang"

    @get("/")
    async def overview(self, worker_id: FromPath[int]) -> Template:
        worker = await _worker(worker_id)
        user_id = await _user_id(worker_id)
        return Template("manage/worker_access.html", context={
            "worker": worker, "has_account": user_id is not None,
            "cards": await open_cards(user_id) if user_id else [],
            "sessions": await active_sessions(user_id) if user_id else [],
        })

    @post("/kaart")
    async def print_card(self, request: Request, worker_id: FromPath[int]) -> Template:
        worker = await _worker(worker_id)
        settings: Settings = request.app.state.settings
        token = await issue_card(worker_id, settings.login_card_days)
        if token is None:
            raise NotFoundException()
        url = f"{str(request.base_url).rstrip('/')}/k/{grouped(token)}"
        qr = segno.make(url, error="m").svg_inline(scale=5, title="QR", dark="#000")
        second = resident_language(worker["languages"])
        return Template("manage/login_card.html", context={
            "worker": worker, "url": url, "short": url.split("://", 1)[-1], "qr": qr,
            "texts": [card_texts(code, settings.login_card_days) for code in filter(None, (DEFAULT_LANGUAGE, second))],
        })

    @post("/kaarten/intrekken")
    async def revoke_all_cards(self, worker_id: FromPath[int]) -> Redirect:
        user_id = await _account(worker_id)
        if user_id:
            await revoke_cards(user_id)
        return _back(worker_id, "ingetrokken")

    @post("/kaarten/{card_id:int}/intrekken")
    async def revoke_card(self, worker_id: FromPath[int], card_id: FromPath[int]) -> Redirect:
        user_id = await _account(worker_id)
        return _back(worker_id, "ingetrokken", done=bool(user_id and await revoke_cards(user_id, card_id)))

    @post("/sessies/beeindigen")
    async def end_all(self, worker_id: FromPath[int]) -> Redirect:
        user_id = await _account(worker_id)
        if user_id:
            await end_all_sessions(user_id)
        return _back(worker_id, "beeindigd")

    @post("/sessies/{session_id:int}/beeindigen")
    async def end_one(self, worker_id: FromPath[int], session_id: FromPath[int]) -> Redirect:
        user_id = await _account(worker_id)
        return _back(worker_id, "beeindigd", done=bool(user_id and await end_session_by_id(user_id, session_id)))
