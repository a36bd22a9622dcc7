"""Demo work history: published weekly rosters with attendance for the last six finished months.

Without a past, the funder report (quarters that are over) and the money pages are empty in the
demo. This plans the demo residents onto the recurring jobs week by week, as a careful manager
would: only jobs that fit (availability window, skills and valid certificates, work limitations,
age against the hourly cap), part-time and not every week, and the volunteer allowance kept well
under the dated monthly and yearly caps. Most people come; some are excused or do not show up.

Deterministic (a seeded random per week) and idempotent: a shift is found by its recurrence and
local day (as `generate_week` does), and a week that already has a roster is left alone.
Everything is written in bulk. The money booked from it lives in `wijkwerk.demo.money`.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from wijkwerk.aandebak.pipeline import add_months
from wijkwerk.common.transactions import write_transaction
from wijkwerk.i18n.formatting import AMSTERDAM
from wijkwerk.rosters.caps import CapTable, age_on, cost_cents
from wijkwerk.shifts.holidays import holiday_name
from wijkwerk.shifts.weeks import iso_week_of, local_instant, minutes_between, week_monday
from wijkwerk.tables import (
    Assignment, Attendance, AvailabilityWindow, Job, JobRecurrence, JobSkillRequirement, Roster, Shift,
    ShiftSkillRequirement, Skill, Worker, WorkerExit, WorkerSkill,
)
from wijkwerk.tables.enums import AssignmentRole, AttendanceStatus, RosterStatus, WorkMode

MONTHS = 6  # finished months before the current one
SEED = 2026
CAP_PERCENT = 80  # plan volunteer allowances up to this share of the monthly and yearly cap (integer cents only)
WEEK_HOURS = 10  # nobody is planned more than this in a week: part-time, modest hours
BATCH = 200
NOTE = "Rooster uit de demo-geschiedenis"


def history_range(today: date) -> tuple[date, date]:
    """The first day of the month six months back, and the Monday of the current week (exclusive)."""
    start = add_months(today.replace(day=1), -MONTHS)
    return start, week_monday(*iso_week_of(today))


def finished_months(today: date) -> list[date]:
    """The first days of the six months before the current one, oldest first."""
    first = today.replace(day=1)
    return [add_months(first, -offset) for offset in range(MONTHS, 0, -1)]


@dataclass
class _Person:
    id: int
    birth_date: date
    rate: int
    week_minutes: int
    day_minutes: int
    limitations: str
    starts_on: date
    until: date | None  # last day they can be planned (exit, or a pause)
    regularity: float  # chance of being on the roster in a given week
    windows: dict[int, list[tuple[time, time]]] = field(default_factory=dict)
    skills: dict[int, dict] = field(default_factory=dict)  # skill id -> level and certificate dates

    def fits(self, job: dict, day: date, start: time, end: time) -> bool:
        if day < self.starts_on or (self.until is not None and day > self.until):
            return False
        if not any(low <= start and end <= high for low, high in self.windows.get(day.weekday(), [])):
            return False
        heavy = job["job_type.code"] in ("green", "odd_jobs")
        if ("tilwerk" in self.limitations and heavy) or ("ochtenden" in self.limitations and end > time(13)):
            return False
        return not ("alleen werken" in self.limitations and job["headcount_max"] <= 1)

    def holds(self, skill: int, day: date, certificate: bool) -> str | None:
        """The level when the skill counts on `day` (a required certificate must be valid then)."""
        held = self.skills.get(skill)
        if held is None:
            return None
        if certificate and held["level"] != "learning":
            obtained, expires = held["certificate_obtained_on"], held["certificate_expires_on"]
            if obtained is None or obtained > day or (expires is not None and expires < day):
                return None
        return held["level"]


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _local_day(moment: datetime) -> date:
    return _utc(moment).astimezone(AMSTERDAM).date()


async def _people(worker_ids: list[int], start: date, end: date) -> dict[int, _Person]:
    exits = {row["worker"]: row["exit_on"] for row in await WorkerExit.select(WorkerExit.worker, WorkerExit.exit_on)
             .where(WorkerExit.worker.is_in(worker_ids))}
    paused_from = start + (end - start) * 2 // 3
    people: dict[int, _Person] = {}
    for row in await Worker.select().where(Worker.id.is_in(worker_ids)).order_by(Worker.id):
        rng = random.Random(f"{SEED}-worker-{row['id']}")
        until = exits.get(row["id"])
        if row["status"] == "paused":
            until = paused_from  # paused since a while
        people[row["id"]] = _Person(
            id=row["id"], birth_date=row["birth_date"], rate=row["rate_cents_per_hour"],
            week_minutes=min(row["target_minutes_per_week"], row["max_minutes_per_week"] or 10**6, WEEK_HOURS * 60),
            day_minutes=row["max_minutes_per_day"] or 8 * 60, limitations=row["work_limitations"].lower(),
            starts_on=row["starts_on"], until=until, regularity=rng.choice([0.55, 0.7, 0.8, 0.85, 0.9, 0.95]))
    for window in await AvailabilityWindow.select().where(AvailabilityWindow.worker.is_in(worker_ids)):
        people[window["worker"]].windows.setdefault(window["weekday"], []).append(
            (window["start_time"], window["end_time"]))
    for skill in await WorkerSkill.select().where(WorkerSkill.worker.is_in(worker_ids)):
        people[skill["worker"]].skills[skill["skill"]] = skill
    return people


async def _weeks_to_fill(start: date, end: date) -> list[tuple[int, int]]:
    weeks = sorted({iso_week_of(start + timedelta(days=n)) for n in range((end - start).days)})
    taken = {(row["iso_year"], row["iso_week"]) for row in await Roster.select(Roster.iso_year, Roster.iso_week)
             .where(Roster.iso_year.is_in(sorted({y for y, _ in weeks}) or [-1]))}
    return [week for week in weeks if week not in taken]


async def _shifts(recurrences: list[dict], days: list[date], start: date, end: date) -> tuple[list[dict], int]:
    """The history's shifts on `days`: existing ones found by recurrence and day, the missing ones made."""
    bounds = (Shift.starts_at >= local_instant(start, time(0)), Shift.starts_at < local_instant(end, time(0)))
    existing = {(row["recurrence"], _local_day(row["starts_at"])) for row in await Shift.select(
        Shift.recurrence, Shift.starts_at).where(*bounds, Shift.recurrence.is_not_null())}
    wanted = set(days)
    new = [Shift(job=r["job"], recurrence=r["id"], starts_at=local_instant(day, r["start_time"]),
                 ends_at=local_instant(day, r["end_time"]), headcount_min=r["headcount_min"],
                 headcount_target=r["headcount_target"], headcount_max=r["headcount_max"],
                 supervisor_required=r["supervisor_required"], source="generated")
           for day in sorted(wanted) for r in recurrences
           if r["weekday"] == day.weekday() and r["job.active_from"] <= day
           and (r["job.active_until"] is None or day <= r["job.active_until"])
           and not holiday_name(day) and (r["id"], day) not in existing]
    for index in range(0, len(new), BATCH):
        await Shift.insert(*new[index:index + BATCH])
    rows = await Shift.select().where(*bounds, Shift.recurrence.is_in([r["id"] for r in recurrences] or [-1]))
    rows = [row for row in rows if _local_day(row["starts_at"]) in wanted and not row["cancelled"]]
    made = {(r.recurrence, _local_day(r.starts_at)) for r in new}
    requirements = defaultdict(list)
    for requirement in await JobSkillRequirement.select():
        requirements[requirement["job"]].append(requirement)
    needs = [ShiftSkillRequirement(shift=row["id"], skill=need["skill"], minimum=need["minimum"])
             for row in rows if (row["recurrence"], _local_day(row["starts_at"])) in made
             for need in requirements[row["job"]]]
    for index in range(0, len(needs), BATCH):
        await ShiftSkillRequirement.insert(*needs[index:index + BATCH])
    for row in rows:
        row["needs"] = requirements[row["job"]]
    return sorted(rows, key=lambda row: (row["starts_at"], row["id"])), len(new)


