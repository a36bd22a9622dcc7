"""The protection pattern of a year's published impact reports, kept in the database.

A figure once published must never change from visible to hidden, or a reader holding an old and
a new report could subtract one from the other. So a year's pattern (reports/linked.py) is worked
out once per publication (after each quarter, reports/period.py) and the next publication extends
it instead of starting afresh: what was hidden stays hidden, what was published visible stays
visible (unless a correction to a closed period leaves no other way), and only the new quarter's
figures are protected anew.

A stored pattern carries the version of the report data it was computed from
(reports/data_version.py) and its day. Reads reuse it while the data is unchanged on the same
day, which keeps a year report fast; after a change, or on a later day (some figures depend on
the date: a follow-up becomes due), the next read extends it with the new counts (a late
correction can make a published figure small).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime

import asyncpg

from wijkwerk.common.transactions import write_transaction
from wijkwerk.i18n.formatting import to_local
from wijkwerk.reports.linked import Aggregate
from wijkwerk.tables import ReportPublication

Hidden = dict[str, set[Aggregate]]


@dataclass(frozen=True)
class Publication:
    """The pattern of `year` once `quarters` quarters (1 to 4) are published."""

    year: int
    quarters: int
    data_version: int
    hidden: Hidden
    computed_at: datetime

    def fresh(self, version: int, today: date) -> bool:
        """Computed from this data version, today: nothing it depends on changed since."""
        return self.data_version == version and to_local(self.computed_at).date() == today

    def newer_than(self, row: dict) -> bool:
        return (self.data_version, self.computed_at) > (row["data_version"], row["computed_at"])


def encode(hidden: Hidden) -> str:
    return json.dumps({name: sorted(([time, area, category] for time, area, category in aggregates),
                                    key=lambda item: (item[0], item[1], item[2] or ""))
                       for name, aggregates in sorted(hidden.items())}, separators=(",", ":"))


def decode(text: str) -> Hidden:
    return {name: {(time, area, category) for time, area, category in aggregates}
            for name, aggregates in json.loads(text).items()}


def _from_row(row: dict) -> Publication:
    return Publication(row["year"], row["quarters"], row["data_version"], decode(row["hidden"]), row["computed_at"])


async def stored(year: int, quarters: int) -> Publication | None:
    row = await ReportPublication.select().where(
        ReportPublication.year == year, ReportPublication.quarters == quarters).first()
    return _from_row(row) if row else None


async def latest_before(year: int, quarters: int) -> Publication | None:
    """The stored publication of `year` with the most quarters below `quarters`: what readers may
    have seen before (a publication nobody read was never stored, and binds nothing)."""
    row = await ReportPublication.select().where(
        ReportPublication.year == year, ReportPublication.quarters < quarters,
    ).order_by(ReportPublication.quarters, ascending=False).first()
    return _from_row(row) if row else None


async def keep(publication: Publication) -> Publication:
    """Store the publication unless a newer one (later data, or the same data later) is there
    already; return the one that is stored, so that every reader uses the same pattern."""
    where = (ReportPublication.year == publication.year, ReportPublication.quarters == publication.quarters)
    try:
        async with write_transaction():
            row = await ReportPublication.select().where(*where).first()
            if row is None:
                await ReportPublication.insert(ReportPublication(
                    year=publication.year, quarters=publication.quarters, data_version=publication.data_version,
                    hidden=encode(publication.hidden), computed_at=publication.computed_at))
            elif publication.newer_than(row):
                # Another request may have stored (and shown) a pattern extended from the same
                # base: keep what it hid too, so that hidden figures stay hidden.
                earlier = decode(row["hidden"])
                publication = replace(publication, hidden={name: aggregates | earlier.get(name, set())
                                                           for name, aggregates in publication.hidden.items()})
                await ReportPublication.update({
                    ReportPublication.data_version: publication.data_version,
                    ReportPublication.hidden: encode(publication.hidden),
                    ReportPublication.computed_at: publication.computed_at}).where(*where)
            else:
                return _from_row(row)
    except (sqlite3.IntegrityError, asyncpg.IntegrityConstraintViolationError):
        # Another request stored this publication between our read and our insert (PostgreSQL).
        winner = await stored(publication.year, publication.quarters)
        if winner is not None:
            return winner
        raise
    return publication
