"""One place that turns every failure into a clear answer: JSON for /api, a Dutch page otherwise.

Nothing reaches the user as a stack trace. Database integrity errors that slip past the
service checks become 409s, an unreachable database becomes a 503.
"""

from __future__ import annotations

import logging
import sqlite3
from urllib.parse import quote

import asyncpg
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, NotAuthorizedException
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from wijkwerk.common.validation import InvalidInput
from wijkwerk.i18n.locales import current_language
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.web.language import language_for

log = logging.getLogger("wijkwerk")


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _page_message(status: int, detail: str) -> str:
    if "CSRF" in detail:
        return _("Dit formulier is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.")
    messages = {
        400: _("Het verzoek klopt niet."),
        403: _("U heeft geen toegang tot deze pagina."),
        404: _("Deze pagina bestaat niet (meer)."),
        405: _("Dat kan niet op deze pagina."),
        409: _("Dit botst met gegevens die al bestaan."),
        413: _("Wat u stuurt is te groot."),
        429: _("Te veel pogingen. Wacht een minuut en probeer het opnieuw."),
        503: _("De database is even niet bereikbaar. Probeer het zo opnieuw."),
    }
    return messages.get(status, _("Er ging iets mis. Probeer het opnieuw."))


def error_page(request: Request, status: int, detail: str = "") -> Response:
    current_language.set(language_for(request))
    return Template(
        template_name="error.html",
        context={"status": status, "message": _page_message(status, detail)},
        status_code=status,
    )


def api_error(status: int, detail: str, extra=None, headers=None) -> Response:
    body = {"status_code": status, "detail": detail}
    if extra:
        body["extra"] = extra
    return Response(body, status_code=status, media_type=MediaType.JSON, headers=headers)


def http_exception_handler(request: Request, exc: HTTPException) -> Response:
    if is_api(request):
        return api_error(exc.status_code, exc.detail, exc.extra, exc.headers)
    if isinstance(exc, NotAuthorizedException):
        return Redirect(f"/login?next={quote(request.url.path)}", status_code=303)
    response = error_page(request, exc.status_code, exc.detail)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


def invalid_input_handler(request: Request, exc: InvalidInput) -> Response:
    """Pages normally catch InvalidInput to re-show their form; this is the API's answer."""
    if is_api(request):
        return api_error(exc.status_code, "Validation failed", [error.as_json() for error in exc.errors])
    return error_page(request, exc.status_code, "; ".join(error.message for error in exc.errors))


def _integrity_detail(exc: Exception) -> tuple[int, str]:
    text = str(exc)
    if "UNIQUE" in text or "unique" in text or "duplicate" in text:
        return 409, "duplicate value"
    if "FOREIGN KEY" in text or "foreign key" in text:
        return 409, "refers to something that does not exist or is still in use"
    if "CHECK" in text or "check constraint" in text:
        return 422, "violates a rule: " + text.split(":")[-1].strip().strip('"')
    return 409, "conflicts with existing data"


def integrity_error_handler(request: Request, exc: Exception) -> Response:
    status, detail = _integrity_detail(exc)
    log.info("integrity error on %s: %s", request.url.path, exc)
    if is_api(request):
        return api_error(status, detail)
    return error_page(request, status, detail)


def out_of_range_handler(request: Request, exc: Exception) -> Response:
    """A number too large for the database column (e.g. an id beyond a PostgreSQL integer)."""
    log.info("out-of-range value on %s: %s", request.url.path, exc)
    if is_api(request):
        return api_error(400, "a value is out of range")
    return error_page(request, 400)


def unavailable_handler(request: Request, exc: Exception) -> Response:
    log.warning("database unavailable on %s: %s", request.url.path, exc)
    if is_api(request):
        return api_error(503, "database unavailable")
    return error_page(request, 503)


def unexpected_error_handler(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    if is_api(request):
        return api_error(HTTP_500_INTERNAL_SERVER_ERROR, "internal error")
    return error_page(request, HTTP_500_INTERNAL_SERVER_ERROR)


INTEGRITY_ERRORS = (sqlite3.IntegrityError, asyncpg.IntegrityConstraintViolationError)
UNAVAILABLE_ERRORS = (
    OSError, sqlite3.OperationalError, asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError, asyncpg.TooManyConnectionsError,
)


def exception_handlers() -> dict:
    handlers: dict = {HTTPException: http_exception_handler, InvalidInput: invalid_input_handler}
    handlers.update({error: integrity_error_handler for error in INTEGRITY_ERRORS})
    handlers.update({error: unavailable_handler for error in UNAVAILABLE_ERRORS})
    handlers.update({OverflowError: out_of_range_handler, asyncpg.DataError: out_of_range_handler})
    handlers[Exception] = unexpected_error_handler
    return handlers


__all__ = ["exception_handlers", "error_page", "api_error", "is_api"]
