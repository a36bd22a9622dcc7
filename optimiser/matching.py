"""Job matching: people against openings (vacancy places and guarantee places), solved with CP-SAT.

`match(problem) -> MatchResult` is pure: dataclasses in, dataclasses out, no I/O.

Hard rules: a person gets at most one proposal; an opening gets at most `capacity` people;
only feasible pairs (see `match_scoring`) can be proposed.

The objective is lexicographic; each stage holds the optimum of the stages before it:

1. **Reach**: maximise the number of people matched. Nobody who could be placed is left out
   so that someone else gains a few points: if A's only good option is O and B could take O
   or P, B gets P and A gets O.
2. **Worst-off first (max-min)**: among matchings of that size, maximise the lowest score of
   any matched person.
3. **Total**: with both held, maximise the sum of the scores.

Stages 1 and 2 are computed exactly with OR-Tools max-flow (`match_stages`): reach is a
maximum flow, and the max-min score is the highest threshold at which the pairs scoring at
least that much still reach that many people. Stage 3 keeps only those pairs, fixes the number
matched, and maximises the total with CP-SAT; above `MatchSettings.cp_sat_max_pairs` pairs it
uses OR-Tools min-cost flow instead, which is exact too and takes milliseconds where CP-SAT on
2 workers needed 8-10 s for 20,000 pairs (measured; see docs/matching.md).

Optional reduction (`MatchSettings.top_k`): keep only each person's k best feasible pairs
(ties by opening id); the result is then optimal for that reduced pair set.
"""

from __future__ import annotations

import heapq
import time

from ortools.sat.python import cp_model

from .match_explain import explain_unmatched
from .match_schema import MatchProblem, MatchResult, Proposal
from .match_scoring import quick_score, score_pair
from .match_stages import best_threshold, best_total, max_reach

Pair = tuple[int, str, str]  # (score, person id, opening id)


def usable_pairs(problem: MatchProblem) -> tuple[list[Pair], dict[str, dict[str, int]]]:
    """Feasible pairs (top-k per person when set) and, per person, how often each hard reason hit."""
    settings, pairs, refused = problem.settings, [], {}
    openings = [opening for opening in problem.openings if opening.capacity > 0]
    for person in problem.people:
        good, codes = [], {}
        for opening in openings:
            result = quick_score(person, opening, problem.neighbours, settings)
            if isinstance(result, str):
                codes[result] = codes.get(result, 0) + 1
            else:
                good.append((result, person.id, opening.id))
        refused[person.id] = codes
        if settings.top_k is not None:
            good = heapq.nsmallest(settings.top_k, good, key=lambda pair: (-pair[0], pair[2]))
        pairs += good
    return pairs, refused


def _best_total(pairs: list[Pair], problem: MatchProblem, reach: int) -> tuple[set[tuple[str, str]], bool]:
    model = cp_model.CpModel()
    choose = {(person, opening): model.NewBoolVar("") for _, person, opening in pairs}
    by_person: dict[str, list] = {}
    by_opening: dict[str, list] = {}
    for (person, opening), var in choose.items():
        by_person.setdefault(person, []).append(var)
        by_opening.setdefault(opening, []).append(var)
    for variables in by_person.values():
        model.AddAtMostOne(variables)
    capacity = {opening.id: opening.capacity for opening in problem.openings}
    for opening, variables in by_opening.items():
        if len(variables) > capacity[opening]:
            model.Add(sum(variables) <= capacity[opening])
    model.Add(sum(choose.values()) == reach)
    model.Maximize(sum(score * choose[(person, opening)] for score, person, opening in pairs))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = problem.settings.time_limit_seconds
    solver.parameters.num_workers = problem.settings.workers
    # The LP relaxation of an assignment is nearly integral: let the first worker use it fully.
    solver.parameters.linearization_level = 2
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise RuntimeError(f"matching stage 3 found no solution ({solver.StatusName(status)})")
    return {key for key, var in choose.items() if solver.Value(var)}, status == cp_model.OPTIMAL


def match(problem: MatchProblem) -> MatchResult:
    started = time.perf_counter()
    pairs, refused = usable_pairs(problem)
    capacity = {opening.id: opening.capacity for opening in problem.openings}
    reach = max_reach(pairs, capacity)
    if reach == 0:
        unmatched = explain_unmatched(problem, refused, set(), set())
        return MatchResult("empty", (), unmatched, 0, None, 0, len(pairs), time.perf_counter() - started)
    worst = best_threshold(pairs, capacity, reach)
    kept = [pair for pair in pairs if pair[0] >= worst]
    if len(kept) <= problem.settings.cp_sat_max_pairs:
        chosen, optimal = _best_total(kept, problem, reach)
    else:
        chosen, optimal = best_total(kept, capacity, reach), True
    people = {person.id: person for person in problem.people}
    openings = {opening.id: opening for opening in problem.openings}
    proposals = tuple(
        Proposal(person, opening, scored.score, scored.reasons)
        for person, opening in sorted(chosen)
        for scored in [score_pair(people[person], openings[opening], problem.neighbours, problem.settings)])
    considered = {(person, opening) for _, person, opening in pairs}
    unmatched = explain_unmatched(problem, refused, {p.person for p in proposals}, considered)
    scores = [proposal.score for proposal in proposals]
    return MatchResult("optimal" if optimal else "feasible", proposals, unmatched, len(proposals),
                       min(scores), sum(scores), len(pairs), time.perf_counter() - started)
