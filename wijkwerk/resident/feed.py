"""The public end of a calendar link: whoever holds the secret URL gets that one feed, nothing else."""

from __future__ import annotations

from litestar import Response, get
from litestar.exceptions import NotFoundException
from litestar.params import FromPath

from wijkwerk.resident.calendar import feed_ics, worker_for


@get("/agenda/{token:str}", include_in_schema=False)
async def calendar_feed(token: FromPath[str]) -> Response[bytes]:
    worker_id = await worker_for(token.removesuffix(".ics"))
    if worker_id is None:
        raise NotFoundException()
    return Response(await feed_ics(worker_id), media_type="text/calendar; charset=utf-8",
                    headers={"cache-control": "private, max-age=300"})
