"""A roster as plain data (who works which shift), with the lookups the rule checks need.

The validator and the explanations read rosters through this class; it never touches the solver.
"""

from __future__ import annotations

from functools import cached_property

from .index import Index


class Plan:
    def __init__(self, index: Index, pairs: set[tuple[int, int]]):
        self.index = index
        self.pairs = frozenset(pairs)

    @cached_property
    def shifts_of(self) -> list[list[int]]:
        """Per worker, their shifts sorted by start time."""
        out: list[list[int]] = [[] for _ in self.index.workers]
        for wi, si in self.pairs:
            out[wi].append(si)
        for shifts in out:
            shifts.sort(key=lambda si: (self.index.facts[si].start, si))
        return out

    @cached_property
    def workers_of(self) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in self.index.shifts]
        for wi, si in sorted(self.pairs):
            out[si].append(wi)
        return out

    def worked_minutes(self, wi: int) -> int:
        return self._totals[wi]

    @cached_property
    def _totals(self) -> list[int]:
        return [sum(self.index.facts[si].minutes for si in shifts) for shifts in self.shifts_of]

    def days_worked(self, wi: int) -> set[int]:
        return {self.index.facts[si].day for si in self.shifts_of[wi]}

    def minutes_by(self, wi: int, key: str) -> dict[int, list[int]]:
        """Per day (key="day") or week ("week"): [shifts, minutes] this worker has there (cached)."""
        cache = self.__dict__.setdefault("_by_" + key, {})
        if wi not in cache:
            out: dict[int, list[int]] = {}
            for si in self.shifts_of[wi]:
                slot = out.setdefault(getattr(self.index.facts[si], key), [0, 0])
                slot[0] += 1
                slot[1] += self.index.facts[si].minutes
            cache[wi] = out
        return cache[wi]

    def cost_by(self, wi: int, key: str) -> dict[str, int]:
        """Compensation per calendar month (key="month") or year (key="year")."""
        out: dict[str, int] = {}
        for si in self.shifts_of[wi]:
            period = getattr(self.index.facts[si], key)
            out[period] = out.get(period, 0) + self.index.cost(wi, si)
        return out