class _Ledger:
    """Minutes and planned allowance per person, so nobody crosses a cap or their own limits."""

    def __init__(self, caps: CapTable):
        self.caps = caps
        self.month_cents: dict[tuple[int, date], int] = defaultdict(int)
        self.year_cents: dict[tuple[int, int], int] = defaultdict(int)
        self.day_spans: dict[tuple[int, date], list[tuple[datetime, datetime]]] = defaultdict(list)
        self.week_minutes: dict[int, int] = defaultdict(int)

    def allowed(self, person: _Person, job: dict, shift: dict, day: date, minutes: int) -> bool:
        if self.week_minutes[person.id] + minutes > person.week_minutes:
            return False
        spans = self.day_spans[(person.id, day)]
        if sum(minutes_between(a, b) for a, b in spans) + minutes > person.day_minutes:
            return False
        if any(a < shift["ends_at"] and shift["starts_at"] < b for a, b in spans):
            return False
        if job["work_mode"] != WorkMode.volunteer.value:
            return True
        caps = self.caps.on(day, age_on(person.birth_date, day))
        if caps is None or person.rate > caps.hourly_cents:
            return False  # the rate would cross the hourly cap at this age: not on an allowance job
        cents = cost_cents(person.rate, minutes)
        return ((self.month_cents[(person.id, day.replace(day=1))] + cents) * 100 <= caps.monthly_cents * CAP_PERCENT
                and (self.year_cents[(person.id, day.year)] + cents) * 100 <= caps.yearly_cents * CAP_PERCENT)

    def book(self, person: _Person, job: dict, shift: dict, day: date, minutes: int) -> None:
        self.week_minutes[person.id] += minutes
        self.day_spans[(person.id, day)].append((shift["starts_at"], shift["ends_at"]))
        if job["work_mode"] == WorkMode.volunteer.value:
            cents = cost_cents(person.rate, minutes)
            self.month_cents[(person.id, day.replace(day=1))] += cents
            self.year_cents[(person.id, day.year)] += cents


