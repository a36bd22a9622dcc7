"""Vacancies and job-seeker profiles: validation and writes shared by the API and the pages."""

from __future__ import annotations

from wijkwerk.aandebak.sectors import sector_id, sector_ids
from wijkwerk.clock import today
from wijkwerk.common.existence import require_reference
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import (
    Employer, JobOffer, JobSeekerProfile, JobSeekerSector, Neighbourhood, Skill, Vacancy, VacancyRequirement,
    Worker,
)
from wijkwerk.tables.enums import SkillLevel, VacancyStatus, values

FIELDS = (
    Vacancy.id, Vacancy.title, Vacancy.employer.as_alias("employer_id"), Vacancy.employer.name.as_alias("employer_name"),
    Vacancy.sector.code.as_alias("sector"), Vacancy.hours_per_week, Vacancy.neighbourhood.as_alias("neighbourhood_id"),
    Vacancy.neighbourhood.name.as_alias("neighbourhood_name"), Vacancy.places, Vacancy.status, Vacancy.description,
    Vacancy.created_on,
)


def _hours(errors: Errors, name: str, hours) -> None:
    if hours is None or not 1 <= hours <= 60:
        errors.add(name, "out_of_range", _("Vul 1 tot en met 60 uur per week in."))


async def _validate_requirements(errors: Errors, requirements: list[dict]) -> None:
    seen = set()
    for index, need in enumerate(requirements):
        name = f"requirements[{index}].skill_id"
        await require_reference(errors, name, Skill, need.get("skill_id"))
        if need.get("skill_id") in seen:
            errors.add(name, "duplicate", _("Deze vaardigheid staat er al bij."))
        seen.add(need.get("skill_id"))
        errors.choice(f"requirements[{index}].min_level", need.get("min_level"), values(SkillLevel))


async def create_vacancy(data: dict) -> dict:
    errors = Errors()
    errors.required_text("title", data.get("title"), 150)
    errors.max_length("description", data.get("description"), 4000)
    _hours(errors, "hours_per_week", data.get("hours_per_week"))
    places = data.get("places", 1)
    if places is None or not 1 <= places <= 10_000:
        errors.add("places", "out_of_range", _("Vul 1 tot en met 10000 plaatsen in."))
    async with write_transaction():
        if data.get("employer_id") is None:
            errors.add("employer_id", "required", _("Vul dit veld in."))
        await require_reference(errors, "employer_id", Employer, data.get("employer_id"))
        await require_reference(errors, "neighbourhood_id", Neighbourhood, data.get("neighbourhood_id"))
        sector = await sector_id(errors, "sector", data.get("sector"))
        await _validate_requirements(errors, data.get("requirements") or [])
        errors.raise_if_any()
        row = await Vacancy.insert(Vacancy(
            employer=data["employer_id"], title=data["title"].strip(), sector=sector,
            hours_per_week=data["hours_per_week"], neighbourhood=data.get("neighbourhood_id"), places=places,
            description=(data.get("description") or "").strip(), created_on=today(),
        )).returning(Vacancy.id)
        needs = [VacancyRequirement(vacancy=row[0]["id"], skill=need["skill_id"], min_level=need["min_level"],
                                    certificate_required=bool(need.get("certificate_required")))
                 for need in data.get("requirements") or []]
        if needs:
            await VacancyRequirement.insert(*needs)
    return await get_vacancy(row[0]["id"])


async def get_vacancy(vacancy_id: int) -> dict | None:
    vacancy = await Vacancy.select(*FIELDS).where(Vacancy.id == vacancy_id).first()
    if vacancy is not None:
        vacancy["requirements"] = await VacancyRequirement.select(
            VacancyRequirement.skill.as_alias("skill_id"), VacancyRequirement.skill.name.as_alias("skill_name"),
            VacancyRequirement.min_level, VacancyRequirement.certificate_required,
        ).where(VacancyRequirement.vacancy == vacancy_id).order_by(VacancyRequirement.id)
        vacancy["offers"] = await JobOffer.count().where(
            (JobOffer.vacancy == vacancy_id) & JobOffer.status.is_in(["open", "accepted"]))
    return vacancy


