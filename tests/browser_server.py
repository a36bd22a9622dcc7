"""Serve the real app for the browser tests: a fresh database, migrated, with the demo data and
a published week for the demo resident (so "my week" has shifts, teammates and a form).

Run as a subprocess (`python -m tests.browser_server <database_url> <port> <password>`): Piccolo
binds tables per process, so the server must not share a process with the test database.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime, timedelta, timezone


async def seed(password: str) -> None:
    from wijkwerk.demo.loader import load_demo
    from wijkwerk.migrate import migrate_forwards
    from wijkwerk.rosters.publishing import publish
    from wijkwerk.shifts.weeks import iso_week_of
    from wijkwerk.tables import Assignment, Attendance, OtherAllowance, Roster, Shift, User, Worker

    await migrate_forwards()
    await load_demo(password)
    resident = (await User.select(User.worker).where(User.username == "bewoner").first())["worker"]
    now = datetime.now(timezone.utc)
    job = (await Shift.select(Shift.job).first())["job"]
    # Tomorrow and the day after at 09:00 UTC: always inside "this week and next".
    start = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), timezone.utc) + timedelta(hours=8)
    shifts = [(await Shift.insert(Shift(job=job, starts_at=start + timedelta(days=offset),
                                        ends_at=start + timedelta(days=offset, hours=3), headcount_min=1,
                                        headcount_target=3, headcount_max=3)).returning(Shift.id, Shift.starts_at))[0]
              for offset in (0, 1)]
    year, week = iso_week_of(shifts[0]["starts_at"].date())
    roster = (await Roster.insert(Roster(iso_year=year, iso_week=week, status="draft", created_at=now))
              .returning(Roster.id, Roster.lock_version))[0]
    teammates = [row["id"] for row in await Worker.select(Worker.id).where(Worker.id != resident).limit(2)]
    for shift in shifts:
        for worker in [resident, *teammates]:
            await Assignment.insert(Assignment(roster=roster["id"], worker=worker, shift=shift["id"]))
    await publish(roster["id"], roster["lock_version"])
    # Some history, so "my hours" and "my progress" have numbers.
    past = await Shift.insert(Shift(job=job,
                                    starts_at=now - timedelta(days=20), ends_at=now - timedelta(days=20, hours=-3),
                                    headcount_min=1, headcount_target=1, headcount_max=2)).returning(Shift.id)
    # The demo's own history already has a published version of that week: this one comes after it.
    old_week = max(1, week - 3)
    version = await Roster.count().where(Roster.iso_year == year, Roster.iso_week == old_week) + 1
    old = (await Roster.insert(Roster(iso_year=year, iso_week=old_week, version=version, status="published",
                                      created_at=now, published_at=now)).returning(Roster.id))[0]
    assignment = (await Assignment.insert(Assignment(roster=old["id"], worker=resident, shift=past[0]["id"]))
                  .returning(Assignment.id))[0]["id"]
    await Attendance.insert(Attendance(assignment=assignment, status="present", minutes_worked=180, recorded_at=now))
    await OtherAllowance.insert(OtherAllowance(worker=resident, month=now.date().replace(day=1), amount_cents=4000,
                                               payer="Buurthuis", declared_at=now))


def main() -> None:
    database_url, port, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    from wijkwerk.migrate import use_wijkwerk_conf

    use_wijkwerk_conf(database_url)
    import uvicorn

    from wijkwerk.app import create_app
    from wijkwerk.db import bind_tables, engine_from_url
    from wijkwerk.settings import Settings

    settings = Settings(database_url=database_url, login_attempts_per_minute=1000)
    bind_tables(engine_from_url(database_url))
    asyncio.run(seed(password))
    uvicorn.run(create_app(settings), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
