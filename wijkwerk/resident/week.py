"""A resident's published shifts for this week and next: only their own, teammates by first name."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from wijkwerk.common.raw_reads import fetch_all, placeholders
from wijkwerk.shifts.weeks import iso_week_of, week_range_utc
from wijkwerk.tables.enums import RosterStatus


# Hand-written: this page is opened all day, and Piccolo rebuilt these joins' SQL on every view,
# which cost more than the queries (wijkwerk/common/raw_reads.py, docs/BENCHMARKS.md).
_MY_SHIFTS = """
SELECT a.id, a.roster, a.shift, a.role, s.starts_at, s.ends_at, s.note, j.title, j.meeting_point, j.address,
       j.what_to_bring, j.supervisor_name, j.supervisor_phone,
       EXISTS (SELECT 1 FROM absence_report AS ar WHERE ar.assignment = a.id) AS reported_absent
FROM assignment AS a
JOIN roster AS r ON r.id = a.roster
JOIN shift AS s ON s.id = a.shift
JOIN job AS j ON j.id = s.job
WHERE a.worker = {} AND r.status = {} AND s.cancelled = {} AND s.starts_at >= {} AND s.starts_at < {}
ORDER BY s.starts_at, a.id
"""
# Teammates by first name only: a resident sees who they work with, nothing more (privacy).
_TEAMMATES = """
SELECT a.roster, a.shift, w.first_name FROM assignment AS a JOIN worker AS w ON w.id = a.worker
WHERE a.roster IN ({rosters}) AND a.shift IN ({shifts}) AND a.worker <> {{}}
"""
# Per current roster: the resident's own shifts in the version of that week they last saw, i.e.
# the newest version published before their last visit (a row with a NULL shift when they had
# none in it; no row when no version was published yet). Only their own rows are read: a week's
# roster holds thousands of other people's.
_SEEN_SHIFTS = """
SELECT current.id AS roster, a.shift
FROM roster AS current
JOIN roster AS seen ON seen.iso_year = current.iso_year AND seen.iso_week = current.iso_week
     AND seen.published_at IS NOT NULL AND seen.published_at <= {{}}
LEFT JOIN assignment AS a ON a.roster = seen.id AND a.worker = {{}}
WHERE current.id IN ({rosters}) AND NOT EXISTS (
    SELECT 1 FROM roster AS newer
    WHERE newer.iso_year = seen.iso_year AND newer.iso_week = seen.iso_week AND newer.published_at IS NOT NULL
      AND newer.published_at <= {{}}
      AND (newer.published_at > seen.published_at OR (newer.published_at = seen.published_at AND newer.id > seen.id)))
"""
_LOST_SHIFTS = """
SELECT s.id, s.starts_at, j.title FROM shift AS s JOIN job AS j ON j.id = s.job WHERE s.id IN ({shifts})
ORDER BY s.starts_at
"""


async def my_shifts(worker_id: int, today: date) -> list[dict]:
    """Published assignments from this week's Monday up to the end of next week."""
    start, _ = week_range_utc(*iso_week_of(today))
    _, end = week_range_utc(*iso_week_of(today + timedelta(days=7)))
    rows = await fetch_all(_MY_SHIFTS, worker_id, RosterStatus.published.value, False, start, end)
    if not rows:
        return rows
    rosters = sorted({row["roster"] for row in rows})
    shifts = sorted({row["shift"] for row in rows})
    sql = _TEAMMATES.format(rosters=placeholders(rosters), shifts=placeholders(shifts))
    names: dict[tuple[int, int], list[str]] = defaultdict(list)
    for mate in await fetch_all(sql, *rosters, *shifts, worker_id):
        names[mate["roster"], mate["shift"]].append(mate["first_name"])
    for row in rows:
        row["reported_absent"] = bool(row["reported_absent"])  # SQLite answers EXISTS with 0 or 1
        row["changed"] = False  # mark_changes sets it when the resident's last visit is known
        row["teammates"] = sorted(names[row["roster"], row["shift"]])
    return rows


async def _seen_shifts(worker_id: int, roster_ids: set[int], seen_at: datetime) -> dict[int, set[int]]:
    """For each current roster that had a version published before the resident's last visit:
    the shifts they had in that version."""
    if not roster_ids:
        return {}
    rosters = sorted(roster_ids)
    seen: dict[int, set[int]] = {}
    for row in await fetch_all(_SEEN_SHIFTS.format(rosters=placeholders(rosters)),
                               seen_at, worker_id, *rosters, seen_at):
        shifts = seen.setdefault(row["roster"], set())
        if row["shift"] is not None:
            shifts.add(row["shift"])
    return seen


async def mark_changes(worker_id: int, rows: list[dict], seen_at: datetime | None) -> list[dict]:
    """Flag shifts that are new since the resident last looked; return shifts they lost since then."""
    for row in rows:
        row["changed"] = False
    if seen_at is None:
        return []  # a first visit: everything is new, nothing needs highlighting
    previous = await _seen_shifts(worker_id, {row["roster"] for row in rows}, seen_at)
    for row in rows:
        row["changed"] = row["roster"] in previous and row["shift"] not in previous[row["roster"]]
    lost_ids = sorted(shift for roster_id, shifts in previous.items() for shift in shifts
                      if not any(r["shift"] == shift and r["roster"] == roster_id for r in rows))
    if not lost_ids:
        return []
    return await fetch_all(_LOST_SHIFTS.format(shifts=placeholders(lost_ids)), *lost_ids)
