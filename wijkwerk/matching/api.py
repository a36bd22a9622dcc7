"""JSON API for matching under /api/v1/matching (staff only): runs, ranked lists, confirming offers."""

from __future__ import annotations

from typing import Literal

from litestar import Controller, get, post
from litestar.params import FromPath

from wijkwerk.auth.guards import requires_staff
from wijkwerk.clock import today
from wijkwerk.matching import confirm, ranking, runs
from wijkwerk.vacancies.api import found as _found


class MatchingApi(Controller):
    path = "/matching"
    guards = [requires_staff]
    tags = ["matching"]

    @post("/runs")
    async def run(self) -> dict:
        """Match everyone ready for work and every candidate with a diploma to the open places."""
        return await runs.get_run(await runs.run_matching())

    @get("/runs/{run_id:int}")
    async def read_run(self, run_id: FromPath[int]) -> dict:
        return _found(await runs.get_run(run_id), "run")

    @post("/proposals/{proposal_id:int}/confirm")
    async def confirm(self, proposal_id: FromPath[int]) -> dict:
        """Make the offer: an offer record, and for a candidate the pipeline step "offer"."""
        return {"offer_id": _found(await confirm.confirm_proposal(proposal_id), "proposal")}

    @get("/people/{kind:str}/{person_id:int}")
    async def person_ranking(self, kind: FromPath[Literal["worker", "candidate"]], person_id: FromPath[int]) -> list[dict]:
        """Every opening for one person, best first, with the reasons behind each score."""
        return _found(await ranking.for_person(kind, person_id, today()), kind)

    @get("/vacancies/{vacancy_id:int}")
    async def vacancy_ranking(self, vacancy_id: FromPath[int]) -> list[dict]:
        """Everyone looking for work for one vacancy, best first, with reasons."""
        return _found(await ranking.for_vacancy(vacancy_id, today()), "vacancy")
