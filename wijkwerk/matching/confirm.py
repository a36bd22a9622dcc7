"""Confirming a proposal makes the offer: an offer record, and for a candidate the pipeline step.

Everything is checked again at confirmation: between the run and the click, the person may
have had another offer, or the places may have gone.
"""

from __future__ import annotations

from wijkwerk.aandebak.pipeline import places_used
from wijkwerk.clock import now, today
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import (
    Candidate, CandidateStep, GuaranteeAgreement, JobOffer, MatchProposal, Vacancy, Worker,
)


async def _lock(table, row_id: int) -> None:
    """On PostgreSQL, hold the row until commit: two confirmations must not both take the last place."""
    if table._meta.db.engine_type == "postgres":
        await table.select(table.id).where(table.id == row_id).lock_rows()


async def _room_left(errors: Errors, proposal: dict) -> None:
    if proposal["vacancy"]:
        await _lock(Vacancy, proposal["vacancy"])
        vacancy = await Vacancy.select(Vacancy.places, Vacancy.status).where(Vacancy.id == proposal["vacancy"]).first()
        taken = await JobOffer.count().where(
            (JobOffer.vacancy == proposal["vacancy"]) & JobOffer.status.is_in(["open", "accepted"]))
        if vacancy["status"] != "open" or taken >= vacancy["places"]:
            errors.add("vacancy_id", "capacity_full", _("Deze vacature heeft geen plaats meer."))
    else:
        await _lock(GuaranteeAgreement, proposal["agreement"])
        agreement = await GuaranteeAgreement.select(GuaranteeAgreement.places_per_year).where(
            GuaranteeAgreement.id == proposal["agreement"]).first()
        offered = await JobOffer.count().where(
            (JobOffer.agreement == proposal["agreement"]) & (JobOffer.status == "open"))
        if await places_used(proposal["agreement"], today().year) + offered >= agreement["places_per_year"]:
            errors.add("agreement_id", "capacity_full",
                       _("Alle plaatsen van deze afspraak voor %(year)s zijn al gebruikt.", year=today().year))


async def _person_free(errors: Errors, proposal: dict) -> None:
    if proposal["candidate"]:
        await _lock(Candidate, proposal["candidate"])
        row = await Candidate.select(Candidate.state).where(Candidate.id == proposal["candidate"]).first()
        if row["state"] != "diploma":
            errors.add("candidate_id", "not_available", _("Deze kandidaat heeft al een aanbod of is geplaatst."))
        return
    await _lock(Worker, proposal["worker"])
    if await JobOffer.exists().where((JobOffer.worker == proposal["worker"]) & (JobOffer.status == "open")):
        errors.add("worker_id", "not_available", _("Deze deelnemer heeft al een openstaand aanbod."))


async def confirm_proposal(proposal_id: int) -> int | None:
    """Create the offer; None when the proposal does not exist, 409 when it can no longer be made."""
    async with write_transaction():
        proposal = await MatchProposal.select().where(MatchProposal.id == proposal_id).first()
        if proposal is None:
            return None
        errors = Errors(status_code=409)
        if proposal["confirmed"]:
            errors.add("proposal", "already_confirmed", _("Dit voorstel is al bevestigd."))
        else:
            await _person_free(errors, proposal)
            await _room_left(errors, proposal)
        errors.raise_if_any()
        day = today()
        offer = await JobOffer.insert(JobOffer(
            worker=proposal["worker"], candidate=proposal["candidate"], vacancy=proposal["vacancy"],
            agreement=proposal["agreement"], offered_on=day, score=proposal["score"], created_at=now(),
        )).returning(JobOffer.id)
        if proposal["candidate"]:
            await Candidate.update({Candidate.state: "offer", Candidate.offer_on: day}).where(
                Candidate.id == proposal["candidate"])
            await CandidateStep.insert(CandidateStep(
                candidate=proposal["candidate"], state="offer", on_date=day, recorded_at=now(),
                note=_("Aanbod na matching")))
        await MatchProposal.update({MatchProposal.confirmed: True}).where(MatchProposal.id == proposal_id)
    return offer[0]["id"]


async def offers_for_worker(worker_id: int) -> list[dict]:
    return await JobOffer.select(
        JobOffer.id, JobOffer.offered_on, JobOffer.status, JobOffer.score,
        JobOffer.vacancy.title.as_alias("vacancy_title"), JobOffer.vacancy.employer.name.as_alias("employer"),
    ).where(JobOffer.worker == worker_id).order_by(JobOffer.offered_on, ascending=False)
