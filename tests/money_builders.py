"""Builders for the money tests: funders, projects, and attended work on a published roster."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.builders import _insert, _unique, make_neighbourhood, make_shift
from wijkwerk.money.ledger import insert_entry
from wijkwerk.tables import Assignment, Attendance, Funder, NeighbourhoodProject, Roster


async def make_funder(**overrides) -> dict:
    return await _insert(Funder, **{"name": _unique("Fonds"), "kind": "fund", **overrides})


async def make_project(**overrides) -> dict:
    values = {"name": _unique("Buurtproject"), "budget_cents": 100000, "status": "running", **overrides}
    if "neighbourhood" not in values:
        values["neighbourhood"] = (await make_neighbourhood())["id"]
    return await _insert(NeighbourhoodProject, **values)


async def make_entry(kind: str = "subsidy", amount_cents: int = 10000, entry_date: date = date(2026, 3, 15),
                     **links) -> int:
    """A ledger entry written directly (the services' own insert), for setting up balances."""
    if kind == "subsidy" and "funder" not in links:
        links["funder"] = (await make_funder())["id"]
    return await insert_entry({"kind": kind, "amount_cents": amount_cents, "entry_date": entry_date, **links}, None)


async def make_roster(starts_at: datetime) -> int:
    """The week's published roster, made on first use (one version per week)."""
    year, week, _ = starts_at.isocalendar()
    found = await Roster.select(Roster.id).where(Roster.iso_year == year, Roster.iso_week == week).first()
    if found:
        return found["id"]
    row = await Roster.insert(Roster(iso_year=year, iso_week=week, status="published", published_at=starts_at,
                                     created_at=starts_at)).returning(Roster.id)
    return row[0]["id"]


async def make_worked(worker: int, job: int, starts_at: datetime, minutes: int, status: str = "present",
                      hours_long: int = 4) -> dict:
    """One shift of `job` at `starts_at` with `worker` on it and attendance recorded."""
    shift = await make_shift(job=job, starts_at=starts_at, ends_at=starts_at + timedelta(hours=hours_long))
    return await add_attendance(worker, shift["id"], starts_at, minutes, status)


async def add_attendance(worker: int, shift: int, starts_at: datetime, minutes: int, status: str = "present") -> dict:
    roster = await make_roster(starts_at)
    assignment = (await Assignment.insert(Assignment(roster=roster, worker=worker, shift=shift))
                  .returning(Assignment.id))[0]["id"]
    await Attendance.insert(Attendance(assignment=assignment, status=status, minutes_worked=minutes,
                                       recorded_at=starts_at))
    return {"shift": shift, "assignment": assignment}
