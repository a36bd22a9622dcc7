"""Hand-written reads (wijkwerk/common/raw_reads.py) return the same types as Piccolo's selects,
inside a read snapshot and outside one, on both engines."""

from __future__ import annotations

from datetime import date, datetime, timezone

from tests.builders import make_shift, make_worker
from wijkwerk.common.raw_reads import fetch_all, fetch_one, placeholders
from wijkwerk.common.transactions import read_snapshot
from wijkwerk.tables import Shift


async def test_types_match_piccolo_inside_and_outside_a_snapshot(db):
    starts = datetime(2026, 3, 2, 8, 30, tzinfo=timezone.utc)
    shift = await make_shift(starts_at=starts)
    sql = "SELECT id, starts_at, cancelled FROM shift WHERE id = {}"
    expected = await Shift.select(Shift.id, Shift.starts_at, Shift.cancelled).where(Shift.id == shift["id"]).first()
    outside = await fetch_one(sql, shift["id"])
    async with read_snapshot():
        inside = await fetch_one(sql, shift["id"])
    for row in (outside, inside):
        assert row == expected
        assert row["starts_at"] == starts and row["starts_at"].tzinfo is not None
        assert row["cancelled"] is False


async def test_dates_and_in_lists(db):
    first = await make_worker(first_name="Anna", birth_date=date(1990, 5, 17))
    second = await make_worker(first_name="Bram", birth_date=date(1985, 1, 2))
    ids = [first["id"], second["id"]]
    rows = await fetch_all(f"SELECT first_name, birth_date FROM worker WHERE id IN ({placeholders(ids)}) "
                           "ORDER BY first_name", *ids)
    assert rows == [{"first_name": "Anna", "birth_date": date(1990, 5, 17)},
                    {"first_name": "Bram", "birth_date": date(1985, 1, 2)}]
    assert await fetch_all(f"SELECT id FROM worker WHERE id IN ({placeholders([])})") == []
    assert await fetch_one("SELECT id FROM worker WHERE id = {}", -1) is None
