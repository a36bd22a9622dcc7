"""Reading roster versions and their assignments."""

from __future__ import annotations

from wijkwerk.tables import Assignment, SolveJob


async def pairs_of(roster_id: int | None, pinned_only: bool = False) -> set[tuple[int, int]]:
    """The (worker, shift) pairs of a roster version."""
    if roster_id is None:
        return set()
    query = Assignment.select(Assignment.worker, Assignment.shift).where(Assignment.roster == roster_id)
    if pinned_only:
        query = query.where(Assignment.pinned.eq(True))
    return {(row["worker"], row["shift"]) for row in await query}


def as_ids(pairs: set[tuple[int, int]]) -> set[tuple[str, str]]:
    """The same pairs as the optimiser names people and shifts: strings."""
    return {(str(worker), str(shift)) for worker, shift in pairs}


async def roster_rows(roster_id: int) -> list[dict]:
    return await Assignment.select(
        Assignment.id, Assignment.shift, Assignment.worker, Assignment.pinned, Assignment.role,
        Assignment.worker.first_name.as_alias("first_name"), Assignment.worker.last_name.as_alias("last_name"),
    ).where(Assignment.roster == roster_id).order_by(Assignment.worker.last_name)


async def recent_jobs(iso_year: int, iso_week: int, limit: int = 5) -> list[dict]:
    return await SolveJob.select().where(
        SolveJob.iso_year == iso_year, SolveJob.iso_week == iso_week,
    ).order_by(SolveJob.id, ascending=False).limit(limit)
