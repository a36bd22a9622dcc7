"""Route guards by role: `requires_*`, raising 401 for anonymous and 403 for wrong roles."""

from __future__ import annotations

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from wijkwerk.auth.identity import CurrentUser
from wijkwerk.tables.enums import Role


def _user(connection: ASGIConnection) -> CurrentUser:
    user = connection.scope.get("user")
    if not isinstance(user, CurrentUser):
        raise NotAuthorizedException("Sign in first.")
    return user


def _requires(*roles: Role):
    def guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
        if _user(connection).role not in roles:
            raise PermissionDeniedException("Your role does not give access to this page.")

    guard.__name__ = "requires_" + "_or_".join(role.value for role in roles)
    return guard


def requires_login(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    _user(connection)


requires_staff = _requires(Role.admin, Role.manager)
requires_admin = _requires(Role.admin)
requires_resident = _requires(Role.resident)
# Staff read reports too: a manager checks what a funder will see.
requires_report_reader = _requires(Role.admin, Role.manager, Role.funder)
