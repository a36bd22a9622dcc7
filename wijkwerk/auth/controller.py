"""Login and logout pages. Login is rate limited and every failure gets the same message."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.datastructures import Cookie
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.params import FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.auth.identity import CurrentUser
from wijkwerk.auth.passwords import verify_password
from wijkwerk.auth.sessions import COOKIE_NAME, end_session, start_session
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.settings import Settings
from wijkwerk.tables import User
from wijkwerk.tables.enums import Role
from wijkwerk.web.language import safe_next

LANDING = {Role.admin: "/beheer", Role.manager: "/beheer", Role.resident: "/mijn", Role.funder: "/rapportage"}


def landing_for(user: CurrentUser | None) -> str:
    return LANDING[user.role] if user else "/login"


def served_over_https(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


def session_cookie(request: Request, value: str, max_age: int) -> Cookie:
    settings: Settings = request.app.state.settings
    return Cookie(
        key=COOKIE_NAME, value=value, max_age=max_age, httponly=True, samesite="lax",
        secure=settings.secure_cookies or served_over_https(request), path="/",
    )


async def authenticate(username: str, password: str) -> dict | None:
    """The user row when the credentials are right and the account is active, else None."""
    row = await User.select(User.id, User.password_hash, User.active, User.role).where(
        User.username == username.strip()
    ).first()
    # Always verify (against a dummy hash for unknown names) so timing reveals nothing.
    valid = verify_password(row["password_hash"] if row else None, password)
    return row if valid and row and row["active"] else None


# Paths where someone tries to get in (a password, or a secret in the URL); each is throttled
# per client address so guessing is slow.
ACCESS_PATHS = {("POST", "/login")}
# /agenda/<secret>.ics is a calendar feed; /k/<token> is a printed login card; /gedeeld/<token>
# is a read-only report link for a funder.
ACCESS_PREFIXES = ("/agenda/", "/k/", "/gedeeld/")


async def is_access_attempt(request: Request) -> bool:
    return (request.method, request.url.path) in ACCESS_PATHS or request.url.path.startswith(ACCESS_PREFIXES)


def access_rate_limit(settings: Settings) -> RateLimitConfig:
    return RateLimitConfig(
        rate_limit=("minute", settings.login_attempts_per_minute),
        check_throttle_handler=is_access_attempt,
    )


class AuthController(Controller):
    path = ""
    include_in_schema = False

    @get("/login")
    async def login_page(self, request: Request, next: FromQuery[str] = "") -> Template | Redirect:
        if isinstance(request.scope.get("user"), CurrentUser):
            return Redirect(landing_for(request.scope["user"]), status_code=303)
        return Template("auth/login.html", context={"next": safe_next(next, ""), "error": None, "username": ""})

    @post("/login", status_code=303)
    async def login(
        self, request: Request,
        data: URLEncodedBody[dict[str, str]],
    ) -> Template | Redirect:
        settings: Settings = request.app.state.settings
        username, password = data.get("username", "")[:80], data.get("password", "")[:200]
        row = await authenticate(username, password)
        if row is None:
            return Template(
                "auth/login.html", status_code=401,
                context={"next": safe_next(data.get("next"), ""), "username": username,
                         "error": _("Gebruikersnaam of wachtwoord klopt niet.")},
            )
        token = await start_session(row["id"], settings.session_days, request.headers.get("user-agent", ""))
        target = safe_next(data.get("next"), LANDING[Role(row["role"])])
        return Redirect(
            target, status_code=303,
            cookies=[session_cookie(request, token, settings.session_days * 24 * 3600)],
        )

    @post("/logout", status_code=303)
    async def logout(self, request: Request) -> Redirect:
        await end_session(request.cookies.get(COOKIE_NAME))
        return Redirect("/login", status_code=303, cookies=[session_cookie(request, "", 0)])

    @get("/")
    async def home(self, request: Request) -> Redirect:
        user = request.scope.get("user")
        return Redirect(landing_for(user if isinstance(user, CurrentUser) else None), status_code=303)
