"""The decision variables: one Boolean per (worker, shift) that could happen, plus derived day flags."""

from __future__ import annotations

from ortools.sat.python import cp_model

from .index import Index


class Variables:
    def __init__(self, model: cp_model.CpModel, index: Index, workers: list[int] | None = None):
        """Variables for all workers, or only for `workers` (a per-person sub-model)."""
        self.model = model
        self.index = index
        self.workers = list(range(len(index.workers))) if workers is None else workers
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        self.of_worker: list[list[tuple[int, cp_model.IntVar]]] = [[] for _ in index.workers]
        self.of_shift: list[list[tuple[int, cp_model.IntVar]]] = [[] for _ in index.shifts]
        for wi in self.workers:
            for si in index.eligible[wi]:
                var = model.new_bool_var(f"x_{wi}_{si}")
                self.x[wi, si] = var
                self.of_worker[wi].append((si, var))
                self.of_shift[si].append((wi, var))
        self._work: dict[tuple[int, int], cp_model.IntVar] = {}
        self._false: cp_model.IntVar | None = None
        self._by_day: dict[int, dict[int, list[cp_model.IntVar]]] = {}

    def on_day(self, wi: int) -> dict[int, list[cp_model.IntVar]]:
        if wi not in self._by_day:
            out: dict[int, list[cp_model.IntVar]] = {}
            for si, var in self.of_worker[wi]:
                out.setdefault(self.index.facts[si].day, []).append(var)
            self._by_day[wi] = out
        return self._by_day[wi]

    def false(self) -> cp_model.IntVar:
        if self._false is None:
            self._false = self.model.new_bool_var("never")
            self.model.add(self._false == 0)
        return self._false

    def work(self, wi: int, day: int) -> cp_model.IntVar:
        """A literal that is true exactly when the worker works on that day (made once, reused)."""
        if (wi, day) in self._work:
            return self._work[wi, day]
        shifts = self.on_day(wi).get(day, [])
        if not shifts:
            return self.false()
        if len(shifts) == 1:
            lit = shifts[0]
        else:
            lit = self.model.new_bool_var(f"work_{wi}_{day}")
            for var in shifts:
                self.model.add_implication(var, lit)
            self.model.add_bool_or(shifts).only_enforce_if(lit)
        self._work[wi, day] = lit
        return lit
