"""Small groups the review found exposed, checked through the app in every format: percentiles of
a small group, "asked minus still working" in lasting outflow, allowances in the money section."""

from __future__ import annotations

from datetime import date

import pytest

from tests.builders import make_job, make_shift, make_worker
from tests.helpers import login
from tests.report_fixture import attend, utc
from tests.report_formats import FORMATS, hidden_in_every_format, shown_in_every_format, table_in_every_format
from wijkwerk.tables import ExitFollowUp, WorkerExit

YEAR = "periode=jaar&jaar=2026"


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
