"""AanDeBak candidates: create, read and list, with their pipeline history and mediation log."""

from __future__ import annotations

from wijkwerk.aandebak.records import check_course
from wijkwerk.aandebak.sectors import sector_id
from wijkwerk.common.existence import require_reference
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import EARLIEST_WORK_DATE, Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.clock import now
from wijkwerk.tables import (
    Candidate, CandidateFollowUp, CandidateStep, GuaranteeAgreement, MediationAction, Neighbourhood, Worker,
)

FIELDS = (
    Candidate.id, Candidate.first_name, Candidate.last_name, Candidate.birth_date,
    Candidate.worker.as_alias("worker_id"), Candidate.neighbourhood.as_alias("neighbourhood_id"),
    Candidate.sector.code.as_alias("sector"), Candidate.agreement.as_alias("agreement_id"),
    Candidate.agreement.employer.name.as_alias("employer_name"), Candidate.school, Candidate.course_name,
    Candidate.course_level, Candidate.crebo, Candidate.starts_on, Candidate.expected_diploma_on,
    Candidate.wanted_hours_per_week, Candidate.state, Candidate.diploma_on, Candidate.offer_on,
    Candidate.placed_on, Candidate.contract, Candidate.closed_on, Candidate.closed_reason,
)


async def _validate(data: dict) -> tuple[Errors, int | None]:
    errors = Errors()
    errors.required_text("first_name", data.get("first_name"), 100)
    errors.required_text("last_name", data.get("last_name"), 100)
    errors.required_text("school", data.get("school"), 150)
    check_course(errors, data.get("course_name"), data.get("course_level"), data.get("crebo"))
    for name in ("birth_date", "starts_on", "expected_diploma_on"):
        if data.get(name) is None:
            errors.add(name, "required", _("Vul dit veld in."))
    errors.sane_date("birth_date", data.get("birth_date"))
    errors.sane_date("starts_on", data.get("starts_on"), EARLIEST_WORK_DATE)
    errors.sane_date("expected_diploma_on", data.get("expected_diploma_on"), EARLIEST_WORK_DATE)
    if data.get("starts_on") and data.get("expected_diploma_on") and data["expected_diploma_on"] < data["starts_on"]:
        errors.add("expected_diploma_on", "diploma_before_start",
                   _("De diplomadatum ligt voor de start van de opleiding."))
    hours = data.get("wanted_hours_per_week", 32)
    if hours is None or not 1 <= hours <= 60:
        errors.add("wanted_hours_per_week", "out_of_range", _("Vul 1 tot en met 60 uur per week in."))
    await require_reference(errors, "worker_id", Worker, data.get("worker_id"))
    await require_reference(errors, "neighbourhood_id", Neighbourhood, data.get("neighbourhood_id"))
    await require_reference(errors, "agreement_id", GuaranteeAgreement, data.get("agreement_id"))
    sector = await sector_id(errors, "sector", data.get("sector"))
    return errors, sector


async def create_candidate(data: dict) -> dict:
    async with write_transaction():
        errors, sector = await _validate(data)
        errors.raise_if_any()
        row = await Candidate.insert(Candidate(
            first_name=data["first_name"].strip(), last_name=data["last_name"].strip(),
            birth_date=data["birth_date"], worker=data.get("worker_id"), neighbourhood=data.get("neighbourhood_id"),
            sector=sector, agreement=data.get("agreement_id"), school=data["school"].strip(),
            course_name=data["course_name"].strip(), course_level=data["course_level"], crebo=data.get("crebo") or "",
            starts_on=data["starts_on"], expected_diploma_on=data["expected_diploma_on"],
            wanted_hours_per_week=data.get("wanted_hours_per_week", 32),
        )).returning(Candidate.id)
        await CandidateStep.insert(CandidateStep(
            candidate=row[0]["id"], state="enrolled", on_date=data["starts_on"], recorded_at=now()))
    return await get_candidate(row[0]["id"])


async def get_candidate(candidate_id: int) -> dict | None:
    candidate = await Candidate.select(*FIELDS).where(Candidate.id == candidate_id).first()
    if candidate is None:
        return None
    candidate["steps"] = await CandidateStep.select(
        CandidateStep.state, CandidateStep.on_date, CandidateStep.note,
    ).where(CandidateStep.candidate == candidate_id).order_by(CandidateStep.on_date).order_by(CandidateStep.id)
    candidate["mediation"] = await MediationAction.select(
        MediationAction.id, MediationAction.on_date, MediationAction.action, MediationAction.owner,
        MediationAction.next_step, MediationAction.next_step_on,
    ).where(MediationAction.candidate == candidate_id).order_by(MediationAction.on_date).order_by(MediationAction.id)
    candidate["follow_ups"] = await CandidateFollowUp.select(
        CandidateFollowUp.id, CandidateFollowUp.months, CandidateFollowUp.due_on, CandidateFollowUp.answered_on,
        CandidateFollowUp.still_employed, CandidateFollowUp.note,
    ).where(CandidateFollowUp.candidate == candidate_id).order_by(CandidateFollowUp.months)
    return candidate


async def list_candidates(state: str | None = None) -> list[dict]:
    query = Candidate.select(*FIELDS).order_by(Candidate.last_name).order_by(Candidate.first_name)
    if state:
        query = query.where(Candidate.state == state)
    return await query
