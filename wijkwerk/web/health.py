"""GET /health: 200 when the database answers, 503 with the reason when it does not."""

from litestar import Request, Response, get

from wijkwerk.db import database_is_up


@get("/health", exclude_from_auth=True, exclude_from_csrf=True)
async def health(request: Request) -> Response[dict]:
    ok, reason = await database_is_up(request.app.state.engine)
    if ok:
        return Response({"status": "ok", "database": "ok"}, status_code=200)
    return Response({"status": "error", "database": "unavailable", "reason": reason}, status_code=503)
