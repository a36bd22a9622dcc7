"""The review of one roster version: crews per shift, hours per worker, fairness, shortfalls."""

from __future__ import annotations

import json
from dataclasses import dataclass

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.rosters.queries import roster_rows
from wijkwerk.shifts.queries import list_shifts
from wijkwerk.i18n.formatting import to_local
from wijkwerk.shifts.weeks import week_days, week_range_utc
from wijkwerk.tables import Job, Neighbourhood, Worker


def reason_words(code: str) -> str:
    """The optimiser's reason codes in the manager's language."""
    return {
        "unavailable": _("niet beschikbaar (of niet in die wijk)"),
        "missing_skill": _("mist de vaardigheid of een geldig certificaat"),
        "no_mentor": _("geen begeleider die de vaardigheid kan aanleren"),
        "cap_reached": _("ruimte onder de vergoedingsgrens is op"),
        "hours_limits": _("zou de grens voor uren, rust of dagen overschrijden"),
        "lost_to_fairer_claim": _("de plek ging naar iemand die eerlijker aan de beurt was"),
    }.get(code, code)


@dataclass(frozen=True)
class ReviewFilters:
    view: str = "lijst"  # lijst (shifts with crews) or rooster (workers x days)
    neighbourhood: int | None = None
    job: int | None = None
    name: str = ""


@dataclass(frozen=True)
class ReviewPage:
    roster: dict
    shifts: list[dict]
    workers: list[dict]
    fairness: dict
    short_shifts: list[dict]
    filters: ReviewFilters
    days: list
    grid: list[dict]
    neighbourhoods: list[dict]
    jobs: list[dict]


def _grid(workers: list[dict], shifts: list[dict], days: list) -> list[dict]:
    """One row per worker, one cell per day, listing that worker's shifts."""
    by_worker: dict[int, dict] = {w["id"]: {"worker": w, "cells": [[] for _ in days]} for w in workers}
    index = {day: position for position, day in enumerate(days)}
    for shift in shifts:
        position = index.get(to_local(shift["starts_at"]).date())
        for member in shift["crew"]:
            row = by_worker.get(member["worker"])
            if row is not None and position is not None:
                row["cells"][position].append(shift)
    return list(by_worker.values())


async def build_review(roster: dict, filters: ReviewFilters = ReviewFilters()) -> ReviewPage:
    report = json.loads(roster["solver_report"] or "{}")
    start, end = week_range_utc(roster["iso_year"], roster["iso_week"])
    shifts, _total = await list_shifts(start, end, job=filters.job, neighbourhood=filters.neighbourhood,
                                       per_page=5000)
    crews = await roster_rows(roster["id"])
    names = {row["id"]: f"{row['first_name']} {row['last_name']}" for row in await Worker.select(
        Worker.id, Worker.first_name, Worker.last_name)}
    shift_reports = {int(r["shift"]): r for r in report.get("shift_reports", [])}
    crew_of: dict[int, list[dict]] = {}
    for member in crews:
        crew_of.setdefault(member["shift"], []).append(member)
    for shift in shifts:
        shift["crew"] = crew_of.get(shift["id"], [])
        shift["report"] = shift_reports.get(shift["id"], {})
    needle = filters.name.strip().lower()
    workers = sorted(
        ({**r, "name": names.get(int(r["worker"]), r["worker"]), "id": int(r["worker"])}
         for r in report.get("worker_reports", [])
         if needle in names.get(int(r["worker"]), "").lower()),
        key=lambda r: (r["fairness"].get("position") or 10**6, r["name"]),
    )
    if needle:
        shifts = [s for s in shifts if any(needle in f"{c['first_name']} {c['last_name']}".lower() for c in s["crew"])]
    if filters.job is not None or filters.neighbourhood is not None:
        # A job or neighbourhood filter narrows the people to those working the shown shifts.
        on_shown = {c["worker"] for s in shifts for c in s["crew"]}
        workers = [w for w in workers if w["id"] in on_shown]
    short = [s for s in shifts if s["report"].get("short_of_target") and not s["cancelled"]]
    days = week_days(roster["iso_year"], roster["iso_week"])
    return ReviewPage(
        roster=roster, shifts=shifts, workers=workers, fairness=report.get("fairness", {}), short_shifts=short,
        filters=filters, days=days, grid=_grid(workers, shifts, days) if filters.view == "rooster" else [],
        neighbourhoods=await Neighbourhood.select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name),
        jobs=await Job.select(Job.id, Job.title).order_by(Job.title),
    )
