"""Display of money, hours and times: Dutch by default, Amsterdam time, integer cents."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from wijkwerk.i18n.formatting import hours, local_date, local_datetime, local_time, money
from wijkwerk.i18n.locales import current_language, pick_language


@pytest.mark.parametrize("cents, dutch, english", [
    (123456, "€ 1.234,56", "€1,234.56"),
    (5, "€ 0,05", "€0.05"),
    (0, "€ 0,00", "€0.00"),
])
def test_money_from_integer_cents(cents, dutch, english):
    # Babel puts a no-break space after the euro sign so an amount never wraps apart.
    assert money(cents).replace("\u00a0", " ") == dutch
    token = current_language.set("en")
    try:
        assert money(cents) == english
    finally:
        current_language.reset(token)


def test_hours_from_minutes():
    assert hours(450) == "7,5" and hours(60) == "1" and hours(20) == "0,33"


@pytest.mark.parametrize("utc, local", [
    (datetime(2026, 3, 28, 8, 0, tzinfo=timezone.utc), "09:00"),  # winter time, UTC+1
    (datetime(2026, 3, 29, 7, 0, tzinfo=timezone.utc), "09:00"),  # summer time, UTC+2
    (datetime(2026, 10, 25, 8, 0, tzinfo=timezone.utc), "09:00"),  # back to winter time
])
def test_times_are_shown_in_amsterdam(utc, local):
    assert local_time(utc) == local


def test_dates_in_dutch():
    assert local_date(date(2026, 3, 2)) == "ma 2 mrt 2026"
    assert local_datetime(datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)).endswith("09:00")


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        local_time(datetime(2026, 3, 2, 8, 0))


@pytest.mark.parametrize("stored, cookie, header, expected", [
    ("en", "nl", "pl", "en"),
    (None, "tr", "en", "tr"),
    (None, None, "pl-PL,pl;q=0.9,en;q=0.8", "pl"),
    (None, None, "fr-FR", "nl"),
    (None, "xx", None, "nl"),
])
def test_language_choice_order(stored, cookie, header, expected):
    assert pick_language(stored, cookie, header) == expected


@pytest.mark.parametrize("text, minutes", [("0,33", 20), ("7,5", 450), ("12", 720), ("1.234,5", 74070)])
def test_hours_typed_in_forms_round_to_the_nearest_minute(text, minutes):
    from wijkwerk.common.forms import FormReader

    assert FormReader({"h": text}).minutes_from_hours("h") == minutes


def test_arabic_indic_digits_are_read_as_numbers():
    from wijkwerk.common.forms import FormReader

    form = FormReader({"amount": "٢٥٫٥٠", "hours": "٧٫٥", "bad": "²"})
    assert form.money_cents("amount") == 2550 and form.minutes_from_hours("hours") == 450
    assert form.money_cents("bad") is None and form.errors.items
