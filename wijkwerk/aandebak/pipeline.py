"""Pipeline steps (enrolled → diploma → offer → placed, or closed), each dated and kept.

Placing a candidate counts against their agreement's places for that calendar year and plans
the 6- and 12-month follow-ups.
"""

from __future__ import annotations

import calendar
from datetime import date

from wijkwerk.clock import now, today
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Candidate, CandidateFollowUp, CandidateStep, GuaranteeAgreement, JobOffer
from wijkwerk.tables.enums import CandidateState, values

NEXT_STATES = {
    "enrolled": {"diploma", "closed"},
    "diploma": {"offer", "placed", "closed"},
    "offer": {"placed", "closed"},
    "placed": set(),
    "closed": set(),
}
FOLLOW_UP_MONTHS = (6, 12)
DATE_COLUMN = {"diploma": "diploma_on", "offer": "offer_on", "placed": "placed_on", "closed": "closed_on"}


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


async def places_used(agreement_id: int, year: int, exclude_candidate: int | None = None) -> int:
    query = Candidate.count().where(
        (Candidate.agreement == agreement_id) & (Candidate.state == "placed")
        & (Candidate.placed_on >= date(year, 1, 1)) & (Candidate.placed_on <= date(year, 12, 31)))
    if exclude_candidate is not None:
        query = query.where(Candidate.id != exclude_candidate)
    return await query


async def _check_capacity(errors: Errors, candidate: dict, on_date: date) -> None:
    if candidate["agreement"] is None:
        return
    select = GuaranteeAgreement.select(GuaranteeAgreement.places_per_year).where(
        GuaranteeAgreement.id == candidate["agreement"])
    if GuaranteeAgreement._meta.db.engine_type == "postgres":
        select = select.lock_rows()  # two placements at once must not both take the last place
    agreement = await select.first()
    used = await places_used(candidate["agreement"], on_date.year, candidate["id"])
    if used >= agreement["places_per_year"]:
        errors.status_code = 409
        errors.add("agreement_id", "capacity_full",
                   _("Alle %(n)s plaatsen van deze afspraak voor %(year)s zijn al gebruikt.",
                     n=agreement["places_per_year"], year=on_date.year))


def _check_date(errors: Errors, candidate: dict, state: str, on_date: date | None, last_step: date) -> None:
    if on_date is None:
        errors.add("on_date", "required", _("Vul dit veld in."))
    elif on_date > today():
        errors.add("on_date", "in_future", _("Een stap kan niet in de toekomst liggen."))
    elif state == "diploma" and on_date < candidate["starts_on"]:
        errors.add("on_date", "diploma_before_start", _("De diplomadatum ligt voor de start van de opleiding."))
    elif on_date < last_step:
        errors.add("on_date", "before_previous_step", _("Deze datum ligt voor de vorige stap (%(day)s).",
                                                        day=last_step.isoformat()))


async def record_step(candidate_id: int, data: dict) -> bool:
    """Move the candidate to the next state; False when they do not exist, InvalidInput when refused."""
    state, on_date = data.get("state"), data.get("on_date")
    async with write_transaction():
        candidate = await Candidate.select().where(Candidate.id == candidate_id).first()
        if candidate is None:
            return False
        errors = Errors()
        errors.choice("state", state, [value for value in values(CandidateState) if value != "enrolled"])
        errors.max_length("note", data.get("note"), 2000)
        errors.max_length("contract", data.get("contract"), 150)
        if not errors.items and state not in NEXT_STATES[candidate["state"]]:
            errors.status_code = 409
            errors.add("state", "not_allowed", _("Deze stap kan niet na de huidige stap."))
        last = await CandidateStep.select(CandidateStep.on_date).where(
            CandidateStep.candidate == candidate_id).order_by(CandidateStep.on_date, ascending=False).first()
        _check_date(errors, candidate, state, on_date, last["on_date"] if last else candidate["starts_on"])
        if state == "closed" and not (data.get("reason") or "").strip():
            errors.add("reason", "required", _("Geef een reden waarom dit traject stopt."))
        if not errors.items and state == "placed":
            await _check_capacity(errors, candidate, on_date)
        errors.raise_if_any()
        await _apply(candidate_id, state, on_date, data)
    return True


async def _apply(candidate_id: int, state: str, on_date: date, data: dict) -> None:
    changes = {"state": state, DATE_COLUMN[state]: on_date}
    if state == "placed":
        changes["contract"] = (data.get("contract") or "").strip()
        await CandidateFollowUp.insert(*[
            CandidateFollowUp(candidate=candidate_id, months=months, due_on=add_months(on_date, months))
            for months in FOLLOW_UP_MONTHS])
    if state == "closed":
        changes["closed_reason"] = data["reason"].strip()
    await Candidate.update(changes).where(Candidate.id == candidate_id)
    await CandidateStep.insert(CandidateStep(candidate=candidate_id, state=state, on_date=on_date,
                                             note=(data.get("note") or "").strip(), recorded_at=now()))
    if state in ("placed", "closed"):
        await JobOffer.update({JobOffer.status: "accepted" if state == "placed" else "declined"}).where(
            (JobOffer.candidate == candidate_id) & (JobOffer.status == "open"))


async def answer_follow_up(candidate_id: int, follow_up_id: int, data: dict) -> bool:
    async with write_transaction():
        row = await CandidateFollowUp.select().where(
            (CandidateFollowUp.id == follow_up_id) & (CandidateFollowUp.candidate == candidate_id)).first()
        if row is None:
            return False
        errors = Errors()
        answered = data.get("answered_on")
        if answered is None:
            errors.add("answered_on", "required", _("Vul dit veld in."))
        elif answered > today():
            errors.add("answered_on", "in_future", _("Een stap kan niet in de toekomst liggen."))
        if data.get("still_employed") is None:
            errors.add("still_employed", "required", _("Vul dit veld in."))
        errors.max_length("note", data.get("note"), 2000)
        errors.raise_if_any()
        await CandidateFollowUp.update({
            CandidateFollowUp.answered_on: answered, CandidateFollowUp.still_employed: data["still_employed"],
            CandidateFollowUp.note: (data.get("note") or "").strip(),
        }).where(CandidateFollowUp.id == follow_up_id)
    return True
