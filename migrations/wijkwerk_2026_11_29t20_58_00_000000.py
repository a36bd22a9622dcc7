"""AanDeBak and matching: seed the sectors from domain.md, and database-enforced rules.

Sectors are data (an admin can add more); the seven AanDeBak sectors come first, then a few
sectors regular vacancies for workers are often in.
"""

from migrations.rules_sql import in_values, manager_for, run

ID = "2026-11-29T20:58:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "seed sectors; aandebak and vacancy checks"

SOURCE_SECTORS = [
    ("zorg", "Zorg", "Care"),
    ("techniek", "Techniek", "Technology"),
    ("haven", "Haven", "Port"),
    ("kinderopvang", "Kinderopvang", "Childcare"),
    ("politie", "Politie", "Police"),
    ("bouw", "Bouw", "Construction"),
    ("onderwijs", "Onderwijs", "Education"),
    ("groen", "Groen", "Green maintenance"),
    ("schoonmaak", "Schoonmaak", "Cleaning"),
    ("logistiek", "Logistiek", "Logistics"),
    ("horeca", "Horeca", "Hospitality"),
    ("detailhandel", "Detailhandel", "Retail"),
]

UNIQUES = {
    "uq_job_seeker_sector": ("job_seeker_sector", ["profile", "sector"]),
    "uq_candidate_follow_up": ("candidate_follow_up", ["candidate", "months"]),
    "uq_neighbourhood_neighbour": ("neighbourhood_neighbour", ["neighbourhood", "neighbour"]),
}

CHECKS = {
    "ck_agreement_level": ("guarantee_agreement", "{n}course_level BETWEEN 1 AND 4"),
    "ck_agreement_places": ("guarantee_agreement", "{n}places_per_year >= 0 AND {n}places_per_year <= 100000"),
    "ck_agreement_kind": ("guarantee_agreement", in_values("guarantee_kind", ["job", "internship", "interview"])),
    "ck_agreement_validity": ("guarantee_agreement", "{n}valid_until IS NULL OR {n}valid_until >= {n}valid_from"),
    "ck_candidate_state": (
        "candidate", in_values("state", ["enrolled", "diploma", "offer", "placed", "closed"]),
    ),
    "ck_candidate_level": ("candidate", "{n}course_level BETWEEN 1 AND 4"),
    "ck_candidate_diploma": ("candidate", "{n}diploma_on IS NULL OR {n}diploma_on >= {n}starts_on"),
    "ck_vacancy_places": ("vacancy", "{n}places >= 1 AND {n}places <= 10000"),
    "ck_vacancy_hours": ("vacancy", "{n}hours_per_week >= 1 AND {n}hours_per_week <= 60"),
    "ck_vacancy_status": ("vacancy", in_values("status", ["open", "closed"])),
    "ck_offer_status": ("job_offer", in_values("status", ["open", "accepted", "declined"])),
    "ck_offer_person": ("job_offer", "({n}worker IS NULL) <> ({n}candidate IS NULL)"),
    "ck_neighbour_not_self": ("neighbourhood_neighbour", "{n}neighbourhood <> {n}neighbour"),
}


def _seed_statements(engine_type: str) -> list[str]:
    return [
        f"INSERT INTO sector (code, name_nl, name_en, mediation_after_weeks) VALUES ('{code}', '{nl}', '{en}', 12)"
        for code, nl, en in SOURCE_SECTORS
    ]


def _unseed_statements(engine_type: str) -> list[str]:
    codes = ", ".join(f"'{code}'" for code, _, _ in SOURCE_SECTORS)
    return [f"DELETE FROM sector WHERE code IN ({codes})"]


async def forwards():
    manager = manager_for(ID, DESCRIPTION, UNIQUES, CHECKS)

    async def seed():
        await run(_seed_statements)

    async def unseed():
        await run(_unseed_statements)

    manager.add_raw(seed)
    manager.add_raw_backwards(unseed)
    return manager
