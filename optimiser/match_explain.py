"""Why a person got no proposal: openings taken by others, and the hard reasons across the rest.

Each reason's `points` counts the openings it applied to, so ("missing_certificate", 3) reads
as: three openings ask for a certificate this person does not hold.
"""

from __future__ import annotations

from .match_schema import MatchProblem, Reason, Unmatched

# Reasons only an unmatched person gets (besides the hard reason codes of match_scoring).
EXPLAIN_CODES = frozenset({"capacity_full", "not_in_top_k", "no_openings"})


def explain_person(person: str, refused: dict[str, int], considered: set[tuple[str, str]],
                   skipped: int = 0) -> tuple[Reason, ...]:
    full = sorted(opening for who, opening in considered if who == person)
    reasons = []
    if full:
        # At the optimum every opening this person could take is full: else matching them adds one.
        reasons.append(Reason("capacity_full", len(full), ", ".join(full)))
    if skipped:
        reasons.append(Reason("not_in_top_k", skipped))
    reasons += [Reason(code, n) for code, n in sorted(refused.items(), key=lambda item: (-item[1], item[0]))]
    return tuple(reasons) or (Reason("no_openings", 0),)


def explain_unmatched(problem: MatchProblem, refused: dict[str, dict[str, int]], matched: set[str],
                      considered: set[tuple[str, str]]) -> tuple[Unmatched, ...]:
    by_person: dict[str, set[tuple[str, str]]] = {}
    for pair in considered:
        by_person.setdefault(pair[0], set()).add(pair)
    return tuple(Unmatched(person.id, explain_person(person.id, refused.get(person.id, {}),
                                                     by_person.get(person.id, set())))
                 for person in problem.people if person.id not in matched)
