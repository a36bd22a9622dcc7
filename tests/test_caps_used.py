"""Allowance used per calendar month and year (wijkwerk/rosters/caps.used_cents), hand-computed.

The sums are made in the database, so every rule is checked here on both engines: the month
of a shift is the month of its start in Amsterdam, the latest attendance record of a shift
counts (whatever roster version it was recorded on), plans count until attendance is recorded,
the week being planned again is left out, wages never count, and each record is rounded up.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tests.builders import make_job, make_shift, make_worker
from wijkwerk.rosters.caps import used_cents
from wijkwerk.tables import Assignment, Attendance, OtherAllowance, Roster

UTC = timezone.utc


async def _roster(iso_week: int, version: int, status: str = "published") -> int:
    return (await Roster.insert(Roster(iso_year=2026, iso_week=iso_week, version=version, status=status,
                                       created_at=datetime.now(UTC))).returning(Roster.id))[0]["id"]


async def _assign(roster: int, worker: int, shift: int) -> int:
    return (await Assignment.insert(Assignment(roster=roster, worker=worker, shift=shift))
            .returning(Assignment.id))[0]["id"]


async def _record(assignment: int, status: str, minutes: int, at: datetime) -> None:
    await Attendance.insert(Attendance(assignment=assignment, status=status, minutes_worked=minutes, recorded_at=at))


async def test_used_cents_by_month_and_year(db):
    # €3.33 an hour: every record needs rounding up.
    me = await make_worker(first_name="Anna", rate_cents_per_hour=333)
    other = await make_worker(first_name="Bram", rate_cents_per_hour=1000)
    wages = await make_job(work_mode="employee")
    # 31 January 23:30 UTC is 1 February 00:30 in Amsterdam: a February shift.
    late = await make_shift(starts_at=datetime(2026, 1, 31, 23, 30, tzinfo=UTC))
    january = await make_shift(starts_at=datetime(2026, 1, 12, 8, 0, tzinfo=UTC))
    no_show = await make_shift(starts_at=datetime(2026, 1, 13, 8, 0, tzinfo=UTC))
    planned = await make_shift(starts_at=datetime(2026, 3, 3, 8, 0, tzinfo=UTC),
                               ends_at=datetime(2026, 3, 3, 10, 30, tzinfo=UTC))
    replanned = await make_shift(starts_at=datetime(2026, 3, 10, 8, 0, tzinfo=UTC))
    paid = await make_shift(job=wages["id"], starts_at=datetime(2026, 1, 14, 8, 0, tzinfo=UTC))
    last_year = await make_shift(starts_at=datetime(2025, 12, 31, 22, 0, tzinfo=UTC))  # 23:00 local: 2025

    week5_v1, week5_v2 = await _roster(5, 1, "superseded"), await _roster(5, 2)
    week3, week10, week11 = await _roster(3, 1), await _roster(10, 1), await _roster(11, 1)
    recorded = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    # The late shift, on two versions: recorded 60 minutes on the first, later corrected to 90
    # on the second. Only the correction counts: 333 * 90 / 60 = 499.5 -> 500.
    await _record(await _assign(week5_v1, me["id"], late["id"]), "present", 60, recorded)
    await _record(await _assign(week5_v2, me["id"], late["id"]), "present", 90, recorded + timedelta(hours=1))
    # January: 45 minutes -> 249.75 -> 250; a no-show counts nothing; wages never count.
    await _record(await _assign(week3, me["id"], january["id"]), "present", 45, recorded)
    await _record(await _assign(week3, me["id"], no_show["id"]), "no_show", 0, recorded)
    await _record(await _assign(week3, me["id"], paid["id"]), "present", 240, recorded)
    # March: planned, not yet recorded, 150 minutes -> 832.5 -> 833; week 11 is being planned again.
    await _assign(week10, me["id"], planned["id"])
    await _assign(week11, me["id"], replanned["id"])
    await _record(await _assign(week5_v2, me["id"], last_year["id"]), "present", 60, recorded)
    # Someone else's work and allowances never count for Anna.
    await _record(await _assign(week3, other["id"], january["id"]), "present", 60, recorded)
    await OtherAllowance.insert(OtherAllowance(worker=me["id"], month=date(2026, 2, 1), amount_cents=2500,
                                               payer="Voedselbank", declared_at=recorded))

    used = await used_cents([me["id"], other["id"]], 2026, exclude_week=(2026, 11))
    assert dict(used[me["id"]]) == {"2026-01": 250, "2026-02": 500 + 2500, "2026-03": 833, "2026": 250 + 3000 + 833}
    assert dict(used[other["id"]]) == {"2026-01": 1000, "2026": 1000}
    # Without leaving a week out, the replanned shift counts as a plan: 4 hours at €3.33 = 1332.
    again = await used_cents([me["id"]], 2026)
    assert again[me["id"]]["2026-03"] == 833 + 1332
    # Once the planned shift is recorded, the record replaces the plan (no double count).
    planned_assignment = await Assignment.select(Assignment.id).where(Assignment.shift == planned["id"]).first()
    await _record(planned_assignment["id"], "present", 60, recorded)
    assert (await used_cents([me["id"]], 2026, exclude_week=(2026, 11)))[me["id"]]["2026-03"] == 333
    assert (await used_cents([me["id"]], 2025))[me["id"]] == {"2025-12": 333, "2025": 333}
