"""The public end of a login card: /k/<token> asks for one tap, then spends the token and signs in.

Opening the link only shows a button; the token is spent by pressing it (a POST). Link
previews and prefetching (messengers, browsers) fetch with GET, and must not use up a card.
Unknown, spent, revoked and expired tokens all answer the same bare 404.
"""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import Redirect, Template

from wijkwerk.auth.cards import is_usable, spend
from wijkwerk.auth.controller import session_cookie
from wijkwerk.auth.sessions import start_session
from wijkwerk.settings import Settings


class CardLoginController(Controller):
    path = "/k"
    include_in_schema = False

    @get("/{token:str}")
    async def confirm(self, token: FromPath[str]) -> Template:
        if not await is_usable(token):
            raise NotFoundException()
        return Template("auth/card_login.html", context={"token": token},
                        headers={"cache-control": "no-store", "referrer-policy": "no-referrer"})

    @post("/{token:str}", status_code=303)
    async def sign_in(self, request: Request, token: FromPath[str]) -> Redirect:
        user = await spend(token)
        if user is None:
            raise NotFoundException()
        settings: Settings = request.app.state.settings
        session = await start_session(user["id"], settings.card_session_days, request.headers.get("user-agent", ""))
        return Redirect("/mijn", status_code=303,
                        cookies=[session_cookie(request, session, settings.card_session_days * 24 * 3600)])