async def _planned_before(ledger: _Ledger, people: dict[int, _Person], start: date) -> None:
    """Allowances already planned this year (an earlier demo run, or a manager), counted against the caps."""
    rows = await Assignment.select(
        Assignment.worker, Assignment.shift.starts_at.as_alias("starts_at"),
        Assignment.shift.ends_at.as_alias("ends_at"),
    ).where(Assignment.worker.is_in(list(people) or [-1]),
            Assignment.shift.job.work_mode == WorkMode.volunteer.value,
            Assignment.shift.starts_at >= local_instant(date(start.year, 1, 1), time(0)),
            Assignment.roster.status == RosterStatus.published.value)
    for row in rows:
        person, day = people[row["worker"]], _local_day(row["starts_at"])
        cents = cost_cents(person.rate, minutes_between(_utc(row["starts_at"]), _utc(row["ends_at"])))
        ledger.month_cents[(person.id, day.replace(day=1))] += cents
        ledger.year_cents[(person.id, day.year)] += cents


def _role(person: _Person, shift: dict) -> str:
    levels = {person.skills.get(need["skill"], {}).get("level") for need in shift["needs"]}
    if "learning" in levels:
        return AssignmentRole.learner.value
    if "can_teach" in levels:
        return AssignmentRole.mentor.value
    return AssignmentRole.worker.value


def _plan_week(week: tuple[int, int], shifts: list[dict], jobs: dict, people: dict[int, _Person],
               certificates: set[int], ledger: _Ledger) -> list[tuple[int, int, str]]:
    """(shift, worker, role) for one week: skill holders first, then whoever worked least this week."""
    rng = random.Random(f"{SEED}-week-{week[0]}-{week[1]}")
    ledger.week_minutes.clear()
    present = [p for p in people.values() if rng.random() < p.regularity]
    planned: list[tuple[int, int, str]] = []
    for shift in shifts:
        job, day = jobs[shift["job"]], _local_day(shift["starts_at"])
        local_start = _utc(shift["starts_at"]).astimezone(AMSTERDAM).time()
        local_end = _utc(shift["ends_at"]).astimezone(AMSTERDAM).time()
        minutes = minutes_between(shift["starts_at"], shift["ends_at"])
        pool = [p for p in present if p.fits(job, day, local_start, local_end)
                and ledger.allowed(p, job, shift, day, minutes)]
        rng.shuffle(pool)
        pool.sort(key=lambda p: ledger.week_minutes[p.id])
        crew: list[_Person] = []
        for need in shift["needs"]:
            holders = [p for p in pool if p not in crew
                       and p.holds(need["skill"], day, need["skill"] in certificates) in ("competent", "can_teach")]
            crew.extend(holders[:need["minimum"]])
        if len(crew) < sum(need["minimum"] for need in shift["needs"]):
            continue  # nobody qualified this week: the shift stays open
        size = rng.choice([shift["headcount_min"], shift["headcount_target"], shift["headcount_target"]])
        crew.extend([p for p in pool if p not in crew][:max(size - len(crew), 0)])
        for person in crew:
            ledger.book(person, job, shift, day, minutes)
            planned.append((shift["id"], person.id, _role(person, shift)))
    return planned


