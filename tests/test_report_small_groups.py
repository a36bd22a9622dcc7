"""Small groups the review found exposed, checked through the app in every format: percentiles of
a small group, "asked minus still working" in lasting outflow, allowances in the money section."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tests.builders import make_job, make_shift, make_worker
from tests.helpers import login
from tests.report_fixture import attend, utc
from tests.report_formats import FORMATS, hidden_in_every_format, shown_in_every_format, table_in_every_format
from wijkwerk import clock
from wijkwerk.tables import ExitFollowUp, WorkerExit

YEAR = "periode=jaar&jaar=2026"


@pytest.fixture(autouse=True)
def in_january_2027(monkeypatch):
    """Funders read 2026 and its quarters once they are published: from 1 January 2027."""
    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 1, 15, 12, 0, tzinfo=timezone.utc))


async def make_people_who_worked(count: int, minutes: int = 240) -> list[int]:
    job = (await make_job())["id"]
    shift = (await make_shift(job=job, starts_at=utc(2026, 3, 2)))["id"]
    workers = [(await make_worker(starts_on=date(2026, 1, 1), target_minutes_per_week=10 + 3 * number))["id"]
               for number in range(count)]
    await attend(shift, workers, minutes)
    return workers


@pytest.mark.parametrize("people, percentiles", [(5, False), (9, False), (10, True)])
async def test_percentiles_need_ten_people(client, people, percentiles):
    await make_people_who_worked(people)
    await login(client, "funder", role="funder")
    found = await table_in_every_format(client, YEAR, "Kerncijfers")
    assert shown_in_every_format(found, "Mediaan gekregen uren t.o.v. streefuren")
    for label in ("10e percentiel", "90e percentiel"):
        for fmt in FORMATS:
            # Below ten people the figure is left out (or hidden): never a value.
            assert (found[fmt].get(label, [None])[0] is not None) is percentiles, (fmt, label)


async def _follow_ups(due: int, yes: int) -> None:
    for number in range(due):
        worker = (await make_worker(starts_on=date(2025, 1, 1)))["id"]
        exit_id = (await WorkerExit.insert(WorkerExit(worker=worker, exit_on=date(2025, 9, 1), kind="job",
                                                      created_at=utc(2026, 1, 1))).returning(WorkerExit.id))[0]["id"]
        await ExitFollowUp.insert(ExitFollowUp(exit=exit_id, weeks=26, due_on=date(2026, 3, 2),
                                               answer="yes" if number < yes else "no"))


@pytest.mark.parametrize("due, yes, shown", [
    (6, 5, False),   # 6 − 5 = 1 person not confirmed
    (9, 5, False),   # 4 not confirmed
    (10, 5, True),   # 5 and 5
    (8, 0, True),    # nobody confirmed: 0 is shown, 8 not confirmed
    (12, 12, True),  # everyone confirmed: nobody to protect
])
async def test_lasting_outflow_hides_a_small_not_confirmed_group(client, due, yes, shown):
    await _follow_ups(due, yes)
    await login(client, "funder", role="funder")
    found = await table_in_every_format(client, YEAR, "Duurzame uitstroom naar werk")
    assert shown_in_every_format(found, "26", 0)  # asked
    check = shown_in_every_format if shown else hidden_in_every_format
    assert check(found, "26", 1) and check(found, "26", 2)  # still working, and the share
    for fmt in FORMATS:
        asked, still = found[fmt]["26"][0], found[fmt]["26"][1]
        if still is not None:
            difference = float(asked) - float(still)
            assert difference == 0 or difference >= 5, fmt


async def _paid_month(people: int, month: int, job: int) -> None:
    """`people` residents work 4 hours on the volunteer job in 2026-`month`; the month is booked
    through the payout booking, as a manager does it (one allowance entry for the job)."""
    from wijkwerk.money.booking import book_payouts
    from wijkwerk.money.periods import month as month_period

    shift = (await make_shift(job=job, starts_at=utc(2026, month, 10)))["id"]
    workers = [(await make_worker(starts_on=date(2025, 1, 1)))["id"] for _ in range(people)]
    await attend(shift, workers, 240)
    booked = await book_payouts(month_period(2026, month), None)
    assert booked.booked


async def _money(paid_by_month: dict[int, int]) -> None:
    from tests.money_builders import make_entry

    job = (await make_job(active_from=date(2025, 1, 1)))["id"]
    for month, people in paid_by_month.items():
        await _paid_month(people, month, job)
    await make_entry("revenue", 100000, date(2026, 3, 31))
    await make_entry("supervision", 20000, date(2026, 3, 15))
    await make_entry("subsidy", 50000, date(2026, 1, 15))


RESULT = "Inkomsten, kosten en winst"
DERIVED = ("Vrijwilligersvergoedingen", "Kosten, totaal", "Winst uit werk (omzet min kosten, zonder subsidies)",
           "Resultaat inclusief subsidies (hieruit wordt herinvesteerd)")


@pytest.mark.parametrize("people", [1, 4])
async def test_money_hides_the_allowances_of_a_few_people_and_what_gives_them_away(client, people):
    await _money({3: people})
    await login(client, "funder", role="funder")
    result = await table_in_every_format(client, YEAR, RESULT)
    for label in DERIVED:
        assert hidden_in_every_format(result, label), label
    for label in ("Omzet", "Begeleiding", "Subsidie of bijdrage"):
        assert shown_in_every_format(result, label), label
    months = await table_in_every_format(client, YEAR, "Geld in en uit per maand")
    assert hidden_in_every_format(months, "2026-03", 1) and hidden_in_every_format(months, "Totaal", 1)
    assert shown_in_every_format(months, "2026-03", 0)
    key = await table_in_every_format(client, YEAR, "Kerncijfers")
    for label in ("Winst uit werk (zonder subsidies)", "Resultaat inclusief subsidies"):
        assert hidden_in_every_format(key, label), label
    assert shown_in_every_format(key, "Omzet")


async def test_money_shows_the_allowances_of_five_people(client):
    await _money({3: 5})
    await login(client, "funder", role="funder")
    result = await table_in_every_format(client, YEAR, RESULT)
    for label in DERIVED:
        assert shown_in_every_format(result, label), label
    assert result["json"]["Vrijwilligersvergoedingen"] == [5 * 2000]
    assert result["json"]["Winst uit werk (omzet min kosten, zonder subsidies)"] == [100000 - 10000 - 20000]


async def test_a_small_month_is_hidden_with_a_partner_so_the_total_does_not_give_it_away(client):
    """Three paid in March, six in February: the year's allowances (nine people) are shown, but March's
    costs are not, and February's are hidden with them (or the total minus February would be March).
    The first quarter stays visible too: it is February plus March, which moves by +d−d."""
    await _money({3: 3, 2: 6})
    await login(client, "funder", role="funder")
    result = await table_in_every_format(client, YEAR, RESULT)
    assert shown_in_every_format(result, "Vrijwilligersvergoedingen")
    months = await table_in_every_format(client, YEAR, "Geld in en uit per maand")
    assert hidden_in_every_format(months, "2026-03", 1) and hidden_in_every_format(months, "2026-02", 1)
    assert shown_in_every_format(months, "Totaal", 1)
    quarter = await table_in_every_format(client, "periode=kwartaal&jaar=2026&kwartaal=1", RESULT)
    assert shown_in_every_format(quarter, "Vrijwilligersvergoedingen")
    # The month alone, asked for by a funder: hidden as well.
    march = await table_in_every_format(client, "periode=maand&jaar=2026&maand=3", RESULT)
    for label in DERIVED:
        assert hidden_in_every_format(march, label), label


async def test_a_small_quarter_is_not_the_year_minus_the_other_quarters(client):
    """Three paid in March (the whole first quarter), six in April: the second quarter's report shows
    its six, so the year's allowances would give the first quarter's away as "year minus second
    quarter". They are hidden in the year's report, and the first quarter's report hides its own."""
    await _money({3: 3, 4: 6})
    await login(client, "funder", role="funder")
    year = await table_in_every_format(client, YEAR, RESULT)
    second = await table_in_every_format(client, "periode=kwartaal&jaar=2026&kwartaal=2", RESULT)
    first = await table_in_every_format(client, "periode=kwartaal&jaar=2026&kwartaal=1", RESULT)
    assert shown_in_every_format(second, "Vrijwilligersvergoedingen")
    for label in DERIVED:
        assert hidden_in_every_format(year, label), label
        assert hidden_in_every_format(first, label), label


async def test_money_counts_people_paid_on_a_neighbourhoods_jobs(client):
    """With a neighbourhood, allowances follow the job's neighbourhood, wherever the residents live."""
    from tests.builders import make_neighbourhood

    wijk = (await make_neighbourhood())["id"]
    job = (await make_job(active_from=date(2025, 1, 1), neighbourhood=wijk))["id"]
    await _paid_month(3, 3, job)
    await login(client, "funder", role="funder")
    result = await table_in_every_format(client, f"{YEAR}&wijk={wijk}", RESULT)
    for label in DERIVED:
        assert hidden_in_every_format(result, label), label
