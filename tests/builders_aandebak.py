"""`make_*` builders for AanDeBak, vacancies and matching rows (defaults; override what matters)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timezone

from tests.builders import make_neighbourhood
from wijkwerk.tables import (
    Candidate, CandidateStep, Employer, GuaranteeAgreement, JobSeekerProfile, JobSeekerSector, Sector, Vacancy, VacancyRequirement,
)

_counter = itertools.count(1)


async def _insert(table, **values) -> dict:
    rows = await table.insert(table(**values)).returning(*table._meta.columns)
    return rows[0]


async def sector_pk(code: str = "zorg") -> int:
    return (await Sector.select(Sector.id).where(Sector.code == code).first())["id"]


async def make_employer(**overrides) -> dict:
    values = {"name": f"Werkgever {next(_counter)}", **overrides}
    values.setdefault("sector", await sector_pk())
    return await _insert(Employer, **values)


async def make_agreement(**overrides) -> dict:
    values = {"course_name": "Verzorgende IG", "course_level": 3, "crebo": "25491", "places_per_year": 2,
              "guarantee_kind": "job", "hours_per_week": 32, "valid_from": date(2025, 1, 1), **overrides}
    values.setdefault("sector", await sector_pk())
    if "employer" not in values:
        values["employer"] = (await make_employer())["id"]
    return await _insert(GuaranteeAgreement, **values)


async def make_candidate(**overrides) -> dict:
    values = {"first_name": "Sanne", "last_name": f"Bakker {next(_counter)}", "birth_date": date(2007, 4, 1),
              "school": "Noorderpoort", "course_name": "Verzorgende IG", "course_level": 3, "crebo": "25491",
              "starts_on": date(2024, 9, 1), "expected_diploma_on": date(2026, 7, 1), "wanted_hours_per_week": 32,
              **overrides}
    values.setdefault("sector", await sector_pk())
    if "agreement" not in values:
        values["agreement"] = (await make_agreement())["id"]
    candidate = await _insert(Candidate, **values)
    # As the service does: the enrolment is the first dated step.
    await _insert(CandidateStep, candidate=candidate["id"], state="enrolled", on_date=candidate["starts_on"],
                  recorded_at=utc(2026, 1, 1))
    return candidate


async def make_vacancy(requirements: tuple = (), **overrides) -> dict:
    values = {"title": f"Vacature {next(_counter)}", "hours_per_week": 24, "places": 1, "status": "open",
              "created_on": date(2026, 1, 1), **overrides}
    values.setdefault("sector", await sector_pk())
    if "employer" not in values:
        values["employer"] = (await make_employer())["id"]
    if "neighbourhood" not in values:
        values["neighbourhood"] = (await make_neighbourhood())["id"]
    vacancy = await _insert(Vacancy, **values)
    for skill, level, certificate in requirements:
        await _insert(VacancyRequirement, vacancy=vacancy["id"], skill=skill, min_level=level,
                      certificate_required=certificate)
    return vacancy


async def make_profile(worker: int, sectors: tuple[str, ...] = (), **overrides) -> dict:
    profile = await _insert(JobSeekerProfile, **{"worker": worker, "ready_for_work": True,
                                                  "wanted_hours_per_week": 24, **overrides})
    for code in sectors:
        await _insert(JobSeekerSector, profile=profile["id"], sector=await sector_pk(code))
    return profile


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)
