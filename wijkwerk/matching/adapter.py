"""The one adapter between database rows and the pure matcher (`optimiser.matching`).

People are ids "w<worker>" and "c<candidate>", openings "v<vacancy>" and "g<agreement>".
Only valid certificates count: one that has expired on `day` is not a certificate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from optimiser.match_schema import (
    GUARANTEE, VACANCY, Diploma, MatchProblem, MatchSettings, Opening, Person, Requirement,
)
from wijkwerk.aandebak.pipeline import places_used
from wijkwerk.tables import (
    Candidate, GuaranteeAgreement, JobOffer, JobSeekerProfile, JobSeekerSector, NeighbourhoodNeighbour, Vacancy,
    VacancyRequirement, Worker, WorkerSkill,
)

LEVELS = {"learning": 1, "competent": 2, "can_teach": 3}
TAKEN = ("open", "accepted")


@dataclass
class Names:
    """Display names for the ids in a problem (kept out of the pure data)."""

    people: dict[str, str] = field(default_factory=dict)
    openings: dict[str, str] = field(default_factory=dict)


async def _skills(worker_ids: list[int], day: date) -> dict[int, tuple[dict[str, int], frozenset[str]]]:
    if not worker_ids:
        return {}
    rows = await WorkerSkill.select(
        WorkerSkill.worker, WorkerSkill.skill.name.as_alias("skill"), WorkerSkill.level,
        WorkerSkill.certificate_obtained_on, WorkerSkill.certificate_expires_on,
    ).where(WorkerSkill.worker.is_in(worker_ids))
    result: dict[int, tuple[dict, set]] = {}
    for row in rows:
        levels, certificates = result.setdefault(row["worker"], ({}, set()))
        levels[row["skill"]] = LEVELS.get(row["level"], 1)
        expires = row["certificate_expires_on"]
        if row["certificate_obtained_on"] is not None and (expires is None or expires >= day):
            certificates.add(row["skill"])
    return {worker: (levels, frozenset(certs)) for worker, (levels, certs) in result.items()}


async def candidate_people(day: date, candidate_ids: list[int] | None = None) -> tuple[list[Person], dict]:
    """Candidates with a diploma not yet offered or placed (or the given ones, whatever their state)."""
    query = Candidate.select(
        Candidate.id, Candidate.first_name, Candidate.last_name, Candidate.worker, Candidate.state,
        Candidate.neighbourhood.name.as_alias("wijk"), Candidate.sector.code.as_alias("sector"),
        Candidate.agreement, Candidate.course_name, Candidate.course_level, Candidate.crebo, Candidate.diploma_on,
        Candidate.wanted_hours_per_week)
    query = query.where(Candidate.id.is_in(candidate_ids)) if candidate_ids else query.where(Candidate.state == "diploma")
    rows = await query
    skills = await _skills([row["worker"] for row in rows if row["worker"]], day)
    people = []
    for row in rows:
        levels, certificates = skills.get(row["worker"], ({}, frozenset()))
        people.append(Person(
            id=f"c{row['id']}", wanted_hours=row["wanted_hours_per_week"], skills=levels,
            certificates=certificates, neighbourhood=row["wijk"], preferred_sectors=frozenset({row["sector"]}),
            is_candidate=True,
            diploma=Diploma(row["course_name"], row["course_level"], row["crebo"]) if row["diploma_on"] else None,
            guarantee=f"g{row['agreement']}" if row["agreement"] else None))
    return people, {f"c{row['id']}": f"{row['first_name']} {row['last_name']}" for row in rows}


async def worker_people(day: date, worker_ids: list[int] | None = None,
                        exclude: set[int] = frozenset()) -> tuple[list[Person], dict]:
    """Active workers marked ready for work without an open offer (or the given ones)."""
    query = Worker.select(Worker.id, Worker.first_name, Worker.last_name, Worker.neighbourhood.name.as_alias("wijk"))
    if worker_ids:
        query = query.where(Worker.id.is_in(worker_ids))
    else:
        ready = await JobSeekerProfile.select(JobSeekerProfile.worker).where(JobSeekerProfile.ready_for_work == True)  # noqa: E712
        offered = await JobOffer.select(JobOffer.worker).where(
            (JobOffer.status == "open") & JobOffer.worker.is_not_null())
        wanted = {row["worker"] for row in ready} - {row["worker"] for row in offered} - set(exclude)
        if not wanted:
            return [], {}
        query = query.where(Worker.id.is_in(sorted(wanted)) & (Worker.status == "active"))
    rows = await query
    ids = [row["id"] for row in rows]
    skills = await _skills(ids, day)
    profiles = {row["worker"]: row for row in await JobSeekerProfile.select().where(JobSeekerProfile.worker.is_in(ids))} \
        if ids else {}
    sectors: dict[int, set[str]] = {}
    if profiles:
        for row in await JobSeekerSector.select(JobSeekerSector.profile.worker.as_alias("worker"),
                                                JobSeekerSector.sector.code.as_alias("code")).where(
                JobSeekerSector.profile.is_in([p["id"] for p in profiles.values()])):
            sectors.setdefault(row["worker"], set()).add(row["code"])
    people = []
    for row in rows:
        levels, certificates = skills.get(row["id"], ({}, frozenset()))
        hours = profiles[row["id"]]["wanted_hours_per_week"] if row["id"] in profiles else 24
        people.append(Person(id=f"w{row['id']}", wanted_hours=hours, skills=levels, certificates=certificates,
                             neighbourhood=row["wijk"], preferred_sectors=frozenset(sectors.get(row["id"], set()))))
    return people, {f"w{row['id']}": f"{row['first_name']} {row['last_name']}" for row in rows}


async def _taken(column) -> dict[int, int]:
    rows = await JobOffer.select(column.as_alias("ref")).where(JobOffer.status.is_in(list(TAKEN)) & column.is_not_null())
    counts: dict[int, int] = {}
    for row in rows:
        counts[row["ref"]] = counts.get(row["ref"], 0) + 1
    return counts


async def vacancy_openings(vacancy_ids: list[int] | None = None) -> tuple[list[Opening], dict]:
    """Open vacancies with their places left (places minus open or accepted offers)."""
    query = Vacancy.select(Vacancy.id, Vacancy.title, Vacancy.employer.name.as_alias("employer"),
                           Vacancy.sector.code.as_alias("sector"), Vacancy.hours_per_week, Vacancy.places,
                           Vacancy.neighbourhood.name.as_alias("wijk"))
    query = query.where(Vacancy.id.is_in(vacancy_ids)) if vacancy_ids else query.where(Vacancy.status == "open")
    rows = await query
    needs: dict[int, list[Requirement]] = {}
    if rows:
        for row in await VacancyRequirement.select(
                VacancyRequirement.vacancy, VacancyRequirement.skill.name.as_alias("skill"),
                VacancyRequirement.min_level, VacancyRequirement.certificate_required,
                VacancyRequirement.skill.certificate_required.as_alias("skill_certificate"),
        ).where(VacancyRequirement.vacancy.is_in([row["id"] for row in rows])):
            needs.setdefault(row["vacancy"], []).append(Requirement(
                row["skill"], LEVELS[row["min_level"]], row["certificate_required"]))
    taken = await _taken(JobOffer.vacancy)
    openings = [Opening(id=f"v{row['id']}", kind=VACANCY, sector=row["sector"], hours=row["hours_per_week"],
                        capacity=max(0, row["places"] - taken.get(row["id"], 0)), neighbourhood=row["wijk"],
                        requirements=tuple(needs.get(row["id"], ())))
                for row in rows]
    return openings, {f"v{row['id']}": f"{row['title']} ({row['employer']})" for row in rows}


async def guarantee_openings(day: date) -> tuple[list[Opening], dict]:
    """Agreements valid on `day` with places left this year (minus placements and open offers)."""
    rows = await GuaranteeAgreement.select(
        GuaranteeAgreement.id, GuaranteeAgreement.employer.name.as_alias("employer"),
        GuaranteeAgreement.sector.code.as_alias("sector"), GuaranteeAgreement.course_name,
        GuaranteeAgreement.course_level, GuaranteeAgreement.crebo, GuaranteeAgreement.places_per_year,
        GuaranteeAgreement.hours_per_week, GuaranteeAgreement.neighbourhood.name.as_alias("wijk"),
    ).where((GuaranteeAgreement.valid_from <= day)
            & (GuaranteeAgreement.valid_until.is_null() | (GuaranteeAgreement.valid_until >= day)))
    offered = await JobOffer.select(JobOffer.agreement.as_alias("ref")).where(
        (JobOffer.status == "open") & JobOffer.agreement.is_not_null())
    openings = []
    for row in rows:
        left = row["places_per_year"] - await places_used(row["id"], day.year)
        left -= sum(1 for offer in offered if offer["ref"] == row["id"])
        openings.append(Opening(
            id=f"g{row['id']}", kind=GUARANTEE, sector=row["sector"], hours=row["hours_per_week"],
            capacity=max(0, left), neighbourhood=row["wijk"],
            diploma=Diploma(row["course_name"], row["course_level"], row["crebo"])))
    return openings, {f"g{row['id']}": f"{row['course_name']} ({row['employer']})" for row in rows}


async def neighbours() -> frozenset[tuple[str, str]]:
    rows = await NeighbourhoodNeighbour.select(
        NeighbourhoodNeighbour.neighbourhood.name.as_alias("a"), NeighbourhoodNeighbour.neighbour.name.as_alias("b"))
    return frozenset((row["a"], row["b"]) for row in rows)


async def load_problem(day: date, settings: MatchSettings | None = None) -> tuple[MatchProblem, Names]:
    """Everyone looking for work and every opening with room, as of `day`."""
    candidates, candidate_names = await candidate_people(day)
    linked = await Candidate.select(Candidate.worker).where(
        (Candidate.state == "diploma") & Candidate.worker.is_not_null())
    workers, worker_names = await worker_people(day, exclude={row["worker"] for row in linked})
    vacancies, vacancy_names = await vacancy_openings()
    guarantees, guarantee_names = await guarantee_openings(day)
    problem = MatchProblem(tuple(workers + candidates), tuple(vacancies + guarantees), await neighbours(),
                           settings or MatchSettings())
    return problem, Names({**worker_names, **candidate_names}, {**vacancy_names, **guarantee_names})
