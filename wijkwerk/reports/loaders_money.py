"""Loader for the money section: ledger totals per day and kind, subsidies per funder kind, projects.

With a neighbourhood, only ledger entries linked to it count (as in money.figures): town-wide
subsidies and overhead stay out rather than being guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk.money.kinds import SPENDING_KINDS
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sql import fetch_frame, table_name
from wijkwerk.tables import Allocation, Funder, LedgerEntry, Neighbourhood, NeighbourhoodProject


@dataclass(frozen=True)
class Money:
    """ledger: entry_date, kind, cents (net, reversals included); funding: funder_kind, kind, cents;
    projects: project, neighbourhood, allocated_cents (decided in the period), spent_cents (dated in it)"""

    ledger: pl.DataFrame
    funding: pl.DataFrame
    projects: pl.DataFrame


async def load_money(engine: Engine, report: ReportFilter) -> Money:
    where, params = "l.entry_date >= ? AND l.entry_date <= ?", [report.start, report.end]
    if report.neighbourhood_id:
        where, params = where + " AND l.neighbourhood = ?", params + [report.neighbourhood_id]
    ledger = await fetch_frame(engine, f"""
        SELECT l.entry_date, l.kind, CAST(SUM(l.amount_cents) AS BIGINT) FROM {table_name(LedgerEntry)} l
        WHERE {where} GROUP BY l.entry_date, l.kind""", params,
        {"entry_date": pl.Date, "kind": pl.Utf8, "cents": pl.Int64})
    funding = await fetch_frame(engine, f"""
        SELECT f.kind, l.kind, CAST(SUM(l.amount_cents) AS BIGINT) FROM {table_name(LedgerEntry)} l
        JOIN {table_name(Funder)} f ON f.id = l.funder WHERE {where} GROUP BY f.kind, l.kind""", params,
        {"funder_kind": pl.Utf8, "kind": pl.Utf8, "cents": pl.Int64})
    spending = ", ".join(f"'{kind}'" for kind in SPENDING_KINDS)
    project_where = "WHERE p.neighbourhood = ?" if report.neighbourhood_id else ""
    projects = await fetch_frame(engine, f"""
        SELECT p.name, n.name,
          CAST(COALESCE((SELECT SUM(a.amount_cents) FROM {table_name(Allocation)} a WHERE a.project = p.id
                         AND a.decided_on >= ? AND a.decided_on <= ?), 0) AS BIGINT),
          CAST(COALESCE((SELECT SUM(l.amount_cents) FROM {table_name(LedgerEntry)} l WHERE l.project = p.id
                         AND l.kind IN ({spending}) AND l.entry_date >= ? AND l.entry_date <= ?), 0) AS BIGINT)
        FROM {table_name(NeighbourhoodProject)} p JOIN {table_name(Neighbourhood)} n ON n.id = p.neighbourhood
        {project_where} ORDER BY p.name""",
        [report.start, report.end, report.start, report.end] + ([report.neighbourhood_id] if report.neighbourhood_id else []),
        {"project": pl.Utf8, "neighbourhood": pl.Utf8, "allocated_cents": pl.Int64, "spent_cents": pl.Int64})
    return Money(ledger, funding, projects)
