"""Load the demo data set idempotently: every record is found by its natural key or created."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from piccolo.table import Table

from wijkwerk import clock
from wijkwerk.accounts.services import create_user
from wijkwerk.demo import catalogue
from wijkwerk.demo.aandebak import load_aandebak
from wijkwerk.demo.history import finished_months, history_range, load_history
from wijkwerk.demo.money import load_history_money, load_money
from wijkwerk.demo.people import DemoPerson, demo_people
from wijkwerk.demo.progression import load_progression
from wijkwerk.shifts.generation import generate_week
from wijkwerk.shifts.weeks import iso_week_of
from wijkwerk.tables import (
    AvailabilityWindow, Client, Job, JobRecurrence, JobSkillRequirement, JobType, Neighbourhood,
    NeighbourhoodProject, Skill, User, Worker, WorkerSkill,
)

DEMO_USERS = [("manager", "manager"), ("bewoner", "resident"), ("funder", "funder")]


@dataclass
class DemoSummary:
    created: dict[str, int] = field(default_factory=dict)
    users_created: list[str] = field(default_factory=list)
    users_existing: list[str] = field(default_factory=list)
    week: tuple[int, int] = (0, 0)
    history: list[str] = field(default_factory=list)  # the finished months with work history, "2026-06"

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    def describe(self) -> str:
        made = ", ".join(f"{n} {kind}" for kind, n in self.created.items()) or "nothing new"
        lines = [f"Demo data for Selwerd loaded ({made}); shifts for ISO week {self.week[1]} of {self.week[0]}, "
                 f"published rosters and attendance for the {len(self.history)} months before this one "
                 f"({', '.join(self.history)})."]
        if self.users_existing:
            lines.append(f"Existing users kept their password: {', '.join(self.users_existing)}.")
        return "\n".join(lines)


async def _get_or_create(summary: DemoSummary, table: type[Table], key: dict, values: dict) -> int:
    query = table.select(table._meta.primary_key)
    for column, value in key.items():
        query = query.where(getattr(table, column) == value)
    row = await query.first()
    if row:
        return row["id"]
    created = await table.insert(table(**key, **values)).returning(table._meta.primary_key)
    summary.count(table._meta.tablename)
    return created[0]["id"]


async def _load_catalogue(summary: DemoSummary) -> dict[str, dict[str, int]]:
    ids: dict[str, dict[str, int]] = {"neighbourhood": {}, "job_type": {}, "skill": {}, "client": {}}
    for name in catalogue.NEIGHBOURHOODS:
        ids["neighbourhood"][name] = await _get_or_create(summary, Neighbourhood, {"name": name}, {})
    for code, name_nl, name_en in catalogue.JOB_TYPES:
        ids["job_type"][code] = await _get_or_create(
            summary, JobType, {"code": code}, {"name_nl": name_nl, "name_en": name_en})
    for name, certificate, months in catalogue.SKILLS:
        ids["skill"][name] = await _get_or_create(
            summary, Skill, {"name": name},
            {"certificate_required": certificate, "certificate_validity_months": months})
    for name, kind, contact, email in catalogue.CLIENTS:
        ids["client"][name] = await _get_or_create(
            summary, Client, {"name": name}, {"kind": kind, "contact_name": contact, "email": email})
    return ids


async def _load_jobs(summary: DemoSummary, ids: dict, today: date) -> None:
    for (title, client, job_type, wijk, mode, price_kind, price, meeting, bring, why,
         recurrences, requirements) in catalogue.JOBS:
        before = summary.created.get("job", 0)
        job_id = await _get_or_create(summary, Job, {"title": title}, {
            "client": ids["client"][client], "job_type": ids["job_type"][job_type],
            "neighbourhood": ids["neighbourhood"][wijk], "work_mode": mode, "price_kind": price_kind,
            "price_cents": price, "meeting_point": meeting, "address": meeting, "what_to_bring": bring,
            "additionality": why, "active_from": min(date(today.year, 1, 1), history_range(today)[0]),
            "supervisor_name": "Ingrid Wierenga", "supervisor_phone": "+31 50 123 4567",
        })
        if summary.created.get("job", 0) == before:
            continue  # an existing job keeps whatever the manager changed since
        for weekday, start, end, low, target, high in recurrences:
            await JobRecurrence.insert(JobRecurrence(
                job=job_id, weekday=weekday, start_time=start, end_time=end,
                headcount_min=low, headcount_target=target, headcount_max=high))
        for skill, count in requirements:
            await JobSkillRequirement.insert(JobSkillRequirement(job=job_id, skill=ids["skill"][skill], minimum=count))


async def _load_person(summary: DemoSummary, person: DemoPerson, ids: dict, today: date) -> int:
    before = summary.created.get("worker", 0)
    worker_id = await _get_or_create(
        summary, Worker,
        {"first_name": person.first_name, "last_name": person.last_name, "birth_date": person.birth_date},
        {
            "neighbourhood": ids["neighbourhood"][person.neighbourhood], "languages": person.languages,
            "benefit_type": person.benefit_type, "benefit_reported": person.benefit_type != "none",
            "rate_cents_per_hour": 450 if person.birth_date.year > today.year - 21 else 500,
            "target_minutes_per_week": person.target_hours * 60,
            "max_minutes_per_week": min(person.target_hours + 8, 32) * 60,
            "max_minutes_per_day": person.max_day_hours * 60, "work_limitations": person.work_limitations,
            "starts_on": today - timedelta(days=30 * (1 + len(person.first_name) % 18)),
            "status": person.status, "phone": person.phone,
        },
    )
    if summary.created.get("worker", 0) == before:
        return worker_id
    for index, (skill, level) in enumerate(person.skills):
        certificate = dict((n, (c, m)) for n, c, m in catalogue.SKILLS)[skill]
        obtained = expires = None
        if certificate[0] and level != "learning":
            obtained = today - timedelta(days=200 + 97 * index)
            expires = obtained + timedelta(days=30 * certificate[1])
            if person.certificate_expires_soon and index == 0:
                # A few expire soon, so the dashboard has something to warn about.
                expires = today + timedelta(days=10 + 7 * len(person.last_name))
        await WorkerSkill.insert(WorkerSkill(
            worker=worker_id, skill=ids["skill"][skill], level=level,
            certificate_obtained_on=obtained, certificate_expires_on=expires))
    for weekday, start, end in person.windows:
        await AvailabilityWindow.insert(
            AvailabilityWindow(worker=worker_id, weekday=weekday, start_time=start, end_time=end))
    return worker_id


async def _load_users(summary: DemoSummary, password: str, resident_worker: int) -> None:
    for username, role in DEMO_USERS:
        if await User.exists().where(User.username == username):
            summary.users_existing.append(username)
            continue
        await create_user(username, password, role, resident_worker if role == "resident" else None)
        summary.users_created.append(username)


async def load_demo(password: str, today: date | None = None) -> DemoSummary:
    """Load everything; safe to run again (nothing is duplicated or overwritten)."""
    today = today or clock.today()
    summary = DemoSummary()
    ids = await _load_catalogue(summary)
    await _load_jobs(summary, ids, today)
    skill_names = [name for name, _, _ in catalogue.SKILLS]
    worker_ids = [await _load_person(summary, person, ids, today) for person in demo_people(skill_names)]
    for name, wijk, description, budget, status in catalogue.PROJECTS:
        await _get_or_create(summary, NeighbourhoodProject, {"name": name}, {
            "neighbourhood": ids["neighbourhood"][wijk], "description": description,
            "budget_cents": budget, "status": status})
    await load_money(summary, _get_or_create, today)
    await _load_users(summary, password, worker_ids[0])
    await load_progression(summary, worker_ids, today)
    await load_aandebak(_get_or_create, summary, ids, worker_ids, today)
    await load_history(summary, worker_ids, today)
    months = finished_months(today)
    manager = await User.select(User.id).where(User.username == "manager").first()
    await load_history_money(summary, _get_or_create, today, months, manager["id"] if manager else None)
    summary.history = [f"{first.year}-{first.month:02d}" for first in months]
    summary.week = iso_week_of(today)
    generated = await generate_week(*summary.week)
    if generated.created:
        summary.created["shift"] = summary.created.get("shift", 0) + len(generated.created)
    return summary
