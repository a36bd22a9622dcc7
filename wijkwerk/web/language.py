"""Choose each request's language and let people switch it (remembered per user)."""

from __future__ import annotations

from litestar import Request, post
from litestar.datastructures import Cookie
from litestar.params import URLEncodedBody
from litestar.response import Redirect

from wijkwerk.auth.identity import CurrentUser
from wijkwerk.i18n.locales import LANGUAGES, current_language, pick_language
from wijkwerk.tables import User

LANGUAGE_COOKIE = "wijkwerk_lang"


def language_for(request: Request) -> str:
    user = request.scope.get("user")
    stored = user.locale if isinstance(user, CurrentUser) else None
    return pick_language(
        stored, request.cookies.get(LANGUAGE_COOKIE), request.headers.get("accept-language")
    )


async def set_request_language(request: Request) -> None:
    """before_request hook: templates and messages render in this language."""
    current_language.set(language_for(request))


def safe_next(target: str | None, fallback: str = "/") -> str:
    """Only local paths, so a crafted link cannot bounce people to another site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return fallback


@post("/taal", status_code=303, include_in_schema=False)
async def switch_language(
    request: Request, data: URLEncodedBody[dict[str, str]]
) -> Redirect:
    code = data.get("language", "")
    target = safe_next(data.get("next"), "/")
    if code not in LANGUAGES:
        return Redirect(target, status_code=303)
    user = request.scope.get("user")
    if isinstance(user, CurrentUser):
        await User.update({User.locale: code}).where(User.id == user.id)
    cookie = Cookie(key=LANGUAGE_COOKIE, value=code, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return Redirect(target, status_code=303, cookies=[cookie])
