"""The Litestar application factory: wires settings, database, auth, CSRF, pages and the API."""

from __future__ import annotations

import logging

from litestar import Litestar
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.middleware.base import DefineMiddleware
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin
from litestar.static_files import create_static_files_router
from piccolo.engine.base import Engine

from wijkwerk.api import api_router
from wijkwerk.auth.card_login import CardLoginController
from wijkwerk.auth.controller import AuthController, access_rate_limit
from wijkwerk.auth.identity import SessionAuthMiddleware
from wijkwerk.common.read_pool import close_idle
from wijkwerk.db import bind_tables, engine_from_url, is_postgres
from wijkwerk.funder.controller import FunderController
from wijkwerk.funder.shared import SharedReportController
from wijkwerk.manage import manage_router
from wijkwerk.resident.controller import ResidentController
from wijkwerk.resident.feed import calendar_feed
from wijkwerk.rosters.jobs import SolveRunner, fail_interrupted_jobs
from wijkwerk.settings import Settings
from wijkwerk.web.background import BackgroundTasks
from wijkwerk.web.errors import exception_handlers
from wijkwerk.web.health import health
from wijkwerk.web.language import set_request_language, switch_language
from wijkwerk.web.templating import template_config

log = logging.getLogger("wijkwerk")
STATIC_DIR = __import__("pathlib").Path(__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> Litestar:
    """Build the app; pass `engine` to share one (and its pool) with the caller, as tests do."""
    settings = settings or Settings.from_env()
    engine = engine or engine_from_url(settings.database_url)

    async def connect(app: Litestar) -> None:
        bind_tables(engine)
        if is_postgres(engine):
            try:
                await engine.start_connection_pool(min_size=1, max_size=10)
            except OSError as error:
                # Serve anyway: /health reports the outage and pages answer 503 until it is back.
                log.warning("could not open the PostgreSQL pool: %s", error)
        try:
            interrupted = await fail_interrupted_jobs()
            if interrupted:
                log.warning("marked %s interrupted solve job(s) as failed", interrupted)
        except Exception as error:  # database down at start: /health says so, nothing to mark
            log.warning("could not check for interrupted solve jobs: %s", error)

    async def disconnect(app: Litestar) -> None:
        await app.state.background.drain()
        if is_postgres(engine):
            await engine.close_connection_pool()
        else:
            await close_idle(engine)

    return Litestar(
        route_handlers=[
            health, switch_language, calendar_feed, AuthController, CardLoginController, manage_router, ResidentController,
            FunderController, SharedReportController, api_router,
            create_static_files_router(path="/static", directories=[STATIC_DIR]),
        ],
        state=State({"settings": settings, "engine": engine, "solver": SolveRunner(),
                     "background": BackgroundTasks()}),
        on_startup=[connect],
        on_shutdown=[disconnect],
        middleware=[
            DefineMiddleware(SessionAuthMiddleware, exclude=["^/static", "^/health", "^/schema"]),
            access_rate_limit(settings).middleware,
        ],
        before_request=set_request_language,
        csrf_config=CSRFConfig(
            secret=settings.secret_key, cookie_secure=settings.secure_cookies,
            cookie_name="wijkwerk_csrf", header_name="x-csrftoken",
        ),
        template_config=template_config(),
        exception_handlers=exception_handlers(),
        # Only the machine-readable schema: the HTML viewers load scripts from CDNs,
        # and Wijkwerk pages never load anything from outside the package.
        openapi_config=OpenAPIConfig(
            title="Wijkwerk API", version="1", path="/schema",
            render_plugins=[JsonRenderPlugin(), YamlRenderPlugin()],
        ),
        request_max_body_size=settings.max_body_bytes,
        debug=False,
    )
