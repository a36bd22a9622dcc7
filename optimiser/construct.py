"""One person's roster built day by day without a solver, for the person-by-person first roster.

It follows the rules that shape a long personal roster (one shift a day, rotations, most shifts
per type, minutes per week and period, runs of worked days and days off, weekends), paces the
worked minutes towards the period's limits and prefers the shifts with the highest gain. The
caller re-checks the result with the rules' own validators and falls back to CP-SAT when it fails.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .index import Index
from .rules.rest import clashes
from .rules.sequence import runs, weekends

BIG = 10**9


class _Person:
    """One worker's limits and options per day, plus the roster being built."""

    def __init__(self, index: Index, wi: int, gain: Callable[[int], int]):
        worker = index.workers[wi]
        self.index, self.wi, self.gain = index, wi, gain
        self.horizon = index.days
        self.options: list[list[int]] = [[] for _ in range(index.days)]
        for si in index.eligible[wi]:
            self.options[index.facts[si].day].append(si)
        self.weekend_of = {d: n for n, days in weekends(index).items() for d in days}
        self.barred: dict[str, set[str]] = {}
        for first, then in index.problem.cannot_follow:
            self.barred.setdefault(first, set()).add(then)
        self.max_run = worker.max_consecutive_days or BIG
        self.min_run = worker.min_consecutive_days or 1
        self.min_off = worker.min_consecutive_days_off or 1
        self.max_weekends = BIG if worker.max_weekends is None else worker.max_weekends
        self.max_minutes = BIG if worker.max_minutes is None else worker.max_minutes
        self.min_minutes = worker.min_minutes
        self.max_week = BIG if worker.max_minutes_per_week is None else worker.max_minutes_per_week
        self.type_limit = worker.max_shifts_per_type
        self.rest = worker.min_rest_minutes
        self.chosen: dict[int, int] = {}
        self.types: Counter = Counter()
        self.week_minutes: Counter = Counter()
        self.weekends: set[int] = set()
        self.total = 0

    # -- facts and bookkeeping -------------------------------------------------------------

    def kind(self, si: int) -> str:
        return self.index.shifts[si].shift_type

    def minutes(self, si: int) -> int:
        return self.index.facts[si].minutes

    def take(self, day: int, si: int) -> None:
        self.chosen[day] = si
        self.types[self.kind(si)] += 1
        self.week_minutes[self.index.facts[si].week] += self.minutes(si)
        self.total += self.minutes(si)
        if day in self.weekend_of:
            self.weekends.add(self.weekend_of[day])

    def drop(self, day: int) -> None:
        si = self.chosen.pop(day)
        self.types[self.kind(si)] -= 1
        self.week_minutes[self.index.facts[si].week] -= self.minutes(si)
        self.total -= self.minutes(si)
        if day in self.weekend_of and not any(d in self.chosen for d in self._weekend_days(day)):
            self.weekends.discard(self.weekend_of[day])

    def _weekend_days(self, day: int) -> list[int]:
        number = self.weekend_of[day]
        return [d for d, n in self.weekend_of.items() if n == number]

    def weekend_ok(self, day: int) -> bool:
        number = self.weekend_of.get(day)
        return number is None or number in self.weekends or len(self.weekends) < self.max_weekends

    def fits(self, day: int, si: int, replacing: int | None = None) -> bool:
        """Can this shift be worked on `day` next to the neighbouring days' shifts?"""
        kind, extra = self.kind(si), self.minutes(si) - (self.minutes(replacing) if replacing is not None else 0)
        same_type = replacing is not None and self.kind(replacing) == kind
        if not same_type and self.types[kind] >= self.type_limit.get(kind, BIG):
            return False
        if self.total + extra > self.max_minutes:
            return False
        if self.week_minutes[self.index.facts[si].week] + extra > self.max_week:
            return False
        before, after = self.chosen.get(day - 1), self.chosen.get(day + 1)
        if before is not None and (kind in self.barred.get(self.kind(before), ())
                                   or clashes(self.index.facts[before], self.index.facts[si], self.rest)):
            return False
        if after is not None and (self.kind(after) in self.barred.get(kind, ())
                                  or clashes(self.index.facts[si], self.index.facts[after], self.rest)):
            return False
        return True

    def sequence_ok(self) -> bool:
        """Runs and weekends of the days worked now, checked over the whole period."""
        worked = set(self.chosen)
        for first, last in runs(worked, self.horizon, True):
            if last - first + 1 > self.max_run:
                return False
            if last - first + 1 < self.min_run and first > 0 and last < self.horizon - 1:
                return False
        for first, last in runs(worked, self.horizon, False):
            if last - first + 1 < self.min_off and first > 0 and last < self.horizon - 1:
                return False
        return len(self.weekends) <= self.max_weekends


def _best(person: _Person, day: int, must_follow: bool) -> int | None:
    """The highest-gain shift that fits today; with `must_follow`, one that tomorrow can follow."""
    best, best_key = None, None
    for si in person.options[day]:
        if not person.fits(day, si):
            continue
        if must_follow and not _follows(person, day, si):
            continue
        key = (person.gain(si), -len(person.barred.get(person.kind(si), ())))
        if best_key is None or key > best_key:
            best, best_key = si, key
    return best


