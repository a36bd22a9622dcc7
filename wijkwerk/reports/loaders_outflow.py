"""Loader for the outflow section: exits in the period and follow-ups that fell due in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk import clock
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sql import fetch_frame, table_name
from wijkwerk.tables import ExitFollowUp, Worker, WorkerExit


@dataclass(frozen=True)
class Outflow:
    """exits: worker, exit_on, kind, contract_type, benefit_ended (exit date in the period)
    follow_ups: worker, weeks, due_on, answer, kind (due in the period and by `today`; the worker is
      for protection across reports, reports/linked_families.py)"""

    exits: pl.DataFrame
    follow_ups: pl.DataFrame
    today: date


async def load_outflow(engine: Engine, report: ReportFilter) -> Outflow:
    home = f"JOIN {table_name(Worker)} w ON w.id = e.worker AND w.neighbourhood = ?" if report.neighbourhood_id else ""
    params = [report.neighbourhood_id] if report.neighbourhood_id else []
    exits = await fetch_frame(engine, f"""
        SELECT e.worker, e.exit_on, e.kind, e.contract_type, e.benefit_ended FROM {table_name(WorkerExit)} e {home}
        WHERE e.exit_on >= ? AND e.exit_on <= ?""", params + [report.start, report.end],
        {"worker": pl.Int64, "exit_on": pl.Date, "kind": pl.Utf8, "contract_type": pl.Utf8,
         "benefit_ended": pl.Utf8})
    today = clock.today()
    follow_ups = await fetch_frame(engine, f"""
        SELECT e.worker, f.weeks, f.due_on, f.answer, e.kind FROM {table_name(ExitFollowUp)} f
        JOIN {table_name(WorkerExit)} e ON e.id = f.exit {home}
        WHERE f.due_on >= ? AND f.due_on <= ?""", params + [report.start, min(report.end, today)],
        {"worker": pl.Int64, "weeks": pl.Int64, "due_on": pl.Date, "answer": pl.Utf8, "kind": pl.Utf8})
    return Outflow(exits, follow_ups, today)
