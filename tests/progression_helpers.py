"""Shared helpers of the progression and outflow tests: a fixed clock and the ladder's dimension."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from wijkwerk import clock
from wijkwerk.tables import ProgressionDimension


def set_today(monkeypatch, day: date) -> None:
    """Fix the service clock at noon UTC on `day` (the one mock the brief allows)."""
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(day, time(12), timezone.utc))


async def ladder_dimension() -> int:
    row = await ProgressionDimension.select(ProgressionDimension.id).where(
        ProgressionDimension.instrument.is_default.eq(True)).first()
    return row["id"]
