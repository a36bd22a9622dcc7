"""Expiring, revocable read-only links to one report: the token is shown once, only its digest is kept."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.formatting import to_local
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.period import (
    Comparison, PeriodKind, ReportFilter, not_published_message, whole_periods_message,
)
from wijkwerk.tables import ReportShareLink

MAX_DAYS = 365


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def read_days(text: str) -> int:
    errors = Errors()
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_DAYS):
        errors.add("dagen", "out_of_range", _("Kies een geldigheid van 1 tot en met %(n)s dagen.", n=MAX_DAYS))
    errors.raise_if_any()
    return int(text)


async def create_link(report: ReportFilter, days: int, label: str, user_id: int | None, now: datetime) -> str:
    """Store a new link for exactly this filter; returns the secret token (never stored).

    A link is read by people outside the organisation, like a funder: whole periods that are
    published only (a link made earlier would show figures before funders may read them)."""
    errors = Errors()
    today = to_local(now).date()
    if not report.whole:
        errors.add("periode", "whole_periods_only", whole_periods_message())
    elif not report.published(today):
        errors.add("periode", "not_published", not_published_message(report.kind, report.start, today))
    errors.max_length("label", label, 150)
    errors.raise_if_any()
    token = secrets.token_urlsafe(24)
    async with write_transaction():
        await ReportShareLink.insert(ReportShareLink(
            token_hash=digest(token), label=label.strip(), period_kind=report.kind.value,
            period_start=report.start, period_end=report.end, neighbourhood=report.neighbourhood_id,
            comparison=report.comparison.value, created_by=user_id, created_at=now,
            expires_at=now + timedelta(days=days)))
    return token


async def filter_for(token: str, now: datetime) -> ReportFilter | None:
    """The report a token opens, or None when it is unknown, expired, revoked or (made before such
    links were refused) for a custom period or one not yet published: the caller answers 404."""
    if not token or len(token) > 100:
        return None
    row = await ReportShareLink.select().where(
        ReportShareLink.token_hash == digest(token), ReportShareLink.revoked_at.is_null(),
        ReportShareLink.expires_at > now).first()
    if row is None or row["period_kind"] == PeriodKind.custom.value:
        return None
    report = ReportFilter(PeriodKind(row["period_kind"]), row["period_start"], row["period_end"],
                          row["neighbourhood"], Comparison(row["comparison"]))
    return report if report.published(to_local(now).date()) else None


async def list_links() -> list[dict]:
    return await ReportShareLink.select(
        ReportShareLink.id, ReportShareLink.label, ReportShareLink.period_start, ReportShareLink.period_end,
        ReportShareLink.neighbourhood.name.as_alias("neighbourhood"), ReportShareLink.comparison,
        ReportShareLink.created_at, ReportShareLink.expires_at, ReportShareLink.revoked_at,
        ReportShareLink.created_by.username.as_alias("created_by"),
    ).order_by(ReportShareLink.created_at, ascending=False)


async def revoke(link_id: int, now: datetime) -> bool:
    """Revoke a link; False when there is no such link (already revoked links stay revoked)."""
    async with write_transaction():
        if not await ReportShareLink.exists().where(ReportShareLink.id == link_id):
            return False
        await ReportShareLink.update({ReportShareLink.revoked_at: now}).where(
            ReportShareLink.id == link_id, ReportShareLink.revoked_at.is_null())
    return True
