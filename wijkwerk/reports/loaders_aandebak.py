"""Loader for the AanDeBak section: candidates (pseudonymised: no names leave the query) and follow-ups."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from piccolo.engine.base import Engine

from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sql import fetch_frame, table_name
from wijkwerk.tables import Candidate, CandidateFollowUp, GuaranteeAgreement, Sector


@dataclass(frozen=True)
class AanDeBak:
    """candidates: candidate, sector, sector_nl, sector_en, mediation_after_weeks, guarantee_kind (null: no
    guarantee yet), starts_on, diploma_on, placed_on, closed_on, neighbourhood (where they live; null for none)
    follow_ups: candidate, months, due_on, still_employed (null while unanswered)"""

    candidates: pl.DataFrame
    follow_ups: pl.DataFrame


async def load_aandebak(engine: Engine, report: ReportFilter) -> AanDeBak:
    # Candidates live in a neighbourhood of their own (they need not be workers).
    home = "AND c.neighbourhood = ?" if report.neighbourhood_id else ""
    extra = [report.neighbourhood_id] if report.neighbourhood_id else []
    candidates = await fetch_frame(engine, f"""
        SELECT c.id, s.code, s.name_nl, s.name_en, s.mediation_after_weeks, g.guarantee_kind, c.starts_on,
               c.diploma_on, c.placed_on, c.closed_on, c.neighbourhood
        FROM {table_name(Candidate)} c JOIN {table_name(Sector)} s ON s.id = c.sector
        LEFT JOIN {table_name(GuaranteeAgreement)} g ON g.id = c.agreement
        WHERE c.starts_on <= ? {home}""", [report.end] + extra,
        {"candidate": pl.Int64, "sector": pl.Utf8, "sector_nl": pl.Utf8, "sector_en": pl.Utf8,
         "mediation_after_weeks": pl.Int64, "guarantee_kind": pl.Utf8, "starts_on": pl.Date, "diploma_on": pl.Date,
         "placed_on": pl.Date, "closed_on": pl.Date, "neighbourhood": pl.Int64})
    follow_ups = await fetch_frame(engine, f"""
        SELECT f.candidate, f.months, f.due_on, f.still_employed FROM {table_name(CandidateFollowUp)} f
        JOIN {table_name(Candidate)} c ON c.id = f.candidate
        WHERE f.due_on >= ? AND f.due_on <= ? {home}""", [report.start, report.end] + extra,
        {"candidate": pl.Int64, "months": pl.Int64, "due_on": pl.Date, "still_employed": pl.Boolean})
    return AanDeBak(candidates, follow_ups)
