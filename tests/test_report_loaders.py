"""Loaders: months in Amsterdam time on both engines, and attendance counted once per person and shift."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tests.builders import make_shift, make_worker
from tests.report_fixture import attend
from wijkwerk.reports.loaders import load_activity
from wijkwerk.reports.period import PeriodKind, ReportFilter

YEAR = ReportFilter(PeriodKind.year, date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize("starts_at, month", [
    (datetime(2026, 3, 31, 22, 30, tzinfo=timezone.utc), "2026-04"),  # 00:30 summer time on 1 April
    (datetime(2026, 3, 31, 21, 30, tzinfo=timezone.utc), "2026-03"),
    (datetime(2026, 1, 31, 23, 30, tzinfo=timezone.utc), "2026-02"),  # 00:30 winter time on 1 February
    (datetime(2026, 10, 31, 23, 0, tzinfo=timezone.utc), "2026-11"),  # after the switch back on 25 October
])
async def test_month_is_the_amsterdam_month(db, starts_at, month):
    worker = await make_worker()
    shift = await make_shift(starts_at=starts_at)
    await attend(shift["id"], [worker["id"]], 60)
    work = (await load_activity(db, YEAR)).work
    assert work["month"].to_list() == [month]


async def test_period_bounds_are_amsterdam_days(db):
    worker = await make_worker()
    # 31 Dec 2025 23:30 UTC is 1 January 2026 in Amsterdam: inside the year 2026.
    shift = await make_shift(starts_at=datetime(2025, 12, 31, 23, 30, tzinfo=timezone.utc))
    await attend(shift["id"], [worker["id"]], 60)
    assert (await load_activity(db, YEAR)).work["minutes"].to_list() == [60]


async def test_attendance_on_two_roster_versions_counts_once(db):
    worker = await make_worker(rate_cents_per_hour=600)
    shift = await make_shift(starts_at=datetime(2026, 3, 2, 8, tzinfo=timezone.utc))
    await attend(shift["id"], [worker["id"]], 120)
    await attend(shift["id"], [worker["id"]], 120)
    data = await load_activity(db, YEAR)
    assert data.work.select("shifts_worked", "minutes", "paid_cents").rows() == [(1, 120, 1200)]
    assert data.shifts["shifts"].to_list() == [1]
