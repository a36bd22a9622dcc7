"""Fairness metrics of a roster: largest relative shortfall, Jain's index and the Gini coefficient.

Each is computed on fulfilment (worked / target, capped at 1) for this period and cumulatively
with the history carried in. Pure functions on numbers, so reports can reuse them.
"""

from __future__ import annotations

from .plan import Plan


def jain(values: list[float]) -> float:
    """(sum x)^2 / (n * sum x^2): 1 when all are equal, 1/n when one person gets everything."""
    squares = sum(v * v for v in values)
    if not values or squares == 0:
        return 1.0
    return sum(values) ** 2 / (len(values) * squares)


def gini(values: list[float]) -> float:
    """Mean absolute difference over twice the mean: 0 is perfectly equal."""
    n, total = len(values), sum(values)
    if n == 0 or total == 0:
        return 0.0
    ordered = sorted(values)
    weighted = sum((2 * (i + 1) - n - 1) * v for i, v in enumerate(ordered))
    return weighted / (n * total)


def max_relative_shortfall(pairs: list[tuple[int, int]]) -> float:
    """Largest max(0, target - worked) / target over (worked, target) pairs with a target."""
    return max((max(0, t - w) / t for w, t in pairs if t > 0), default=0.0)


def _summary(pairs: list[tuple[int, int]]) -> dict[str, float]:
    fulfilment = [min(1.0, w / t) for w, t in pairs if t > 0]
    return {"max_relative_shortfall": round(max_relative_shortfall(pairs), 4),
            "jain": round(jain(fulfilment), 4), "gini": round(gini(fulfilment), 4),
            "workers_with_target": len(fulfilment)}


def fairness_metrics(plan: Plan) -> dict[str, dict[str, float]]:
    week, cumulative = [], []
    for wi, worker in enumerate(plan.index.workers):
        worked = plan.worked_minutes(wi)
        week.append((worked, worker.target_minutes))
        cumulative.append((worked + worker.history.worked_minutes,
                           worker.target_minutes + worker.history.target_minutes))
    return {"period": _summary(week), "cumulative": _summary(cumulative)}
