"""Manager pages under /beheer/vacatures: vacancies, job-seeker profiles, and matching with confirmation."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, URLEncodedBody
from litestar.response import Redirect, Template

from wijkwerk.aandebak.forms import save
from wijkwerk.aandebak.labels import choices, labels, sector_names
from wijkwerk.clock import today
from wijkwerk.common.forms import FormReader, parse_id
from wijkwerk.matching import confirm, ranking, runs
from wijkwerk.vacancies import services

BASE = "/beheer/vacatures"
REQUIREMENT_ROWS = 3


def read_vacancy(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    requirements = [
        {"skill_id": parse_id(form.text(f"req_skill_{i}")), "min_level": form.text(f"req_level_{i}") or "competent",
         "certificate_required": form.boolean(f"req_cert_{i}")}
        for i in range(REQUIREMENT_ROWS) if form.text(f"req_skill_{i}")]
    return {"employer_id": parse_id(form.text("employer_id")), "title": form.text("title"),
            "sector": form.text("sector"), "hours_per_week": form.integer("hours_per_week", required=True),
            "places": form.integer("places") or 1, "neighbourhood_id": parse_id(form.text("neighbourhood_id")),
            "description": form.text("description"), "requirements": requirements}, form


def read_profile(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    return {"ready_for_work": form.boolean("ready_for_work"),
            "wanted_hours_per_week": form.integer("wanted_hours_per_week", required=True),
            # One checkbox per sector, named sector_<code>.
            "sectors": sorted(key[len("sector_"):] for key in data if key.startswith("sector_")),
            "note": form.text("note")}, form


async def _context(**extra) -> dict:
    return {"labels": labels(), "sectors": await sector_names(), "options": await choices(), **extra}


class VacancyPages(Controller):
    path = "/vacatures"

    async def _list(self, values: dict | None = None, errors: dict | None = None, status: int = 200,
                    saved: bool = False) -> Template:
        return Template("manage/vacancies.html", status_code=status, context=await _context(
            rows=await services.list_vacancies(), values=values or {}, errors=errors or {}, saved=saved,
            requirement_rows=range(REQUIREMENT_ROWS)))

    @get("/")
    async def index(self, opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._list(saved=opgeslagen)

    @post("/")
    async def create(self, data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, form = read_vacancy(data)
        row, errors, status = await save(form, lambda: services.create_vacancy(values))
        if errors:
            return await self._list(dict(data), errors, status)
        return Redirect(f"{BASE}/{row['id']}?opgeslagen=1", status_code=303)

    @get("/{vacancy_id:int}")
    async def detail(self, vacancy_id: FromPath[int], opgeslagen: FromQuery[bool] = False) -> Template:
        vacancy = await services.get_vacancy(vacancy_id)
        if vacancy is None:
            raise NotFoundException()
        return Template("manage/vacancy_detail.html", context=await _context(
            vacancy=vacancy, ranking=await ranking.for_vacancy(vacancy_id, today()), saved=opgeslagen))

    @post("/{vacancy_id:int}/status")
    async def set_status(self, vacancy_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Redirect:
        if await services.set_status(vacancy_id, FormReader(data).text("status")) is None:
            raise NotFoundException()
        return Redirect(f"{BASE}/{vacancy_id}?opgeslagen=1", status_code=303)

    @get("/werkzoekenden")
    async def seekers(self) -> Template:
        return Template("manage/job_seekers.html", context=await _context(rows=await services.list_profiles()))

    async def _profile(self, worker_id: int, values: dict | None = None, errors: dict | None = None,
                       status: int = 200, saved: bool = False) -> Template:
        profile = await services.get_profile(worker_id)
        if profile is None:
            raise NotFoundException()
        return Template("manage/job_seeker.html", status_code=status, context=await _context(
            profile=profile, values=values or profile, errors=errors or {}, saved=saved,
            ranking=await ranking.for_person("worker", worker_id, today()),
            offers=await confirm.offers_for_worker(worker_id)))

    @get("/werkzoekenden/{worker_id:int}")
    async def profile(self, worker_id: FromPath[int], opgeslagen: FromQuery[bool] = False) -> Template:
        return await self._profile(worker_id, saved=opgeslagen)

    @post("/werkzoekenden/{worker_id:int}")
    async def save_profile(self, worker_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        values, form = read_profile(data)
        row, errors, status = await save(form, lambda: services.save_profile(worker_id, values))
        if errors:
            return await self._profile(worker_id, values, errors, status)
        if row is None:
            raise NotFoundException()
        return Redirect(f"{BASE}/werkzoekenden/{worker_id}?opgeslagen=1", status_code=303)

    @get("/matching")
    async def matching(self, run: FromQuery[str] = "", bevestigd: FromQuery[bool] = False) -> Template:
        run_id = parse_id(run) or await runs.latest_run_id()
        return Template("manage/matching.html", context=await _context(
            run=await runs.get_run(run_id) if run_id else None, confirmed=bevestigd, error=""))

    @post("/matching")
    async def run_matching(self) -> Redirect:
        return Redirect(f"{BASE}/matching?run={await runs.run_matching()}", status_code=303)

    @post("/matching/voorstellen/{proposal_id:int}/bevestigen")
    async def confirm(self, proposal_id: FromPath[int], data: URLEncodedBody[dict[str, str]]) -> Template | Redirect:
        offer, errors, status = await save(None, lambda: confirm.confirm_proposal(proposal_id))
        run_id = parse_id(FormReader(data).text("run"))
        if errors:
            return Template("manage/matching.html", status_code=status, context=await _context(
                run=await runs.get_run(run_id) if run_id else None, confirmed=False,
                error=" ".join(errors.values())))
        if offer is None:
            raise NotFoundException()
        return Redirect(f"{BASE}/matching?run={run_id or ''}&bevestigd=1", status_code=303)
