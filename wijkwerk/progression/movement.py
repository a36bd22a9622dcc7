"""Ladder movement between two dates, for impact reports: how many people went up, stayed or went down.

`ladder_movement` is pure (measurements in, counts out); `ladder_movement_between` reads the
default instrument's measurements from the database and calls it. Reports apply their own
small-group suppression on the counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wijkwerk.tables import ProgressionMeasurement


@dataclass(frozen=True)
class LadderPoint:
    worker_id: int
    measured_on: date
    step: int


@dataclass(frozen=True)
class LadderMovement:
    up: int
    same: int
    down: int
    steps_gained: int  # the sum of all changes (up minus down, in steps)

    @property
    def people(self) -> int:
        return self.up + self.same + self.down


def ladder_movement(points: Iterable[LadderPoint], start: date, end: date) -> LadderMovement:
    """Compare each worker's starting step with their last step by `end`.

    The starting step is the latest measurement on or before `start`, or else the first one in
    the period. A worker counts only with two different measurements, so nobody is reported
    as "stayed the same" on a single measurement (do not over-claim).
    """
    by_worker: dict[int, list[LadderPoint]] = {}
    for point in sorted(points, key=lambda p: (p.worker_id, p.measured_on)):
        if point.measured_on <= end:
            by_worker.setdefault(point.worker_id, []).append(point)
    up = same = down = gained = 0
    for history in by_worker.values():
        before = [p for p in history if p.measured_on <= start]
        during = [p for p in history if start < p.measured_on]
        first = before[-1] if before else (during[0] if during else None)
        last = history[-1]
        if first is None or first is last:
            continue
        change = last.step - first.step
        gained += change
        up, same, down = up + (change > 0), same + (change == 0), down + (change < 0)
    return LadderMovement(up, same, down, gained)


async def ladder_points(end: date) -> list[LadderPoint]:
    rows = await ProgressionMeasurement.select(
        ProgressionMeasurement.worker, ProgressionMeasurement.measured_on,
        ProgressionMeasurement.level.rank.as_alias("step"),
    ).where(ProgressionMeasurement.level.dimension.instrument.is_default.eq(True),
            ProgressionMeasurement.measured_on <= end).order_by(ProgressionMeasurement.id)
    return [LadderPoint(row["worker"], row["measured_on"], row["step"]) for row in rows]


async def ladder_movement_between(start: date, end: date) -> LadderMovement:
    """Movement on the Participatieladder (the default instrument) between `start` and `end`."""
    return ladder_movement(await ladder_points(end), start, end)