async def list_vacancies(status: str | None = None) -> list[dict]:
    query = Vacancy.select(*FIELDS).order_by(Vacancy.status, ascending=False).order_by(Vacancy.title)
    if status:
        query = query.where(Vacancy.status == status)
    return await query


async def set_status(vacancy_id: int, status: str) -> dict | None:
    errors = Errors()
    errors.choice("status", status, values(VacancyStatus))
    errors.raise_if_any()
    async with write_transaction():
        if await get_vacancy(vacancy_id) is None:
            return None
        await Vacancy.update({Vacancy.status: status}).where(Vacancy.id == vacancy_id)
    return await get_vacancy(vacancy_id)


async def get_profile(worker_id: int) -> dict | None:
    """The worker's job-seeker profile; a default (not ready) one when none was saved yet."""
    worker = await Worker.select(Worker.id, Worker.first_name, Worker.last_name).where(Worker.id == worker_id).first()
    if worker is None:
        return None
    profile = await JobSeekerProfile.select().where(JobSeekerProfile.worker == worker_id).first()
    sectors = [] if profile is None else [row["code"] for row in await JobSeekerSector.select(
        JobSeekerSector.sector.code.as_alias("code")).where(JobSeekerSector.profile == profile["id"])]
    return {"worker_id": worker_id, "first_name": worker["first_name"], "last_name": worker["last_name"],
            "ready_for_work": bool(profile and profile["ready_for_work"]),
            "wanted_hours_per_week": profile["wanted_hours_per_week"] if profile else 24,
            "note": profile["note"] if profile else "", "sectors": sorted(sectors)}


async def save_profile(worker_id: int, data: dict) -> dict | None:
    errors = Errors()
    _hours(errors, "wanted_hours_per_week", data.get("wanted_hours_per_week"))
    errors.max_length("note", data.get("note"), 2000)
    async with write_transaction():
        if not await Worker.exists().where(Worker.id == worker_id):
            return None
        sectors = await sector_ids(errors, "sectors", list(dict.fromkeys(data.get("sectors") or [])))
        errors.raise_if_any()
        values_ = {"ready_for_work": bool(data.get("ready_for_work")),
                   "wanted_hours_per_week": data["wanted_hours_per_week"], "note": (data.get("note") or "").strip()}
        existing = await JobSeekerProfile.select(JobSeekerProfile.id).where(JobSeekerProfile.worker == worker_id).first()
        if existing:
            profile_id = existing["id"]
            await JobSeekerProfile.update(values_).where(JobSeekerProfile.id == profile_id)
            await JobSeekerSector.delete().where(JobSeekerSector.profile == profile_id)
        else:
            row = await JobSeekerProfile.insert(JobSeekerProfile(worker=worker_id, **values_)).returning(
                JobSeekerProfile.id)
            profile_id = row[0]["id"]
        if sectors:
            await JobSeekerSector.insert(*[JobSeekerSector(profile=profile_id, sector=sector) for sector in sectors])
    return await get_profile(worker_id)


async def list_profiles() -> list[dict]:
    """Every active worker with their job-seeker wishes (ready ones first); three queries in all."""
    workers = await Worker.select(Worker.id, Worker.first_name, Worker.last_name).where(
        Worker.status == "active").order_by(Worker.last_name).order_by(Worker.first_name)
    profiles = {row["worker"]: row for row in await JobSeekerProfile.select()}
    sectors: dict[int, list[str]] = {}
    for row in await JobSeekerSector.select(JobSeekerSector.profile.worker.as_alias("worker"),
                                            JobSeekerSector.sector.code.as_alias("code")):
        sectors.setdefault(row["worker"], []).append(row["code"])
    result = [{"worker_id": w["id"], "first_name": w["first_name"], "last_name": w["last_name"],
               "ready_for_work": bool(profiles.get(w["id"], {}).get("ready_for_work")),
               "wanted_hours_per_week": profiles.get(w["id"], {}).get("wanted_hours_per_week", 24),
               "sectors": sorted(sectors.get(w["id"], []))} for w in workers]
    return sorted(result, key=lambda profile: not profile["ready_for_work"])
