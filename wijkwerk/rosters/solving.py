"""The one adapter between database rows and the optimiser's data (style.md: nothing else crosses).

`build_problem` reads a week from the database into an `optimiser.Problem`; the solver's
assignments come back as (worker id, shift id) string pairs for `versions.store_draft`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from optimiser import Problem
from optimiser.schema import CapRoom, Certificate, Shift as OptShift, Window, Worker as OptWorker
from wijkwerk.rosters.caps import CapTable, age_on, month_key, used_cents
from wijkwerk.rosters.history import fairness_history
from wijkwerk.rosters.queries import as_ids, pairs_of
from wijkwerk.shifts.weeks import local_instant, week_days, week_range_utc
from wijkwerk.tables import (
    AvailabilityException, AvailabilityWindow, JobTypePreference, Shift, ShiftSkillRequirement,
    Skill, Worker, WorkerSkill,
)
from wijkwerk.tables.enums import WorkerStatus, WorkMode

LEVEL = {"learning": "learning", "competent": "competent", "can_teach": "teaching"}
# Minimum rest between two shifts of one person. Wijkwerk shifts are day work; eleven hours
# (the Arbeidstijdenwet's daily rest) keeps an evening shift from being followed by an early one.
MIN_REST_MINUTES = 11 * 60


@dataclass(frozen=True)
class WeekData:
    iso_year: int
    iso_week: int
    days: list[date]
    start: datetime
    end: datetime


def week_data(iso_year: int, iso_week: int) -> WeekData:
    start, end = week_range_utc(iso_year, iso_week)
    return WeekData(iso_year, iso_week, week_days(iso_year, iso_week), start, end)


async def _shifts(week: WeekData) -> tuple[OptShift, ...]:
    rows = await Shift.select(
        Shift.id, Shift.starts_at, Shift.ends_at, Shift.job, Shift.job.job_type.code.as_alias("job_type"),
        Shift.job.work_mode.as_alias("work_mode"),
        Shift.job.neighbourhood.name.as_alias("neighbourhood"), Shift.headcount_min, Shift.headcount_target,
        Shift.headcount_max,
    ).where(Shift.starts_at >= week.start, Shift.starts_at < week.end, Shift.cancelled.eq(False)).order_by(Shift.id)
    needs: dict[int, dict[str, int]] = defaultdict(dict)
    for row in await ShiftSkillRequirement.select().where(
            ShiftSkillRequirement.shift.is_in([r["id"] for r in rows] or [-1])):
        needs[row["shift"]][str(row["skill"])] = row["minimum"]
    return tuple(OptShift(
        id=str(r["id"]), start=r["starts_at"], end=r["ends_at"], job=str(r["job"]), job_type=r["job_type"],
        neighbourhood=r["neighbourhood"], min_headcount=r["headcount_min"],
        target_headcount=r["headcount_target"], max_headcount=r["headcount_max"], required_skills=needs[r["id"]],
        # Only volunteer-allowance work counts against the caps; wages and placements do not.
        allowance=r["work_mode"] == WorkMode.volunteer.value,
    ) for r in rows)


def _windows(week: WeekData, windows: list[dict], extras: list[dict]) -> tuple[Window, ...]:
    spans = [Window(local_instant(week.days[w["weekday"]], w["start_time"]),
                    local_instant(week.days[w["weekday"]], w["end_time"])) for w in windows]
    spans += [Window(local_instant(e["on_date"], e["start_time"]), local_instant(e["on_date"], e["end_time"]))
              for e in extras if e["start_time"] and e["end_time"]]
    return tuple(sorted(spans, key=lambda span: span.start))


def _unavailable(blocks: list[dict]) -> tuple[Window, ...]:
    """Dated unavailability; without times it covers the whole local day."""
    spans = []
    for block in blocks:
        start, end = block["start_time"] or time(0), block["end_time"]
        day_end = local_instant(block["on_date"] + timedelta(days=1), time(0))
        spans.append(Window(local_instant(block["on_date"], start), local_instant(block["on_date"], end) if end else day_end))
    return tuple(spans)


async def _cap_rooms(week: WeekData, workers: list[dict]) -> dict[int, CapRoom | None]:
    years = sorted({day.year for day in week.days})
    used: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for year in years:
        for worker_id, amounts in (await used_cents([w["id"] for w in workers], year, (week.iso_year, week.iso_week))).items():
            for key, cents in amounts.items():
                used[worker_id][key] += cents
    rooms: dict[int, CapRoom] = {}
    table = await CapTable.load()
    for worker in workers:
        months, year_rooms = {}, {}
        for day in week.days:
            caps = table.on(day, age_on(worker["birth_date"], day))
            if caps is None:
                continue
            spent = used[worker["id"]]
            months[month_key(day)] = max(0, caps.monthly_cents - spent.get(month_key(day), 0))
            year_rooms[str(day.year)] = max(0, caps.yearly_cents - spent.get(str(day.year), 0))
        # No cap row at all (none seeded for these dates) leaves the worker uncapped for the
        # optimiser; the payout check still refuses to pay above a cap that exists later.
        rooms[worker["id"]] = CapRoom(months=months, years=year_rooms) if months else None
    return rooms


async def _worker_rows(week: WeekData) -> list[dict]:
    return await Worker.select(
        Worker.id, Worker.first_name, Worker.last_name, Worker.birth_date, Worker.starts_on,
        Worker.rate_cents_per_hour, Worker.target_minutes_per_week, Worker.max_minutes_per_week,
        Worker.max_minutes_per_day, Worker.neighbourhood.name.as_alias("neighbourhood"),
    ).where(Worker.status == WorkerStatus.active.value, Worker.starts_on <= week.days[-1]).order_by(Worker.id)


async def _grouped(table, column, worker_ids: list[int], *where) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in await table.select().where(column.is_in(worker_ids or [-1]), *where):
        grouped[row["worker"]].append(row)
    return grouped


async def _workers(week: WeekData) -> tuple[tuple[OptWorker, ...], frozenset[str]]:
    rows = await _worker_rows(week)
    ids = [row["id"] for row in rows]
    skills = await _grouped(WorkerSkill, WorkerSkill.worker, ids)
    windows = await _grouped(AvailabilityWindow, AvailabilityWindow.worker, ids)
    exceptions = await _grouped(
        AvailabilityException, AvailabilityException.worker, ids,
        AvailabilityException.on_date >= week.days[0], AvailabilityException.on_date <= week.days[-1])
    preferences = await JobTypePreference.select(
        JobTypePreference.worker, JobTypePreference.preference, JobTypePreference.job_type.code.as_alias("code"),
    ).where(JobTypePreference.worker.is_in(ids or [-1]))
    certified = {str(row["id"]) for row in await Skill.select(Skill.id).where(Skill.certificate_required.eq(True))}
    rooms = await _cap_rooms(week, rows)
    history = await fairness_history(rows, week.iso_year, week.iso_week)
    workers = tuple(
        _worker(week, row, skills[row["id"]], windows[row["id"]], exceptions[row["id"]],
                [p for p in preferences if p["worker"] == row["id"]], certified, rooms[row["id"]], history[row["id"]])
        for row in rows
    )
    return workers, frozenset(certified)


def _worker(week: WeekData, row: dict, skills: list[dict], windows: list[dict], exceptions: list[dict],
            preferences: list[dict], certified: set[str], room, history) -> OptWorker:
    certificates = {
        # A certificate without an expiry date stays valid; without any dates there is none.
        str(s["skill"]): Certificate(s["certificate_obtained_on"] or date(1900, 1, 1),
                                     s["certificate_expires_on"] or date.max)
        for s in skills if str(s["skill"]) in certified
        and (s["certificate_obtained_on"] or s["certificate_expires_on"])
    }
    return OptWorker(
        id=str(row["id"]), name=f"{row['first_name']} {row['last_name']}",
        skills={str(s["skill"]): LEVEL[s["level"]] for s in skills}, certificates=certificates,
        availability=_windows(week, windows, [e for e in exceptions if e["kind"] == "extra"]),
        unavailable=_unavailable([e for e in exceptions if e["kind"] == "unavailable"]),
        # Zero means "not filled in" for these limits, not "may not work".
        max_minutes_per_day=row["max_minutes_per_day"] or None,
        max_minutes_per_week=row["max_minutes_per_week"] or None,
        min_rest_minutes=MIN_REST_MINUTES, target_minutes=row["target_minutes_per_week"],
        rate_cents_per_hour=row["rate_cents_per_hour"], cap_room=room, history=history,
        liked_job_types=frozenset(p["code"] for p in preferences if p["preference"] == "like"),
        disliked_job_types=frozenset(p["code"] for p in preferences if p["preference"] == "dislike"),
        neighbourhood=row["neighbourhood"] or "",
    )


async def build_problem(iso_year: int, iso_week: int, previous_roster: int | None = None,
                        pins_from: int | None = None) -> Problem:
    """The week as the optimiser sees it: shifts, active workers, pins and the previous plan."""
    week = week_data(iso_year, iso_week)
    shifts = await _shifts(week)
    workers, certified = await _workers(week)
    known = {w.id for w in workers}, {s.id for s in shifts}
    # Pins and the previous plan only name people and shifts that are still in play.
    pins = tuple(sorted(p for p in as_ids(await pairs_of(pins_from, pinned_only=True))
                        if p[0] in known[0] and p[1] in known[1]))
    previous = tuple(sorted(p for p in as_ids(await pairs_of(previous_roster))
                            if p[0] in known[0] and p[1] in known[1]))
    return Problem(
        period_start=week.days[0], period_end=week.days[-1], shifts=shifts, workers=workers,
        pins=pins, previous=previous, certified_skills=certified,
    )
