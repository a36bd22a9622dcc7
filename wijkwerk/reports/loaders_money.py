"""Loader for the money section: ledger totals per day and kind, subsidies per funder kind, projects,
and who was paid the booked allowances (for disclosure control: an allowance total is about people).

With a neighbourhood, only ledger entries linked to it count (as in money.figures): town-wide
subsidies and overhead stay out rather than being guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk.money.kinds import SPENDING_KINDS
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sql import UTC_DATETIME, fetch_frame, table_name
from wijkwerk.tables import (
    Allocation, Assignment, Attendance, Funder, LedgerEntry, Neighbourhood, NeighbourhoodProject, Shift, Worker,
)
from wijkwerk.tables.enums import AttendanceStatus, LedgerKind


@dataclass(frozen=True)
class Money:
    """ledger: entry_date, kind, cents (net, reversals included); funding: funder_kind, kind, cents;
    projects: project, neighbourhood, allocated_cents (decided in the period), spent_cents (dated in it)
    booked: job, period (first of the month), cents: allowances booked per job and month (net; job
      None for an entry that names no job)
    worked: worker, job, starts_at: residents present with a rate on those jobs' shifts in the period;
      only with a neighbourhood (all of town: the activity loader's work frame has them already)"""

    ledger: pl.DataFrame
    funding: pl.DataFrame
    projects: pl.DataFrame
    booked: pl.DataFrame
    worked: pl.DataFrame | None


async def load_paid(engine: Engine, report: ReportFilter, where: str,
                    params: list) -> tuple[pl.DataFrame, pl.DataFrame | None]:
    """Booked allowances per job and month, and (with a neighbourhood, whose ledger entries follow
    the job rather than where residents live) who worked on those jobs: the people they paid."""
    compensation = f"l.kind = '{LedgerKind.compensation.value}' AND {where}"
    booked = await fetch_frame(engine, f"""
        SELECT l.job, l.period, CAST(SUM(l.amount_cents) AS BIGINT) FROM {table_name(LedgerEntry)} l
        WHERE {compensation} GROUP BY l.job, l.period""", params,
        {"job": pl.Int64, "period": pl.Date, "cents": pl.Int64})
    if not report.neighbourhood_id:
        return booked, None
    start, end = report.utc_bounds()
    worked = await fetch_frame(engine, f"""
        SELECT DISTINCT a.worker, s.job, s.starts_at FROM {table_name(Shift)} s
        JOIN {table_name(Assignment)} a ON a.shift = s.id
        JOIN {table_name(Attendance)} t ON t.assignment = a.id
        JOIN {table_name(Worker)} w ON w.id = a.worker
        WHERE s.starts_at >= ? AND s.starts_at < ? AND t.status = '{AttendanceStatus.present.value}'
          AND t.minutes_worked > 0 AND w.rate_cents_per_hour > 0
          AND s.job IN (SELECT l.job FROM {table_name(LedgerEntry)} l WHERE {compensation})""",
        [start, end, *params], {"worker": pl.Int64, "job": pl.Int64, "starts_at": UTC_DATETIME})
    return booked, worked


async def load_booked_by_area(engine: Engine, report: ReportFilter) -> pl.DataFrame:
    """Booked allowances of the whole town dated in the period: job, period (the month paid for),
    entry_date, area (the entry's neighbourhood), cents (net); for protection across reports."""
    return await fetch_frame(engine, f"""
        SELECT l.job, l.period, l.entry_date, l.neighbourhood, CAST(SUM(l.amount_cents) AS BIGINT)
        FROM {table_name(LedgerEntry)} l
        WHERE l.kind = '{LedgerKind.compensation.value}' AND l.entry_date >= ? AND l.entry_date <= ?
        GROUP BY l.job, l.period, l.entry_date, l.neighbourhood""", [report.start, report.end],
        {"job": pl.Int64, "period": pl.Date, "entry_date": pl.Date, "area": pl.Int64, "cents": pl.Int64})


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
    booked, worked = await load_paid(engine, report, where, params)
    return Money(ledger, funding, projects, booked, worked)
