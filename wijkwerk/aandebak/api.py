"""JSON API for AanDeBak under /api/v1 (staff only): sectors, employers, agreements, candidates."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get, patch, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from wijkwerk.aandebak import candidates, mediation, overview, pipeline, records, sectors
from wijkwerk.aandebak.schemas import (
    AgreementCreate, AgreementUpdate, CandidateCreate, EmployerCreate, FollowUpAnswer, MediationActionCreate, SectorCreate,
    SectorUpdate, StepCreate, plain,
)
from wijkwerk.auth.guards import requires_admin, requires_staff
from wijkwerk.clock import today


async def _candidate(candidate_id: int) -> dict:
    row = await candidates.get_candidate(candidate_id)
    if row is None:
        raise NotFoundException("candidate not found")
    return row


class AanDeBakApi(Controller):
    path = "/"
    guards = [requires_staff]
    tags = ["aandebak"]

    @get("/sectors")
    async def list_sectors(self) -> list[dict]:
        return await sectors.list_sectors()

    @post("/sectors", guards=[requires_admin])
    async def create_sector(self, data: JSONBody[SectorCreate]) -> dict:
        """Admins add a sector; the seeded ones are the AanDeBak sectors and a few common others."""
        return await sectors.create_sector(plain(data))

    @patch("/sectors/{code:str}")
    async def update_sector(self, code: FromPath[str], data: JSONBody[SectorUpdate]) -> dict:
        """Weeks after the diploma without placement before mediation starts, for this sector."""
        row = await sectors.set_mediation_weeks(code, data.mediation_after_weeks)
        if row is None:
            raise NotFoundException("sector not found")
        return row

    @get("/employers")
    async def employers(self) -> list[dict]:
        return await records.list_employers()

    @post("/employers")
    async def create_employer(self, data: JSONBody[EmployerCreate]) -> dict:
        return await records.create_employer(plain(data))

    @get("/guarantee-agreements")
    async def agreements(self, year: FromQuery[int | None] = None) -> list[dict]:
        """Each agreement with its places used and left in `year` (default: this year)."""
        return await overview.places(year if year and 2000 <= year <= 2100 else today().year)

    @post("/guarantee-agreements")
    async def create_agreement(self, data: JSONBody[AgreementCreate]) -> dict:
        return await records.create_agreement(plain(data))

    @patch("/guarantee-agreements/{agreement_id:int}")
    async def update_agreement(self, agreement_id: FromPath[int], data: JSONBody[AgreementUpdate]) -> dict:
        """Change places per year (not below this year's placements) or the end of validity."""
        row = await records.update_agreement(agreement_id, plain(data))
        if row is None:
            raise NotFoundException("agreement not found")
        return row

    @get("/candidates")
    async def candidates(self, in_state: Annotated[str | None, QueryParameter(query="state")] = None) -> list[dict]:
        return await candidates.list_candidates(in_state)

    @post("/candidates")
    async def create_candidate(self, data: JSONBody[CandidateCreate]) -> dict:
        return await candidates.create_candidate(plain(data))

    @get("/candidates/{candidate_id:int}")
    async def candidate(self, candidate_id: FromPath[int]) -> dict:
        return await _candidate(candidate_id)

    @post("/candidates/{candidate_id:int}/steps")
    async def add_step(self, candidate_id: FromPath[int], data: JSONBody[StepCreate]) -> dict:
        """Next pipeline step: diploma, offer, placed (within the agreement's places) or closed."""
        if not await pipeline.record_step(candidate_id, plain(data)):
            raise NotFoundException("candidate not found")
        return await _candidate(candidate_id)

    @post("/candidates/{candidate_id:int}/mediation-actions")
    async def add_mediation_action(self, candidate_id: FromPath[int], data: JSONBody[MediationActionCreate]) -> dict:
        if not await mediation.add_action(candidate_id, plain(data)):
            raise NotFoundException("candidate not found")
        return await _candidate(candidate_id)

    @post("/candidates/{candidate_id:int}/follow-ups/{follow_up_id:int}")
    async def answer_follow_up(self, candidate_id: FromPath[int], follow_up_id: FromPath[int],
                               data: JSONBody[FollowUpAnswer]) -> dict:
        if not await pipeline.answer_follow_up(candidate_id, follow_up_id, plain(data)):
            raise NotFoundException("follow-up not found")
        return await _candidate(candidate_id)

    @get("/aandebak/overview")
    async def overview(self) -> dict:
        """Pipeline per sector and employer, places per agreement, mediation and follow-ups due."""
        return await overview.overview(today())
