"""Report filters: periods, comparison periods, and bad filters answered with Dutch messages, never a 500."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.builders import make_neighbourhood
from tests.helpers import login
from wijkwerk.common.validation import InvalidInput
from wijkwerk.reports.period import parse_filter

TODAY = date(2026, 5, 20)


@pytest.mark.parametrize("query, start, end", [
    ({}, date(2026, 1, 1), date(2026, 12, 31)),
    ({"periode": "maand", "jaar": "2024", "maand": "2"}, date(2024, 2, 1), date(2024, 2, 29)),
    ({"periode": "kwartaal", "jaar": "2026", "kwartaal": "4"}, date(2026, 10, 1), date(2026, 12, 31)),
    ({"periode": "anders", "van": "2026-03-05", "tot": "2026-03-05"}, date(2026, 3, 5), date(2026, 3, 5)),
])
def test_periods(query, start, end):
    report = parse_filter(query, TODAY, set())
    assert (report.start, report.end) == (start, end)


@pytest.mark.parametrize("query, start, end", [
    ({"periode": "maand", "maand": "3", "vergelijk": "vorige"}, date(2026, 2, 1), date(2026, 2, 28)),
    ({"periode": "kwartaal", "kwartaal": "1", "vergelijk": "vorige"}, date(2025, 10, 1), date(2025, 12, 31)),
    ({"periode": "jaar", "vergelijk": "vorige"}, date(2025, 1, 1), date(2025, 12, 31)),
    ({"periode": "anders", "van": "2026-03-11", "tot": "2026-03-20", "vergelijk": "vorige"},
     date(2026, 3, 1), date(2026, 3, 10)),
    ({"periode": "maand", "jaar": "2024", "maand": "2", "vergelijk": "vorig_jaar"}, date(2023, 2, 1), date(2023, 2, 28)),
])
def test_comparison_periods(query, start, end):
    compared = parse_filter(query, TODAY, set()).compared()
    assert (compared.start, compared.end) == (start, end)


@pytest.mark.parametrize("query, field, words", [
    ({"periode": "anders", "van": "2026-03-10", "tot": "2026-03-01"}, "tot", "vóór de begindatum"),
    ({"periode": "anders", "van": "2026-13-01", "tot": "2026-03-01"}, "van", "bestaat niet"),
    ({"periode": "anders", "van": "1-3-2026", "tot": "2026-03-01"}, "van", "JJJJ-MM-DD"),
    ({"periode": "anders", "van": "2020-01-01", "tot": "2026-03-01"}, "tot", "drie jaar"),
    ({"periode": "maand", "maand": "13"}, "maand", "1 tot en met 12"),
    ({"periode": "kwartaal", "kwartaal": "٣x"}, "kwartaal", "1 tot en met 4"),
    ({"periode": "jaar", "jaar": "20266"}, "jaar", "2000 en 2100"),
    ({"periode": "week"}, "periode", "Kies maand"),
    ({"vergelijk": "altijd"}, "vergelijk", "vorig jaar"),
    ({"wijk": "999"}, "wijk", "bestaat niet"),
    ({"wijk": "abc"}, "wijk", "bestaat niet"),
])
def test_bad_filters_name_the_field(query, field, words):
    with pytest.raises(InvalidInput) as raised:
        parse_filter(query, TODAY, {1, 2})
    assert words in raised.value.by_field()[field]


@pytest.mark.parametrize("path", ["/rapportage/", "/rapportage/download/csv", "/rapportage/download/xlsx",
                                  "/rapportage/download/json"])
@pytest.mark.parametrize("query, words", [
    ("periode=anders&van=2026-03-10&tot=2026-03-01", "De einddatum ligt vóór de begindatum."),
    ("periode=anders&van=2026-02-30&tot=2026-03-01", "Deze datum bestaat niet."),
    ("periode=jaar&wijk=424242", "Deze wijk bestaat niet."),
    ("periode=anders&van=%00&tot=x", "JJJJ-MM-DD"),
])
async def test_bad_filters_answer_400_with_a_dutch_message(client, path, query, words):
    await make_neighbourhood()
    await login(client, "manager", role="manager")  # custom periods are for staff
    response = await client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert words in response.text and "<form" in response.text


async def test_unknown_download_format_is_404(client):
    await login(client, "funder", role="funder")
    assert (await client.get("/rapportage/download/pdf")).status_code == 404


async def test_empty_database_renders_a_report(client):
    await login(client, "funder", role="funder")
    response = await client.get("/rapportage/?periode=maand&jaar=2026&maand=2&vergelijk=vorig_jaar")
    assert response.status_code == 200 and "Kerncijfers" in response.text


# Differencing: two custom periods a day apart (1–31 Jan against 1–30 Jan) would give one day's
# figures away. Funders and share links therefore get whole calendar periods only.
CUSTOM = "periode=anders&van=2026-01-01&tot=2026-01-30"


@pytest.mark.parametrize("path", ["/rapportage/", "/rapportage/download/csv", "/rapportage/download/xlsx",
                                  "/rapportage/download/json"])
@pytest.mark.parametrize("neighbourhood", [False, True])
async def test_funders_cannot_choose_a_custom_period(client, path, neighbourhood):
    wijk = await make_neighbourhood()
    await login(client, "funder", role="funder")
    query = CUSTOM + (f"&wijk={wijk['id']}" if neighbourhood else "")
    response = await client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert "Kies een hele maand, een kwartaal of een jaar." in response.text
    assert "Kerncijfers" not in response.text and "<form" in response.text


@pytest.mark.parametrize("path", ["/rapportage/", "/rapportage/download/csv"])
async def test_funders_asking_for_the_running_month_get_a_dutch_400(client, monkeypatch, path):
    from datetime import datetime, timezone

    from wijkwerk import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 5, 20, 12, 0, tzinfo=timezone.utc))
    await login(client, "funder", role="funder")
    response = await client.get(f"{path}?periode=maand&jaar=2026&maand=5")
    assert response.status_code == 400
    assert "Deze periode is nog niet voorbij." in response.text
    assert "Kerncijfers" not in response.text


@pytest.mark.parametrize("role", ["manager", "admin"])
async def test_staff_may_choose_a_custom_period(client, role):
    await login(client, role, role=role)
    for path in ("/rapportage/", "/rapportage/download/json"):
        assert (await client.get(f"{path}?{CUSTOM}")).status_code == 200


@pytest.mark.parametrize("role, custom", [("funder", False), ("manager", True)])
async def test_the_period_form_offers_custom_dates_to_staff_only(client, role, custom):
    await login(client, role, role=role)
    page = (await client.get("/rapportage/?periode=jaar&jaar=2026")).text
    assert ('value="anders"' in page) is custom
    assert ('name="van"' in page and 'name="tot"' in page) is custom
    for kind in ("maand", "kwartaal", "jaar"):
        assert f'value="{kind}"' in page


@pytest.mark.parametrize("query", [
    {"periode": "maand", "jaar": "2024", "maand": "2", "vergelijk": "vorige"},
    {"periode": "maand", "jaar": "2024", "maand": "2", "vergelijk": "vorig_jaar"},
    {"periode": "maand", "jaar": "2024", "maand": "3", "vergelijk": "vorig_jaar"},
    {"periode": "kwartaal", "jaar": "2026", "kwartaal": "1", "vergelijk": "vorige"},
    {"periode": "kwartaal", "jaar": "2025", "kwartaal": "3", "vergelijk": "vorig_jaar"},
    {"periode": "jaar", "jaar": "2025", "vergelijk": "vorige"},
    {"periode": "jaar", "jaar": "2025", "vergelijk": "vorig_jaar"},
    {"periode": "jaar", "jaar": "2024", "vergelijk": "vorig_jaar"},
])
def test_whole_periods_compare_with_whole_periods(query):
    """A funder's comparison column must not be a way back to odd ranges: it is a whole period of
    the same kind, published too."""
    report = parse_filter(query, TODAY, set(), allow_custom=False)
    for period in (report, report.compared()):
        assert period.start.day == 1 and (period.end + timedelta(days=1)).day == 1, period
        assert period.published(TODAY) and period.end < date(2026, 4, 1), period  # TODAY is 20 May 2026


def test_funders_read_published_periods_only():
    """A quarter and its months are published the day after the quarter, a year the day after the
    year: never half a period, and a month together with its sibling months (reports/publication.py)."""
    quarter = parse_filter({"periode": "kwartaal", "jaar": "2026", "kwartaal": "1"}, TODAY, set(), allow_custom=False)
    assert (quarter.start, quarter.end) == (date(2026, 1, 1), date(2026, 3, 31))
    march = parse_filter({"periode": "maand", "jaar": "2026", "maand": "3"}, TODAY, set(), allow_custom=False)
    assert (march.start, march.end) == (date(2026, 3, 1), date(2026, 3, 31))
    refused = {
        ("maand", "4"): "De cijfers van deze periode verschijnen op 1 juli 2026.",  # over, but its quarter is not
        ("maand", "5"): "Deze periode is nog niet voorbij. De cijfers verschijnen op 1 juli 2026.",
        ("kwartaal", "2"): "Deze periode is nog niet voorbij. De cijfers verschijnen op 1 juli 2026.",
        ("jaar", ""): "Deze periode is nog niet voorbij. De cijfers verschijnen op 1 januari 2027.",
    }
    for (kind, number), message in refused.items():
        query = {"periode": kind, "jaar": "2026", **({"maand": number} if kind == "maand" else {}),
                 **({"kwartaal": number} if kind == "kwartaal" else {})}
        with pytest.raises(InvalidInput) as refusal:
            parse_filter(query, TODAY, set(), allow_custom=False)
        assert message in refusal.value.by_field()["periode"]
    # On the day itself it is published.
    assert parse_filter({"periode": "maand", "jaar": "2026", "maand": "4"}, date(2026, 7, 1), set(),
                        allow_custom=False).end == date(2026, 4, 30)
    # Without a year, month or quarter: the latest one published.
    assert parse_filter({"periode": "maand"}, TODAY, set(), allow_custom=False).start == date(2026, 3, 1)
    assert parse_filter({"periode": "kwartaal"}, TODAY, set(), allow_custom=False).start == date(2026, 1, 1)
    assert parse_filter({"periode": "jaar"}, TODAY, set(), allow_custom=False).start == date(2025, 1, 1)
    assert parse_filter({}, TODAY, set(), allow_custom=False).start == date(2026, 1, 1)  # the first quarter
    january = parse_filter({}, date(2027, 1, 10), set(), allow_custom=False)
    assert (january.kind, january.start, january.end) == ("kwartaal", date(2026, 10, 1), date(2026, 12, 31))
    assert parse_filter({"periode": "jaar"}, date(2027, 1, 10), set(), allow_custom=False).end == date(2026, 12, 31)
    # Staff read the running month as it is.
    staff = parse_filter({"periode": "maand", "jaar": "2026", "maand": "5"}, TODAY, set())
    assert staff.end == date(2026, 5, 31) and not staff.published(TODAY)


@pytest.mark.parametrize("query", [
    {"periode": "maand", "jaar": "2024", "maand": "2"}, {"periode": "kwartaal", "jaar": "2025", "kwartaal": "4"},
    {"periode": "jaar", "jaar": "2026"}, {"periode": "anders", "van": "2026-01-01", "tot": "2026-01-30"},
])
def test_a_filter_reproduces_itself_with_its_kind(query):
    report = parse_filter(query, TODAY, set())
    assert parse_filter(report.as_query(), TODAY, set()) == report
