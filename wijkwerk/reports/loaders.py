"""Loaders for the core report data: one SQL query per frame, for a period and an optional neighbourhood.

The neighbourhood filter selects residents who live there (the people a funder's money is
for), with all their work wherever it happened. Attendance is aggregated in SQL to one row
per worker, job and local month, which keeps a full year of a large company to tens of
thousands of rows instead of hundreds of thousands.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sql import fetch_frame, local_month_sql
from wijkwerk.tables import (
    Assignment, Attendance, Client, CompensationCap, Job, JobType, OtherAllowance, Shift, Worker,
)
from wijkwerk.tables.enums import AttendanceStatus, WorkMode


@dataclass(frozen=True)
class Activity:
    """The frames every core section reads.

    work: worker, job, month, shifts_worked, minutes, paid_cents (volunteer allowance)
    shifts: job, month, shifts (distinct shifts with at least one resident present)
    jobs: job, job_type, job_type_nl, job_type_en, client_kind, work_mode
    workers: worker, starts_on, benefit_type, birth_date, target_minutes_per_week, status
    caps: valid_from, valid_until, min_age, monthly_cap_cents, yearly_cap_cents
    allowances: worker, month, amount_cents (declared from other organisations)
    """

    work: pl.DataFrame
    shifts: pl.DataFrame
    jobs: pl.DataFrame
    workers: pl.DataFrame
    caps: pl.DataFrame
    allowances: pl.DataFrame


def _name(table) -> str:
    return f'"{table._meta.tablename}"'


def _worked_cte(neighbourhood: bool) -> str:
    """Present attendance per (worker, shift), counted once even if recorded on two roster versions."""
    where_home = "AND w.neighbourhood = ?" if neighbourhood else ""
    return f"""
        WITH worked AS (
            SELECT a.worker AS worker, a.shift AS shift, MAX(t.minutes_worked) AS minutes
            FROM {_name(Attendance)} t
            JOIN {_name(Assignment)} a ON a.id = t.assignment
            JOIN {_name(Shift)} s ON s.id = a.shift
            JOIN {_name(Worker)} w ON w.id = a.worker
            WHERE t.status = '{AttendanceStatus.present.value}' AND s.starts_at >= ? AND s.starts_at < ? {where_home}
            GROUP BY a.worker, a.shift
        )"""


def _params(report: ReportFilter) -> list:
    start, end = report.utc_bounds()
    return [start, end] + ([report.neighbourhood_id] if report.neighbourhood_id else [])


async def load_work(engine: Engine, report: ReportFilter) -> pl.DataFrame:
    month = local_month_sql(engine, "s.starts_at", range(report.start.year, report.end.year + 1))
    sql = _worked_cte(bool(report.neighbourhood_id)) + f"""
        SELECT wd.worker, s.job, {month} AS month, COUNT(*) AS shifts_worked,
               CAST(SUM(wd.minutes) AS BIGINT) AS minutes,
               CAST(SUM(CASE WHEN j.work_mode = '{WorkMode.volunteer.value}'
                        THEN (w.rate_cents_per_hour * wd.minutes + 59) / 60 ELSE 0 END) AS BIGINT) AS paid_cents
        FROM worked wd
        JOIN {_name(Shift)} s ON s.id = wd.shift
        JOIN {_name(Job)} j ON j.id = s.job
        JOIN {_name(Worker)} w ON w.id = wd.worker
        GROUP BY wd.worker, s.job, {month}"""
    # Rounded up per shift, as the cap check does, so the report never shows less than was paid.
    return await fetch_frame(engine, sql, _params(report), {
        "worker": pl.Int64, "job": pl.Int64, "month": pl.Utf8, "shifts_worked": pl.Int64,
        "minutes": pl.Int64, "paid_cents": pl.Int64})


async def load_shifts(engine: Engine, report: ReportFilter) -> pl.DataFrame:
    month = local_month_sql(engine, "s.starts_at", range(report.start.year, report.end.year + 1))
    sql = _worked_cte(bool(report.neighbourhood_id)) + f"""
        SELECT s.job, {month} AS month, COUNT(DISTINCT wd.shift) AS shifts
        FROM worked wd JOIN {_name(Shift)} s ON s.id = wd.shift
        GROUP BY s.job, {month}"""
    return await fetch_frame(engine, sql, _params(report),
                             {"job": pl.Int64, "month": pl.Utf8, "shifts": pl.Int64})


async def load_jobs(engine: Engine) -> pl.DataFrame:
    sql = f"""
        SELECT j.id, jt.code, jt.name_nl, jt.name_en, c.kind, j.work_mode
        FROM {_name(Job)} j JOIN {_name(JobType)} jt ON jt.id = j.job_type JOIN {_name(Client)} c ON c.id = j.client"""
    return await fetch_frame(engine, sql, [], {
        "job": pl.Int64, "job_type": pl.Utf8, "job_type_nl": pl.Utf8, "job_type_en": pl.Utf8,
        "client_kind": pl.Utf8, "work_mode": pl.Utf8})


async def load_workers(engine: Engine, report: ReportFilter) -> pl.DataFrame:
    where = "WHERE neighbourhood = ?" if report.neighbourhood_id else ""
    sql = f"""SELECT id, starts_on, benefit_type, birth_date, target_minutes_per_week, status
              FROM {_name(Worker)} {where}"""
    return await fetch_frame(engine, sql, [report.neighbourhood_id] if report.neighbourhood_id else [], {
        "worker": pl.Int64, "starts_on": pl.Date, "benefit_type": pl.Utf8, "birth_date": pl.Date,
        "target_minutes_per_week": pl.Int64, "status": pl.Utf8})


async def load_caps(engine: Engine) -> pl.DataFrame:
    sql = f"""SELECT valid_from, valid_until, min_age, monthly_cap_cents, yearly_cap_cents
              FROM {_name(CompensationCap)}"""
    return await fetch_frame(engine, sql, [], {
        "valid_from": pl.Date, "valid_until": pl.Date, "min_age": pl.Int64,
        "monthly_cap_cents": pl.Int64, "yearly_cap_cents": pl.Int64})


async def load_allowances(engine: Engine, report: ReportFilter) -> pl.DataFrame:
    sql = f"""SELECT worker, month, amount_cents FROM {_name(OtherAllowance)}
              WHERE month >= ? AND month <= ?"""
    return await fetch_frame(engine, sql, [report.start.replace(day=1), report.end], {
        "worker": pl.Int64, "month": pl.Date, "amount_cents": pl.Int64})


async def load_activity(engine: Engine, report: ReportFilter) -> Activity:
    return Activity(
        work=await load_work(engine, report), shifts=await load_shifts(engine, report),
        jobs=await load_jobs(engine), workers=await load_workers(engine, report),
        caps=await load_caps(engine), allowances=await load_allowances(engine, report),
    )