def _attendance(rng: random.Random, assignment: int, shift: dict) -> Attendance:
    minutes = minutes_between(shift["starts_at"], shift["ends_at"])
    roll = rng.random()
    status = (AttendanceStatus.present if roll < 0.87 else
              AttendanceStatus.excused if roll < 0.94 else AttendanceStatus.no_show).value
    worked = 0
    note = ""
    if status == AttendanceStatus.present.value:
        worked = minutes - (rng.choice([15, 30]) if rng.random() < 0.12 else 0)
        note = "Eerder weg" if worked < minutes else ""
    elif status == AttendanceStatus.excused.value:
        note = rng.choice(["Ziek gemeld", "Afspraak bij de huisarts", "Zorg voor een kind"])
    return Attendance(assignment=assignment, status=status, minutes_worked=worked, note=note,
                      recorded_at=_utc(shift["ends_at"]) + timedelta(hours=2))


async def load_history(summary, worker_ids: list[int], today: date) -> None:
    start, end = history_range(today)
    weeks = await _weeks_to_fill(start, end)
    if not weeks or not worker_ids:
        return
    days = [day for day in (start + timedelta(days=n) for n in range((end - start).days)) if iso_week_of(day) in weeks]
    jobs = {row["id"]: row for row in await Job.select(Job.id, Job.work_mode, Job.job_type.code)}
    recurrences = await JobRecurrence.select(
        JobRecurrence.all_columns(), JobRecurrence.job.active_from, JobRecurrence.job.active_until)
    headcount_max = defaultdict(int)
    for recurrence in recurrences:
        headcount_max[recurrence["job"]] = max(headcount_max[recurrence["job"]], recurrence["headcount_max"])
    for job_id, job in jobs.items():
        job["headcount_max"] = headcount_max[job_id]
    people = await _people(worker_ids, start, end)
    certificates = {row["id"] for row in await Skill.select(Skill.id).where(Skill.certificate_required.eq(True))}
    ledger = _Ledger(await CapTable.load())
    await _planned_before(ledger, people, start)
    async with write_transaction():
        shifts, made = await _shifts(recurrences, days, start, end)
        by_week: dict[tuple[int, int], list[dict]] = defaultdict(list)
        for shift in shifts:
            by_week[iso_week_of(_local_day(shift["starts_at"]))].append(shift)
        plans = {week: _plan_week(week, by_week[week], jobs, people, certificates, ledger) for week in weeks}
        await _store(summary, plans, {row["id"]: row for row in shifts})
    if made:
        summary.created["shift"] = summary.created.get("shift", 0) + made


async def _store(summary, plans: dict[tuple[int, int], list[tuple[int, int, str]]], shifts: dict[int, dict]) -> None:
    """One published version per week, its assignments and the attendance recorded afterwards."""
    rosters = []
    for year, week in plans:
        published = datetime.combine(week_monday(year, week) - timedelta(days=3), time(15), timezone.utc)
        rosters.append(Roster(iso_year=year, iso_week=week, version=1, status=RosterStatus.published.value,
                              created_at=published - timedelta(hours=5), published_at=published, note=NOTE))
    for index in range(0, len(rosters), BATCH):
        await Roster.insert(*rosters[index:index + BATCH])
    summary.created["roster"] = summary.created.get("roster", 0) + len(rosters)
    roster_ids = {(row["iso_year"], row["iso_week"]): row["id"] for row in await Roster.select(
        Roster.id, Roster.iso_year, Roster.iso_week).where(Roster.note == NOTE)}
    assignments = [Assignment(roster=roster_ids[week], shift=shift, worker=worker, role=role)
                   for week, planned in plans.items() for shift, worker, role in planned]
    for index in range(0, len(assignments), BATCH):
        await Assignment.insert(*assignments[index:index + BATCH])
    if assignments:
        summary.created["assignment"] = summary.created.get("assignment", 0) + len(assignments)
    ids = [roster_ids[week] for week in plans]
    stored = await Assignment.select(Assignment.id, Assignment.shift).where(
        Assignment.roster.is_in(ids or [-1])).order_by(Assignment.id)
    rng = random.Random(f"{SEED}-attendance-{min(plans)}")
    records = [_attendance(rng, row["id"], shifts[row["shift"]]) for row in stored]
    for index in range(0, len(records), BATCH):
        await Attendance.insert(*records[index:index + BATCH])
    if records:
        summary.created["attendance"] = summary.created.get("attendance", 0) + len(records)
