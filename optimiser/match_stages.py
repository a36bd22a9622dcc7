"""The first two matching stages, computed exactly with OR-Tools max-flow.

Reach is the maximum flow source -> person (1) -> opening (1) -> sink (capacity). The max-min
score is the highest score t such that the pairs scoring at least t still reach that many
people: feasibility only grows as t falls, so a binary search over the distinct scores finds it.
"""

from __future__ import annotations

from ortools.graph.python import max_flow, min_cost_flow

Pair = tuple[int, str, str]  # (score, person id, opening id)


def max_reach(pairs: list[Pair], capacity: dict[str, int]) -> int:
    if not pairs:
        return 0
    people = {person: i + 2 for i, person in enumerate(sorted({p for _, p, _ in pairs}))}
    first = len(people) + 2
    openings = {opening: first + i for i, opening in enumerate(sorted({o for _, _, o in pairs}))}
    flow = max_flow.SimpleMaxFlow()
    for node in people.values():
        flow.add_arc_with_capacity(0, node, 1)
    for opening, node in openings.items():
        flow.add_arc_with_capacity(node, 1, capacity[opening])
    for _, person, opening in pairs:
        flow.add_arc_with_capacity(people[person], openings[opening], 1)
    if flow.solve(0, 1) != flow.OPTIMAL:
        raise RuntimeError("max flow failed")
    return flow.optimal_flow()


def best_threshold(pairs: list[Pair], capacity: dict[str, int], reach: int) -> int:
    """The largest score t for which pairs scoring >= t still match `reach` people."""
    scores = sorted({score for score, _, _ in pairs})
    low, high = 0, len(scores) - 1  # scores[low] always works: it keeps every pair
    while low < high:
        middle = (low + high + 1) // 2
        if max_reach([pair for pair in pairs if pair[0] >= scores[middle]], capacity) >= reach:
            low = middle
        else:
            high = middle - 1
    return scores[low]


def best_total(pairs: list[Pair], capacity: dict[str, int], reach: int) -> set[tuple[str, str]]:
    """Stage 3 as a min-cost flow: exactly `reach` people, the highest total score.

    Cost per pair is (top score - score), never negative; with the flow fixed at `reach`, the
    cheapest flow is the matching with the highest total.
    """
    top = max(score for score, _, _ in pairs)
    people = {person: i + 2 for i, person in enumerate(sorted({p for _, p, _ in pairs}))}
    first = len(people) + 2
    openings = {opening: first + i for i, opening in enumerate(sorted({o for _, _, o in pairs}))}
    flow = min_cost_flow.SimpleMinCostFlow()
    for node in people.values():
        flow.add_arc_with_capacity_and_unit_cost(0, node, 1, 0)
    for opening, node in openings.items():
        flow.add_arc_with_capacity_and_unit_cost(node, 1, capacity[opening], 0)
    arcs = {}
    for score, person, opening in pairs:
        arc = flow.add_arc_with_capacity_and_unit_cost(people[person], openings[opening], 1, top - score)
        arcs[arc] = (person, opening)
    flow.set_node_supply(0, reach)
    flow.set_node_supply(1, -reach)
    if flow.solve() != flow.OPTIMAL:
        raise RuntimeError("min-cost flow failed")
    return {pair for arc, pair in arcs.items() if flow.flow(arc)}
