"""Manager pages under /beheer/aandebak: overview, employers, agreements, candidates and their pipeline."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.aandebak import candidates, forms, mediation, overview, pipeline, records
from wijkwerk.aandebak.labels import choices, labels, sector_names
from wijkwerk.clock import today
from wijkwerk.matching import ranking
from wijkwerk.tables import Sector

BASE = "/beheer/aandebak"


async def _context(**extra) -> dict:
    return {"labels": labels(), "sectors": await sector_names(), "options": await choices(), **extra}


class AanDeBakPages(Controller):
    path = "/aandebak"

    @get("/")
    async def index(self) -> Template:
        return Template("manage/aandebak.html", context=await _context(page=await overview.overview(today())))

    async def _employers(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                         saved: bool = False) -> Template:
        return Template("manage/aandebak_employers.html", status_code=status, context=await _context(
            rows=await records.list_employers(), values=values or {}, errors=errors or {}, saved=saved))

    @get("/werkgevers")
    async def employers(self, opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._employers(saved=opgeslagen)

    @post("/werkgevers")
    async def create_employer(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values = forms.read_employer(data)
        _, errors, status = await forms.save(None, lambda: records.create_employer(values))
        if errors:
            return await self._employers(values, errors, status)
        return Redirect(f"{BASE}/werkgevers?opgeslagen=1", status_code=303)

    async def _agreements(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                          saved: bool = False) -> Template:
        return Template("manage/aandebak_agreements.html", status_code=status, context=await _context(
            rows=await overview.places(today().year), values=values or {"guarantee_kind": "job"},
            errors=errors or {}, saved=saved))

    @get("/afspraken")
    async def agreements(self, opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._agreements(saved=opgeslagen)

    @post("/afspraken")
    async def create_agreement(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, form = forms.read_agreement(data)
        _, errors, status = await forms.save(form, lambda: records.create_agreement(values))
        if errors:
            return await self._agreements({**data, **{k: v for k, v in values.items() if v is not None}}, errors, status)
        return Redirect(f"{BASE}/afspraken?opgeslagen=1", status_code=303)

    async def _candidates(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                          saved: bool = False, state: str = "") -> Template:
        return Template("manage/aandebak_candidates.html", status_code=status, context=await _context(
            rows=await candidates.list_candidates(state if state in labels()["state"] else None),
            values=values or {}, errors=errors or {}, saved=saved, state=state))

    @get("/kandidaten")
    async def candidate_list(self, stap: FromQuery[str] = "", opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._candidates(saved=opgeslagen, state=stap)

    @post("/kandidaten")
    async def create_candidate(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, form = forms.read_candidate(data)
        row, errors, status = await forms.save(form, lambda: candidates.create_candidate(values))
        if errors:
            return await self._candidates(dict(data), errors, status)
        return Redirect(f"{BASE}/kandidaten/{row['id']}?opgeslagen=1", status_code=303)

    async def _detail(self, candidate_id: int, errors: dict | None = None, status: int = 200,
                      values: dict | None = None, saved: bool = False) -> Template:
        candidate = await candidates.get_candidate(candidate_id)
        if candidate is None:
            raise NotFoundException()
        weeks = (await Sector.select(Sector.mediation_after_weeks).where(Sector.code == candidate["sector"]).first())
        state, starts = mediation.candidate_status(candidate, weeks["mediation_after_weeks"])
        options = await ranking.for_person("candidate", candidate_id, today()) if candidate["diploma_on"] else None
        return Template("manage/aandebak_candidate.html", status_code=status, context=await _context(
            candidate=candidate, mediation_state=state, mediation_starts=starts, ranking=options,
            next_states=sorted(pipeline.NEXT_STATES[candidate["state"]]),
            errors=errors or {}, values=values or {}, saved=saved, today=today()))

    @get("/kandidaten/{candidate_id:int}")
    async def candidate(self, candidate_id: FromPath[int], opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._detail(candidate_id, saved=opgeslagen)

    async def _write(self, candidate_id: int, data: dict, read, action) -> Template | Redirect:
        values, form = read(data)
        found, errors, status = await forms.save(form, lambda: action(values))
        if errors:
            return await self._detail(candidate_id, errors, status, dict(data))
        if not found:
            raise NotFoundException()
        return Redirect(f"{BASE}/kandidaten/{candidate_id}?opgeslagen=1", status_code=303)

    @post("/kandidaten/{candidate_id:int}/stap")
    async def add_step(self, candidate_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._write(candidate_id, data, forms.read_step,
                                 lambda values: pipeline.record_step(candidate_id, values))

    @post("/kandidaten/{candidate_id:int}/bemiddeling")
    async def add_action(self, candidate_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._write(candidate_id, data, forms.read_action,
                                 lambda values: mediation.add_action(candidate_id, values))

    @post("/kandidaten/{candidate_id:int}/nazorg/{follow_up_id:int}")
    async def answer_follow_up(self, candidate_id: FromPath[int], follow_up_id: FromPath[int],
                               data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        return await self._write(candidate_id, data, forms.read_follow_up,
                                 lambda values: pipeline.answer_follow_up(candidate_id, follow_up_id, values))
