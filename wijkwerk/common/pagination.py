"""Page-number pagination for API lists: ?page=1&per_page=50, answered with the total."""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar

import msgspec
from litestar.params import QueryParameter

T = TypeVar("T")

# Use with a default: `page: PageNumber = 1, per_page: PerPage = 50`.
PageNumber = Annotated[int, QueryParameter(ge=1, le=100_000)]
PerPage = Annotated[int, QueryParameter(ge=1, le=500)]


class Page(msgspec.Struct, Generic[T]):
    items: list[T]
    page: int
    per_page: int
    total: int


async def paginate(query, count_query, page: int, per_page: int) -> tuple[list[dict], int]:
    """Run a Piccolo select with LIMIT/OFFSET plus its count; ordering is the caller's."""
    rows = await query.limit(per_page).offset((page - 1) * per_page)
    total = await count_query
    return rows, total
