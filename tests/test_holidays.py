"""Dutch public holidays, including the ones that move with Easter."""

from __future__ import annotations

from datetime import date

import pytest

from wijkwerk.shifts.holidays import dutch_holidays, easter_sunday, holiday_name


@pytest.mark.parametrize("year, easter", [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
    (2027, date(2027, 3, 28)), (2038, date(2038, 4, 25)), (2285, date(2285, 3, 22)),
])
def test_easter(year, easter):
    assert easter_sunday(year) == easter


@pytest.mark.parametrize("day, name", [
    (date(2026, 4, 3), "Goede Vrijdag"),
    (date(2026, 4, 6), "Tweede Paasdag"),
    (date(2026, 5, 14), "Hemelvaartsdag"),
    (date(2026, 5, 25), "Tweede Pinksterdag"),
    (date(2026, 4, 27), "Koningsdag"),
    (date(2025, 4, 26), "Koningsdag"),  # 27 April 2025 is a Sunday
    (date(2026, 12, 26), "Tweede Kerstdag"),
    (date(2026, 1, 1), "Nieuwjaarsdag"),
])
def test_named_holidays(day, name):
    assert holiday_name(day) == name


def test_ordinary_days_are_not_holidays():
    assert holiday_name(date(2026, 4, 7)) is None
    assert len(dutch_holidays(2026)) == 11
