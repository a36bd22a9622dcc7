"""Matching runs: solve off the event loop with a time limit, and keep the proposals and reasons."""

from __future__ import annotations

import json
from dataclasses import asdict

import anyio

from optimiser.match_schema import MatchSettings
from optimiser.matching import match
from wijkwerk.clock import now, today
from wijkwerk.common.transactions import write_transaction
from wijkwerk.matching.adapter import load_problem
from wijkwerk.matching.labels import describe
from wijkwerk.tables import MatchProposal, MatchRun

SETTINGS = MatchSettings(time_limit_seconds=10.0, workers=2)
BATCH = 1000


def _reference(key: str) -> dict:
    kind, number = key[0], int(key[1:])
    return {{"w": "worker", "c": "candidate", "v": "vacancy", "g": "agreement"}[kind]: number}


async def run_matching() -> int:
    """Solve for everyone looking for work now; returns the stored run's id."""
    problem, names = await load_problem(today(), SETTINGS)
    result = await anyio.to_thread.run_sync(match, problem)
    explanations = [{"person": item.person, "name": names.people.get(item.person, item.person),
                     "reasons": [asdict(reason) for reason in item.reasons]} for item in result.unmatched]
    async with write_transaction():
        row = await MatchRun.insert(MatchRun(
            created_at=now(), status="succeeded" if result.status != "feasible" else "time_limit",
            people=len(problem.people), openings=len(problem.openings), matched=result.matched,
            min_score=result.min_score, total_score=result.total_score,
            elapsed_seconds=round(result.elapsed_seconds, 3), explanations=json.dumps(explanations),
        )).returning(MatchRun.id)
        run_id = row[0]["id"]
        rows = [MatchProposal(run=run_id, score=proposal.score, reasons=json.dumps([asdict(r) for r in proposal.reasons]),
                              **_reference(proposal.person), **_reference(proposal.opening))
                for proposal in result.proposals]
        # In batches: PostgreSQL takes at most 32,767 parameters per statement.
        for start in range(0, len(rows), BATCH):
            await MatchProposal.insert(*rows[start:start + BATCH])
    return run_id


PROPOSAL_FIELDS = (
    MatchProposal.id, MatchProposal.score, MatchProposal.reasons, MatchProposal.confirmed,
    MatchProposal.worker.as_alias("worker_id"), MatchProposal.candidate.as_alias("candidate_id"),
    MatchProposal.vacancy.as_alias("vacancy_id"), MatchProposal.agreement.as_alias("agreement_id"),
    MatchProposal.worker.first_name.as_alias("worker_first"), MatchProposal.worker.last_name.as_alias("worker_last"),
    MatchProposal.candidate.first_name.as_alias("candidate_first"),
    MatchProposal.candidate.last_name.as_alias("candidate_last"),
    MatchProposal.vacancy.title.as_alias("vacancy_title"),
    MatchProposal.vacancy.employer.name.as_alias("vacancy_employer"),
    MatchProposal.agreement.course_name.as_alias("agreement_course"),
    MatchProposal.agreement.employer.name.as_alias("agreement_employer"),
)


def _proposal(row: dict) -> dict:
    person = (f"{row['worker_first']} {row['worker_last']}" if row["worker_id"]
              else f"{row['candidate_first']} {row['candidate_last']}")
    opening = (f"{row['vacancy_title']} ({row['vacancy_employer']})" if row["vacancy_id"]
               else f"{row['agreement_course']} ({row['agreement_employer']})")
    return {"id": row["id"], "score": row["score"], "confirmed": row["confirmed"], "person": person,
            "opening": opening, "worker_id": row["worker_id"], "candidate_id": row["candidate_id"],
            "vacancy_id": row["vacancy_id"], "agreement_id": row["agreement_id"],
            "reasons": describe(json.loads(row["reasons"]))}


async def get_run(run_id: int) -> dict | None:
    run = await MatchRun.select().where(MatchRun.id == run_id).first()
    if run is None:
        return None
    rows = await MatchProposal.select(*PROPOSAL_FIELDS).where(MatchProposal.run == run_id).order_by(
        MatchProposal.score, ascending=False)
    run["proposals"] = [_proposal(row) for row in rows]
    run["explanations"] = [{**item, "reasons": describe(item["reasons"])} for item in json.loads(run["explanations"])]
    return run


async def latest_run_id() -> int | None:
    row = await MatchRun.select(MatchRun.id).order_by(MatchRun.id, ascending=False).first()
    return row["id"] if row else None
