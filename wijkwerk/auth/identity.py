"""The signed-in user as handlers see it, resolved from the session cookie by middleware."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.connection import ASGIConnection
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult

from wijkwerk.auth.sessions import COOKIE_NAME, user_for_token
from wijkwerk.tables.enums import Role


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    role: Role
    worker_id: int | None
    locale: str

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.admin, Role.manager)


class SessionAuthMiddleware(AbstractAuthenticationMiddleware):
    """Attach the user (or None for anonymous visitors); guards decide what is allowed."""

    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        row = await user_for_token(connection.cookies.get(COOKIE_NAME))
        if row is None:
            return AuthenticationResult(user=None, auth=None)
        user = CurrentUser(
            id=row["id"], username=row["username"], role=Role(row["role"]),
            worker_id=row["worker_id"], locale=row["locale"],
        )
        return AuthenticationResult(user=user, auth=connection.cookies.get(COOKIE_NAME))
