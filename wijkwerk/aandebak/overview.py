"""Overviews for managers (pipeline per sector and employer, places per agreement) and the
aggregate AanDeBak figures an impact report can call (counts only, no personal data).
"""

from __future__ import annotations

from datetime import date

from wijkwerk.aandebak.mediation import mediation_list
from wijkwerk.aandebak.records import list_agreements
from wijkwerk.tables import Candidate, CandidateFollowUp, JobOffer
from wijkwerk.tables.enums import CandidateState, values

STATES = values(CandidateState)


def _tally(rows: list[dict], key: str) -> list[dict]:
    groups: dict[str, dict] = {}
    for row in rows:
        name = row[key] or "—"
        group = groups.setdefault(name, {"name": name, **{state: 0 for state in STATES}, "total": 0})
        group[row["state"]] += 1
        group["total"] += 1
    return sorted(groups.values(), key=lambda group: group["name"])


async def pipeline(by: str) -> list[dict]:
    """Candidates per state, grouped by "sector" or "employer" (of the guarantee they hold)."""
    rows = await Candidate.select(
        Candidate.state, Candidate.sector.code.as_alias("sector"),
        Candidate.agreement.employer.name.as_alias("employer"),
    )
    return _tally(rows, by)


async def places(year: int) -> list[dict]:
    """Per agreement: places in the year, placed, open offers, and places left."""
    agreements = await list_agreements()
    placed = await Candidate.select(Candidate.agreement, Candidate.placed_on).where(
        (Candidate.state == "placed") & (Candidate.placed_on >= date(year, 1, 1))
        & (Candidate.placed_on <= date(year, 12, 31)))
    offers = await JobOffer.select(JobOffer.agreement).where(
        (JobOffer.status == "open") & JobOffer.agreement.is_not_null())
    result = []
    for agreement in agreements:
        used = sum(1 for row in placed if row["agreement"] == agreement["id"])
        offered = sum(1 for row in offers if row["agreement"] == agreement["id"])
        left = max(0, agreement["places_per_year"] - used)
        result.append({**agreement, "year": year, "used": used, "offered": offered, "left": left})
    return result


async def follow_ups_due(day: date) -> list[dict]:
    return await CandidateFollowUp.select(
        CandidateFollowUp.id, CandidateFollowUp.months, CandidateFollowUp.due_on,
        CandidateFollowUp.candidate.as_alias("candidate_id"),
        CandidateFollowUp.candidate.first_name.as_alias("first_name"),
        CandidateFollowUp.candidate.last_name.as_alias("last_name"),
    ).where((CandidateFollowUp.due_on <= day) & CandidateFollowUp.answered_on.is_null()).order_by(
        CandidateFollowUp.due_on)


async def overview(day: date) -> dict:
    mediation = await mediation_list(day)
    return {
        "by_sector": await pipeline("sector"), "by_employer": await pipeline("employer"),
        "places": await places(day.year), "mediation": mediation,
        "overdue": [row for row in mediation if row["status"] == "overdue"],
        "follow_ups_due": await follow_ups_due(day), "states": STATES,
    }


# Aggregates for impact reports: counts only, over [start, end] (inclusive).

async def guarantees_held(start: date, end: date) -> int:
    """Candidates holding a guarantee whose course started on or before `end`."""
    return await Candidate.count().where(Candidate.agreement.is_not_null() & (Candidate.starts_on <= end))


async def diplomas_obtained(start: date, end: date) -> int:
    return await Candidate.count().where((Candidate.diploma_on >= start) & (Candidate.diploma_on <= end))


async def placements(start: date, end: date) -> int:
    return await Candidate.count().where((Candidate.placed_on >= start) & (Candidate.placed_on <= end))


async def in_mediation(day: date) -> int:
    return len(await mediation_list(day))


async def follow_ups(start: date, end: date) -> dict[int, dict[str, int]]:
    """Per follow-up point (6, 12 months): due in the period, answered, and still employed."""
    rows = await CandidateFollowUp.select(
        CandidateFollowUp.months, CandidateFollowUp.answered_on, CandidateFollowUp.still_employed,
    ).where((CandidateFollowUp.due_on >= start) & (CandidateFollowUp.due_on <= end))
    result: dict[int, dict[str, int]] = {}
    for row in rows:
        point = result.setdefault(row["months"], {"due": 0, "answered": 0, "still_employed": 0})
        point["due"] += 1
        point["answered"] += row["answered_on"] is not None
        point["still_employed"] += bool(row["still_employed"])
    return result


async def aandebak_counts(start: date, end: date) -> dict:
    """All AanDeBak figures for an impact report in one call (the report applies suppression)."""
    return {
        "guarantees": await guarantees_held(start, end), "diplomas": await diplomas_obtained(start, end),
        "placements": await placements(start, end), "in_mediation": await in_mediation(end),
        "follow_ups": await follow_ups(start, end),
    }