def _follows(person: _Person, day: int, si: int) -> bool:
    nxt = day + 1
    if nxt >= person.horizon:
        return True
    if not person.weekend_ok(nxt) and person.weekend_of.get(nxt) != person.weekend_of.get(day):
        return False
    barred, room = person.barred.get(person.kind(si), ()), person.max_minutes - person.total - person.minutes(si)
    return any(person.kind(t) not in barred and person.minutes(t) <= room
               and person.types[person.kind(t)] < person.type_limit.get(person.kind(t), BIG)
               for t in person.options[nxt])


def _workable(person: _Person, first: int, count: int) -> bool:
    """Whether days first..first+count-1 (within the period) all have something to work."""
    return all(person.options[d] and person.weekend_ok(d) and _weekend_on_pace(person, d)
               for d in range(first, min(first + count, person.horizon)))


def _weekend_on_pace(person: _Person, day: int) -> bool:
    """Spreads the worked weekends over the period instead of using them all up early."""
    number = person.weekend_of.get(day)
    if number is None or number in person.weekends or person.max_weekends >= BIG:
        return True
    numbers = sorted(set(person.weekend_of.values()))
    share = person.max_weekends * (numbers.index(number) + 1) / len(numbers)
    return len(person.weekends) < share + 1


def _forward(person: _Person) -> bool:
    """One pass over the days, keeping the runs legal and the minutes on pace."""
    workable = [bool(opts) for opts in person.options]
    left_after = [0] * (person.horizon + 1)
    for day in range(person.horizon - 1, -1, -1):
        left_after[day] = left_after[day + 1] + workable[day]
    total_workable = max(1, left_after[0])
    # Aim at the most minutes allowed: cutting back later is easier than finding more days.
    goal = person.max_minutes if person.max_minutes < BIG else person.min_minutes
    paced = goal > 0
    working, length, started = False, 0, 0
    for day in range(person.horizon):
        inner = started > 0
        forced_off = (working and length >= person.max_run) or (
            not working and inner and length < person.min_off)
        forced_work = working and inner and length < person.min_run
        pick = None
        if not forced_off:
            new_run = not working
            if new_run and day > 0 and not _workable(person, day, person.min_run):
                pick = None
            elif person.weekend_ok(day) and (forced_work or _weekend_on_pace(person, day)):
                run_start, run_length = (started, length + 1) if working else (day, 1)
                must_follow = run_start > 0 and run_length < person.min_run
                pick = _best(person, day, must_follow)
        if pick is not None and not forced_work:
            pace = goal * (total_workable - left_after[day + 1]) / total_workable
            behind = person.total + person.minutes(pick) <= pace + person.minutes(pick) / 2
            wanted = person.gain(pick) > 0 and person.total < pace + 3 * person.minutes(pick)
            if paced and not (behind or wanted):
                pick = None
            elif not paced and person.gain(pick) <= 0:
                pick = None
        if forced_work and pick is None:
            return False
        if pick is not None:
            person.take(day, pick)
        if (pick is not None) == working:
            length += 1
        else:
            working, length, started = pick is not None, 1, day
    return True


def _swap_minutes(person: _Person, longer: bool) -> None:
    """Moves worked days to longer (or shorter) shifts until the total is within the limits."""
    for day in sorted(person.chosen, key=lambda d: person.gain(person.chosen[d])):
        if person.min_minutes <= person.total <= person.max_minutes:
            return
        current = person.chosen[day]
        others = [si for si in person.options[day]
                  if (person.minutes(si) - person.minutes(current)) * (1 if longer else -1) > 0
                  and person.fits(day, si, replacing=current)]
        if others:
            si = max(others, key=person.gain)
            person.drop(day)
            person.take(day, si)


def _change_days(person: _Person, add: bool) -> None:
    """Adds (or removes) whole worked days while the runs stay legal, best gain first."""
    days = [d for d in range(person.horizon) if (d in person.chosen) != add and person.options[d]]
    for day in sorted(days, key=lambda d: 0 if add else person.gain(person.chosen[d])):
        if (add and person.total >= person.min_minutes) or (not add and person.total <= person.max_minutes):
            return
        if add:
            pick = _best(person, day, False)
            if pick is None or not person.weekend_ok(day):
                continue
            person.take(day, pick)
            if not person.sequence_ok():
                person.drop(day)
        else:
            si = person.chosen[day]
            person.drop(day)
            if not person.sequence_ok() or person.total < person.min_minutes:
                person.take(day, si)


def construct(index: Index, wi: int, gain: Callable[[int], int]) -> set[tuple[int, int]] | None:
    """A roster for one worker (all their hard rules hold), or None when this pass cannot find one."""
    worker = index.workers[wi]
    if worker.max_shifts_per_day != 1 or worker.cap_room is not None or any(w == wi for w, _ in index.pins):
        return None
    person = _Person(index, wi, gain)
    if not _forward(person):
        return None
    if person.total < person.min_minutes:
        _swap_minutes(person, longer=True)
        _change_days(person, add=True)
        _swap_minutes(person, longer=True)
    if person.total > person.max_minutes:
        _swap_minutes(person, longer=False)
        _change_days(person, add=False)
    if not person.min_minutes <= person.total <= person.max_minutes:
        return None
    return {(wi, si) for si in person.chosen.values()}
