"""Scores one person against one opening, with a named reason for every point given or refused.

Hard reasons make a pair infeasible (missing certificate, hours too far apart, diploma not
matching the agreement, a worker on a guarantee place, a score below the minimum); the rest add
points: skills up to 30, sector 20, hours 20, travel 20, and for guarantees diploma 10 and
holding this very guarantee 5.
"""

from __future__ import annotations

from .match_schema import GUARANTEE, Diploma, MatchSettings, Opening, PairScore, Person, Reason

SKILL_POINTS = 30
SECTOR_POINTS = 20
HOURS_POINTS = 20
TRAVEL_POINTS = 20
NEIGHBOUR_POINTS = 12
UNKNOWN_PLACE_POINTS = 6
DIPLOMA_POINTS = 10
HOLDER_POINTS = 5
# Hard reasons: any of these makes the pair infeasible.
HARD_CODES = frozenset({"missing_certificate", "hours", "no_diploma", "diploma_mismatch",
                        "guarantee_for_candidates", "low_score"})
SCORE_CODES = frozenset({"skills", "skill_below_level", "sector_preferred", "sector_no_preference", "sector_other",
                         "hours_fit", "travel_same", "travel_neighbouring", "travel_unknown", "travel_far",
                         "diploma_match", "holds_guarantee"})


def diploma_matches(held: Diploma, asked: Diploma) -> bool:
    """Same course (by crebo code when both have one, else by name) at the asked level or higher."""
    if held.crebo and asked.crebo:
        same = held.crebo == asked.crebo
    else:
        same = held.course.strip().casefold() == asked.course.strip().casefold()
    return same and held.level >= asked.level


def skills_reasons(person: Person, opening: Opening) -> list[Reason]:
    if not opening.requirements:
        return [Reason("skills", SKILL_POINTS, "geen eisen")]
    reasons, units = [], 0
    for need in opening.requirements:
        if need.certificate and need.skill not in person.certificates:
            reasons.append(Reason("missing_certificate", 0, need.skill))
        level = person.skills.get(need.skill, 0)
        units += 2 if level >= need.min_level else (1 if level else 0)
        if level < need.min_level:
            reasons.append(Reason("skill_below_level", 0, f"{need.skill} {level}/{need.min_level}"))
    points = SKILL_POINTS * units // (2 * len(opening.requirements))
    return [Reason("skills", points, f"{units}/{2 * len(opening.requirements)}"), *reasons]


def sector_reason(person: Person, opening: Opening) -> Reason:
    if opening.sector in person.preferred_sectors:
        return Reason("sector_preferred", SECTOR_POINTS, opening.sector)
    if not person.preferred_sectors:
        return Reason("sector_no_preference", SECTOR_POINTS // 2, opening.sector)
    return Reason("sector_other", 0, opening.sector)


def hours_reason(person: Person, opening: Opening, tolerance: int) -> Reason:
    gap = abs(opening.hours - person.wanted_hours)
    detail = f"{opening.hours}/{person.wanted_hours}"
    if gap > tolerance:
        return Reason("hours", 0, detail)
    return Reason("hours_fit", max(0, HOURS_POINTS - 2 * gap), detail)


def travel_reason(person: Person, opening: Opening, neighbours: frozenset[tuple[str, str]]) -> Reason:
    home, work = person.neighbourhood, opening.neighbourhood
    if home is None or work is None:
        return Reason("travel_unknown", UNKNOWN_PLACE_POINTS)
    if home == work:
        return Reason("travel_same", TRAVEL_POINTS, work)
    if (home, work) in neighbours or (work, home) in neighbours:
        return Reason("travel_neighbouring", NEIGHBOUR_POINTS, work)
    return Reason("travel_far", 0, work)


def guarantee_reasons(person: Person, opening: Opening) -> list[Reason]:
    if not person.is_candidate:
        return [Reason("guarantee_for_candidates", 0)]
    if person.diploma is None:
        return [Reason("no_diploma", 0)]
    if opening.diploma is not None and not diploma_matches(person.diploma, opening.diploma):
        return [Reason("diploma_mismatch", 0, opening.diploma.course)]
    reasons = [Reason("diploma_match", DIPLOMA_POINTS, person.diploma.course)]
    if person.guarantee == opening.id:
        reasons.append(Reason("holds_guarantee", HOLDER_POINTS))
    return reasons


def score_pair(person: Person, opening: Opening, neighbours: frozenset[tuple[str, str]],
               settings: MatchSettings) -> PairScore:
    reasons = skills_reasons(person, opening)
    reasons += [sector_reason(person, opening), hours_reason(person, opening, settings.hours_tolerance),
                travel_reason(person, opening, neighbours)]
    if opening.kind == GUARANTEE:
        reasons += guarantee_reasons(person, opening)
    score = sum(reason.points for reason in reasons)
    feasible = not any(reason.code in HARD_CODES for reason in reasons)
    if feasible and score < settings.min_score:
        reasons.append(Reason("low_score", 0, f"{score}<{settings.min_score}"))
        feasible = False
    return PairScore(person.id, opening.id, feasible, score, tuple(reasons))


def ranked(scores: list[PairScore]) -> list[PairScore]:
    """Feasible pairs first, best score first; ties by id so the order is stable."""
    return sorted(scores, key=lambda s: (not s.feasible, -s.score, s.opening, s.person))


def quick_score(person: Person, opening: Opening, neighbours: frozenset[tuple[str, str]],
                settings: MatchSettings) -> int | str:
    """The score of a feasible pair, or the first hard reason's code; no Reason objects.

    The same arithmetic as `score_pair` (a property test holds them equal), written for speed:
    matching scores every person against every opening.
    """
    gap = abs(opening.hours - person.wanted_hours)
    if gap > settings.hours_tolerance:
        return "hours"
    score = max(0, HOURS_POINTS - 2 * gap)
    if opening.kind == GUARANTEE:
        if not person.is_candidate:
            return "guarantee_for_candidates"
        if person.diploma is None:
            return "no_diploma"
        if opening.diploma is not None and not diploma_matches(person.diploma, opening.diploma):
            return "diploma_mismatch"
        score += DIPLOMA_POINTS + (HOLDER_POINTS if person.guarantee == opening.id else 0)
    if opening.requirements:
        units = 0
        for need in opening.requirements:
            if need.certificate and need.skill not in person.certificates:
                return "missing_certificate"
            level = person.skills.get(need.skill, 0)
            units += 2 if level >= need.min_level else (1 if level else 0)
        score += SKILL_POINTS * units // (2 * len(opening.requirements))
    else:
        score += SKILL_POINTS
    if opening.sector in person.preferred_sectors:
        score += SECTOR_POINTS
    elif not person.preferred_sectors:
        score += SECTOR_POINTS // 2
    home, work = person.neighbourhood, opening.neighbourhood
    if home is None or work is None:
        score += UNKNOWN_PLACE_POINTS
    elif home == work:
        score += TRAVEL_POINTS
    elif (home, work) in neighbours or (work, home) in neighbours:
        score += NEIGHBOUR_POINTS
    return score if score >= settings.min_score else "low_score"
