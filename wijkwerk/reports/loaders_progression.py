"""Loader for the progression section: ladder measurements, certificates and confirmed skill level-ups."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sql import UTC_DATETIME, fetch_frame, table_name
from wijkwerk.tables import (
    ProgressionDimension, ProgressionInstrument, ProgressionLevel, ProgressionMeasurement, SkillLevelDecision,
    Worker, WorkerSkill,
)
from wijkwerk.tables.enums import SuggestionDecision


@dataclass(frozen=True)
class Progression:
    """ladder: measurement, worker, measured_on, step (default instrument, up to the period's end)
    certificates: worker, obtained_on (in the period); level_ups: worker, decided_at (confirmed, in the period)"""

    ladder: pl.DataFrame
    certificates: pl.DataFrame
    level_ups: pl.DataFrame


def _home(report: ReportFilter, alias: str) -> tuple[str, list]:
    if not report.neighbourhood_id:
        return "", []
    return (f"JOIN {table_name(Worker)} w ON w.id = {alias}.worker AND w.neighbourhood = ?", [report.neighbourhood_id])


async def load_progression(engine: Engine, report: ReportFilter) -> Progression:
    home, params = _home(report, "m")
    ladder = await fetch_frame(engine, f"""
        SELECT m.id, m.worker, m.measured_on, l.rank
        FROM {table_name(ProgressionMeasurement)} m
        JOIN {table_name(ProgressionLevel)} l ON l.id = m.level
        JOIN {table_name(ProgressionDimension)} d ON d.id = l.dimension
        JOIN {table_name(ProgressionInstrument)} i ON i.id = d.instrument
        {home}
        WHERE i.is_default = ? AND m.measured_on <= ?""", params + [True, report.end],
        {"measurement": pl.Int64, "worker": pl.Int64, "measured_on": pl.Date, "step": pl.Int64})
    home, params = _home(report, "s")
    certificates = await fetch_frame(engine, f"""
        SELECT s.worker, s.certificate_obtained_on FROM {table_name(WorkerSkill)} s {home}
        WHERE s.certificate_obtained_on >= ? AND s.certificate_obtained_on <= ?""",
        params + [report.start, report.end], {"worker": pl.Int64, "obtained_on": pl.Date})
    home, params = _home(report, "k")
    start, end = report.utc_bounds()
    level_ups = await fetch_frame(engine, f"""
        SELECT k.worker, k.decided_at FROM {table_name(SkillLevelDecision)} k {home}
        WHERE k.decision = '{SuggestionDecision.confirmed.value}' AND k.decided_at >= ? AND k.decided_at < ?""",
        params + [start, end], {"worker": pl.Int64, "decided_at": UTC_DATETIME})
    return Progression(ladder, certificates, level_ups)
