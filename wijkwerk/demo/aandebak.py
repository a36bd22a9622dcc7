"""Demo data for AanDeBak and matching: employers, guarantee agreements, candidates in every
pipeline state (one overdue for mediation), vacancies, neighbouring wijken and job-seekers.

Dates are relative to the demo's `today`, so the overviews always have something to show.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from wijkwerk.aandebak.pipeline import FOLLOW_UP_MONTHS, add_months
from wijkwerk.tables import (
    Candidate, CandidateFollowUp, CandidateStep, Employer, GuaranteeAgreement, JobSeekerProfile, JobSeekerSector,
    MediationAction, NeighbourhoodNeighbour, Sector, Vacancy, VacancyRequirement,
)

NEIGHBOURS = [("Selwerd", "Paddepoel"), ("Paddepoel", "Vinkhuizen")]
EMPLOYERS = [
    ("Zorggroep Noorderboog", "zorg"), ("Technisch Bedrijf Hanze", "techniek"),
    ("Kinderopvang De Kleine Wereld", "kinderopvang"), ("Groenbedrijf Stad", "groen"),
    ("Schoonmaakbedrijf Helder", "schoonmaak"),
]
# (employer, course, level, crebo, places per year, guarantee, wijk)
AGREEMENTS = [
    ("Zorggroep Noorderboog", "Verzorgende IG", 3, "25491", 4, "job", "Selwerd"),
    ("Technisch Bedrijf Hanze", "Monteur elektrotechniek", 2, "25262", 3, "internship", "Vinkhuizen"),
    ("Kinderopvang De Kleine Wereld", "Pedagogisch medewerker", 3, "25486", 2, "interview", "Paddepoel"),
]
# (first, last, agreement index, wijk, [(state, days before today)], mediation actions [(days ago, next in days)])
CANDIDATES = [
    ("Sanne", "de Boer", 0, "Selwerd", [], []),
    ("Mohamed", "El Amrani", 1, "Paddepoel", [("diploma", 28)], []),
    ("Lotte", "Visser", 0, "Vinkhuizen", [("diploma", 140)], []),
    ("Yusuf", "Demir", 1, "Selwerd", [("diploma", 112)], [(7, 7)]),
    ("Emma", "Jansen", 2, "Paddepoel", [("diploma", 42), ("offer", 7)], []),
    ("Daan", "Smit", 0, "Selwerd", [("diploma", 240), ("placed", 200)], []),
    ("Nadia", "Haddou", 2, "Vinkhuizen", [("closed", 30)], []),
]
# (title, employer, sector, hours, wijk, places, [(skill, level, certificate)])
VACANCIES = [
    ("Medewerker groenonderhoud", "Groenbedrijf Stad", "groen", 24, "Selwerd", 2, [("Bosmaaier", "competent", True)]),
    ("Schoonmaakmedewerker", "Schoonmaakbedrijf Helder", "schoonmaak", 20, "Paddepoel", 2,
     [("Trappenhuis schoonmaken", "competent", False)]),
    ("Assistent-monteur", "Technisch Bedrijf Hanze", "techniek", 32, "Vinkhuizen", 1, [("VCA Basis", "competent", True)]),
    ("Helpende zorg", "Zorggroep Noorderboog", "zorg", 24, "Selwerd", 1, [("EHBO", "competent", True)]),
]
SEEKER_SECTORS = [("groen", "schoonmaak"), ("schoonmaak",), ("techniek", "groen"), ("zorg",)]
CLOSED_REASON = "Verhuisd naar een andere stad."


def _stamp() -> datetime:
    return datetime.now(timezone.utc)


async def _sectors() -> dict[str, int]:
    return {row["code"]: row["id"] for row in await Sector.select(Sector.id, Sector.code)}


async def _candidate(get_or_create, summary, values: dict, steps: list, actions: list, today: date) -> None:
    if await Candidate.exists().where((Candidate.first_name == values["first_name"])
                                      & (Candidate.last_name == values["last_name"])):
        return
    candidate_id = await get_or_create(summary, Candidate, {"first_name": values.pop("first_name"),
                                                            "last_name": values.pop("last_name")}, values)
    await CandidateStep.insert(CandidateStep(candidate=candidate_id, state="enrolled", on_date=values["starts_on"],
                                             recorded_at=_stamp()))
    for state, days in steps:
        day = today - timedelta(days=days)
        changes = {"state": state, {"diploma": "diploma_on", "offer": "offer_on", "placed": "placed_on",
                                    "closed": "closed_on"}[state]: day}
        if state == "closed":
            changes["closed_reason"] = CLOSED_REASON
        if state == "placed":
            changes["contract"] = "Jaarcontract, 32 uur"
            await CandidateFollowUp.insert(*[CandidateFollowUp(candidate=candidate_id, months=months,
                                                               due_on=add_months(day, months))
                                             for months in FOLLOW_UP_MONTHS])
        await Candidate.update(changes).where(Candidate.id == candidate_id)
        await CandidateStep.insert(CandidateStep(candidate=candidate_id, state=state, on_date=day, recorded_at=_stamp()))
    for days_ago, next_in in actions:
        await MediationAction.insert(MediationAction(
            candidate=candidate_id, on_date=today - timedelta(days=days_ago), action="Gesprek met de werkgever",
            owner="Ingrid Wierenga", next_step="Proefdag plannen", next_step_on=today + timedelta(days=next_in),
            recorded_at=_stamp()))


async def load_aandebak(get_or_create, summary, ids: dict, worker_ids: list[int], today: date) -> None:
    sectors, wijk = await _sectors(), ids["neighbourhood"]
    for a, b in NEIGHBOURS:
        await get_or_create(summary, NeighbourhoodNeighbour, {"neighbourhood": wijk[a], "neighbour": wijk[b]}, {})
    employers = {name: await get_or_create(summary, Employer, {"name": name}, {"sector": sectors[code]})
                 for name, code in EMPLOYERS}
    agreements = []
    for employer, course, level, crebo, places, kind, place in AGREEMENTS:
        agreements.append(await get_or_create(summary, GuaranteeAgreement, {"employer": employers[employer],
                                                                            "course_name": course}, {
            "sector": sectors[dict(EMPLOYERS)[employer]], "course_level": level, "crebo": crebo,
            "places_per_year": places, "guarantee_kind": kind, "neighbourhood": wijk[place],
            "valid_from": date(today.year - 1, 1, 1)}))
    for index, (first, last, agreement, place, steps, actions) in enumerate(CANDIDATES):
        employer, course, level, crebo = AGREEMENTS[agreement][:4]
        await _candidate(get_or_create, summary, {
            "first_name": first, "last_name": last, "birth_date": date(today.year - 19 - index % 3, 3, 1 + index),
            "neighbourhood": wijk[place], "sector": sectors[dict(EMPLOYERS)[employer]],
            "agreement": agreements[agreement], "school": "Noorderpoort", "course_name": course,
            "course_level": level, "crebo": crebo, "starts_on": today - timedelta(days=700),
            "expected_diploma_on": today + timedelta(days=200 - 60 * index)}, steps, actions, today)
    await _vacancies(get_or_create, summary, ids, employers, sectors, today)
    for worker_id, codes in zip(worker_ids, SEEKER_SECTORS):
        if await JobSeekerProfile.exists().where(JobSeekerProfile.worker == worker_id):
            continue
        profile = await get_or_create(summary, JobSeekerProfile, {"worker": worker_id},
                                      {"ready_for_work": True, "wanted_hours_per_week": 24})
        await JobSeekerSector.insert(*[JobSeekerSector(profile=profile, sector=sectors[code]) for code in codes])


async def _vacancies(get_or_create, summary, ids: dict, employers: dict, sectors: dict, today: date) -> None:
    for title, employer, code, hours, place, places, needs in VACANCIES:
        if await Vacancy.exists().where(Vacancy.title == title):
            continue
        vacancy = await get_or_create(summary, Vacancy, {"title": title}, {
            "employer": employers[employer], "sector": sectors[code], "hours_per_week": hours,
            "neighbourhood": ids["neighbourhood"][place], "places": places, "created_on": today})
        for skill, level, certificate in needs:
            await VacancyRequirement.insert(VacancyRequirement(
                vacancy=vacancy, skill=ids["skill"][skill], min_level=level, certificate_required=certificate))
