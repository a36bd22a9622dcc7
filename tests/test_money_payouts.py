"""Compensation under the dated caps (2026: € 5,60/h at 21+, € 3,30/h under 21, € 210 a month,
€ 2.100 a year): payable lines, blocked lines with their explanation, exports and booking."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone

from hypothesis import given, settings, strategies as st

from tests.builders import make_job, make_worker
from tests.helpers import post_form
from tests.money_builders import make_worked
from tests.xlsx_cells import read_sheet
from wijkwerk.money.attended import attended_rows
from wijkwerk.money.payouts import _month_lines, payout_list, payout_months, totals
from wijkwerk.money.periods import Period
from wijkwerk.tables import Assignment, Attendance, LedgerEntry, OtherAllowance, Roster


def _at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 8, 0, tzinfo=timezone.utc)


async def _work(worker: dict, job: dict, hours: list[int], month: int = 3) -> None:
    for day, length in enumerate(hours, start=1):
        await make_worked(worker["id"], job["id"], _at(day, month), length * 60, hours_long=max(length, 1))


async def test_attendance_times_rate_is_payable_up_to_the_month_cap_exactly(db):
    job, worker = await make_job(), await make_worker(rate_cents_per_hour=500)
    await _work(worker, job, [8] * 5 + [2])  # 42 hours × € 5,00 = € 210,00: exactly the cap
    [line] = await payout_list(2026, 3)
    assert (line.minutes, line.amount_cents, line.blocked) == (42 * 60, 21000, False)


async def test_crossing_the_month_cap_blocks_with_room_and_excess(db):
    job, worker = await make_job(), await make_worker(first_name="Karin", rate_cents_per_hour=500)
    await _work(worker, job, [8] * 5 + [3])  # 43 hours = € 215,00
    [line] = await payout_list(2026, 3)
    assert line.blocked and line.amount_cents == 21500  # shown in full, not cut down
    [block] = line.blocks
    assert (block.cap, block.cap_cents, block.room_cents, block.over_cents) == ("monthly", 21000, 21000, 500)


async def test_allowances_from_elsewhere_count_towards_the_month(db):
    job, worker = await make_job(), await make_worker(rate_cents_per_hour=500)
    await OtherAllowance.insert(OtherAllowance(worker=worker["id"], month=date(2026, 3, 1), amount_cents=15000,
                                               payer="Sportclub", declared_at=_at(1)))
    await _work(worker, job, [8, 8])  # € 80,00; room is € 60,00
    [line] = await payout_list(2026, 3)
    assert line.elsewhere_cents == 15000
    assert [(b.cap, b.room_cents, b.over_cents) for b in line.blocks] == [("monthly", 6000, 2000)]


async def test_crossing_the_year_cap_blocks(db):
    job, worker = await make_job(), await make_worker(rate_cents_per_hour=500)
    for month in range(1, 11):  # € 200 a month declared elsewhere, January to October
        await OtherAllowance.insert(OtherAllowance(worker=worker["id"], month=date(2026, month, 1),
                                                   amount_cents=20000, declared_at=_at(1)))
    await _work(worker, job, [8, 8, 8], month=11)  # € 120,00 with € 100,00 left in the year
    [line] = await payout_list(2026, 11)
    assert [(b.cap, b.cap_cents, b.room_cents, b.over_cents) for b in line.blocks] == [("yearly", 210000, 10000, 2000)]


async def test_a_rate_above_the_hourly_cap_for_the_age_blocks(db):
    job = await make_job()
    young = await make_worker(birth_date=date(2008, 6, 1), rate_cents_per_hour=450)  # 17 in March 2026
    await _work(young, job, [4])
    [line] = await payout_list(2026, 3)
    assert [(b.cap, b.cap_cents, b.over_cents) for b in line.blocks] == [("hourly", 330, 120)]


async def test_wages_and_placements_are_not_allowances(db):
    worker = await make_worker()
    await _work(worker, await make_job(work_mode="employee"), [8])
    await _work(worker, await make_job(work_mode="placement"), [8], month=3)
    assert await payout_list(2026, 3) == []


async def test_a_blocked_earlier_month_is_not_counted_as_paid(db):
    job, worker = await make_job(), await make_worker(rate_cents_per_hour=500)
    await _work(worker, job, [8] * 6, month=1)  # € 240: blocked in January
    await _work(worker, job, [8] * 5, month=2)  # € 200: fine in February
    [february] = await payout_list(2026, 2)
    assert not february.blocked and february.amount_cents == 20000


async def test_payout_page_shows_blocked_workers_with_the_reason(manager_client):
    job = await make_job()
    await _work(await make_worker(first_name="Karin", rate_cents_per_hour=500), job, [8] * 5 + [3])
    await _work(await make_worker(first_name="Joost", rate_cents_per_hour=500), job, [4])
    page = await manager_client.get("/beheer/geld/vergoedingen?maand=2026-03")
    assert page.status_code == 200
    assert "Geblokkeerd" in page.text and "Karin" in page.text and "Joost" in page.text
    assert "Maandgrens €\xa0210,00: nog €\xa0210,00 ruimte, dit is €\xa05,00 te veel." in page.text


async def test_payout_exports_list_blocked_lines_and_sum_only_payable(manager_client):
    job = await make_job()
    await _work(await make_worker(first_name="Karin", rate_cents_per_hour=500), job, [8] * 5 + [3])
    await _work(await make_worker(first_name="Joost", rate_cents_per_hour=500), job, [4])
    text = (await manager_client.get("/beheer/geld/vergoedingen/export?maand=2026-03&formaat=csv")).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    karin = next(row for row in rows if row[0].startswith("Karin"))
    assert karin[2] == "215.00" and karin[3] == "Geblokkeerd" and "Maandgrens" in karin[4]
    assert rows[-1][2] == "20.00"
    cells, formats = read_sheet((await manager_client.get(
        "/beheer/geld/vergoedingen/export?maand=2026-03&formaat=xlsx")).content)
    assert cells[-1][2] == 20.0 and "€" in formats[-1][2]


async def test_booking_payouts_books_only_payable_work_per_job(manager_client):
    job = await make_job()
    await _work(await make_worker(rate_cents_per_hour=500), job, [8] * 5 + [3])
    await _work(await make_worker(rate_cents_per_hour=500), job, [4])
    response = await post_form(manager_client, "/beheer/geld/vergoedingen/boeken", {"maand": "2026-03"})
    assert response.status_code == 303
    await post_form(manager_client, "/beheer/geld/vergoedingen/boeken", {"maand": "2026-03"})
    rows = await LedgerEntry.select().where(LedgerEntry.kind == "compensation")
    assert [(row["amount_cents"], row["job"]) for row in rows] == [(2000, job["id"])]


_rows = st.lists(st.tuples(st.integers(1, 4), st.integers(1, 3), st.integers(1, 600), st.integers(0, 1000),
                           st.integers(1, 28)), max_size=30)


@given(_rows)
@settings(max_examples=60, deadline=None)
def test_payout_parts_sum_to_their_totals(raw):
    rows = [{"worker": w, "first_name": "P", "last_name": str(w), "job": j, "minutes_worked": m, "rate": r,
             "birth_date": date(1990, 1, 1),
             "day": date(2026, 3, d)} for w, j, m, r, d in raw]
    lines = list(_month_lines(rows).get(date(2026, 3, 1), {}).values())
    for line in lines:
        assert sum(line.per_job.values()) == line.amount_cents
    for index, line in enumerate(lines):  # block some, so both sides of the split are exercised
        if index % 2:
            line.blocks.append(object())
    summary = totals(lines)
    assert summary["payable_cents"] + summary["blocked_cents"] == sum(line.amount_cents for line in lines)
    assert summary["minutes"] == sum(m for _, _, m, _, _ in raw)


async def test_sums_from_the_database_match_reading_every_row(db):
    """Month ends (22:30 UTC on 31 March is April in Amsterdam), double records and several jobs."""
    jobs = [await make_job(), await make_job()]
    people = [await make_worker(rate_cents_per_hour=rate) for rate in (350, 450, 500)]
    moments = [datetime(2026, 3, 31, 22, 30, tzinfo=timezone.utc), datetime(2026, 1, 31, 23, 15, tzinfo=timezone.utc),
               datetime(2026, 3, 31, 21, 0, tzinfo=timezone.utc), datetime(2026, 2, 10, 8, tzinfo=timezone.utc),
               datetime(2026, 4, 30, 21, 59, tzinfo=timezone.utc), datetime(2026, 10, 31, 22, 30, tzinfo=timezone.utc)]
    first = None
    for index, moment in enumerate(moments):
        for person in people[: 1 + index % 3]:
            worked = await make_worked(person["id"], jobs[index % 2]["id"], moment, 60 + 37 * index, hours_long=3)
            first = first or (worked, person)
    worked, person = first  # the same person on the same shift on a second roster version
    year_, week, _ = moments[0].isocalendar()
    version = (await Roster.insert(Roster(iso_year=year_, iso_week=week, version=2, status="published",
                                          created_at=moments[0])).returning(Roster.id))[0]["id"]
    again = (await Assignment.insert(Assignment(roster=version, worker=person["id"], shift=worked["shift"]))
             .returning(Assignment.id))[0]["id"]
    await Attendance.insert(Attendance(assignment=again, status="present", minutes_worked=30, recorded_at=moments[1]))
    summed = await payout_months(2026, 12)
    per_row = _month_lines(await attended_rows(Period(date(2026, 1, 1), date(2027, 1, 1), "2026"),
                                               work_mode="volunteer"))
    assert sorted(summed) == sorted(per_row)
    for month, lines in summed.items():
        expected = {line.worker_id: line for line in per_row[month].values()}
        for line in lines:
            other = expected[line.worker_id]
            assert (line.minutes, line.amount_cents) == (other.minutes, other.amount_cents)
    for month, lines in (await payout_months(2026, 3)).items():  # March asked for: split per job
        for line in lines:
            if month == date(2026, 3, 1):
                assert line.per_job == per_row[month][line.worker_id].per_job
            else:
                assert line.per_job == {}
    # 22:30 UTC on 31 March is April in Amsterdam; 23:15 UTC on 31 January is February.
    assert sorted(summed) == [date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1), date(2026, 10, 1)]
