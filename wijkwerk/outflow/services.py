"""Registering an exit (the worker becomes "left"), its generated follow-ups, answers and re-entry.

Every write is one transaction: an exit is never stored without its follow-ups or the status
change, and a follow-up is answered once.
"""

from __future__ import annotations

from datetime import date, timedelta

from wijkwerk import clock
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.outflow.lasting import FOLLOW_UP_WEEKS, WORK_KINDS, FollowUpResult, LastingOutflow, lasting_outflow
from wijkwerk.tables import ExitFollowUp, Worker, WorkerExit
from wijkwerk.tables.enums import BenefitEnded, ContractType, ExitKind, FollowUpAnswer, WorkerStatus, values

EXIT_FIELDS = (WorkerExit.id, WorkerExit.worker.as_alias("worker_id"), WorkerExit.exit_on, WorkerExit.kind,
               WorkerExit.employer, WorkerExit.contract_type, WorkerExit.minutes_per_week, WorkerExit.benefit_ended,
               WorkerExit.note, WorkerExit.reentered_on)
FOLLOW_UP_FIELDS = (ExitFollowUp.id, ExitFollowUp.exit.as_alias("exit_id"), ExitFollowUp.weeks, ExitFollowUp.due_on,
                    ExitFollowUp.answer, ExitFollowUp.answered_on, ExitFollowUp.note)
EXIT_KEYS = ("exit_on", "kind", "employer", "contract_type", "minutes_per_week", "benefit_ended", "note")


def follow_up_dates(exit_on: date) -> list[tuple[int, date]]:
    """26 and 52 weeks after the exit: plain day arithmetic, so a year boundary changes nothing."""
    return [(weeks, exit_on + timedelta(weeks=weeks)) for weeks in FOLLOW_UP_WEEKS]


def _not_future(errors: Errors, name: str, value: date | None) -> None:
    if value is not None and value > clock.today():
        errors.add(name, "in_future", _("Deze datum ligt in de toekomst."))


def check_exit(errors: Errors, row: dict, starts_on: date) -> None:
    exit_on = row.get("exit_on")
    if exit_on is None:
        errors.add("exit_on", "required", _("Vul dit veld in."))
    elif exit_on < starts_on:
        errors.add("exit_on", "before_start", _("De uitstroomdatum ligt voor de startdatum van deze deelnemer."))
    _not_future(errors, "exit_on", exit_on)
    errors.choice("kind", row.get("kind"), values(ExitKind))
    errors.choice("contract_type", row.get("contract_type"), values(ContractType))
    errors.choice("benefit_ended", row.get("benefit_ended"), values(BenefitEnded))
    errors.max_length("employer", row.get("employer"), 150)
    errors.max_length("note", row.get("note"), 2000)
    errors.non_negative("minutes_per_week", row.get("minutes_per_week"), 7 * 24 * 60)
    if row.get("kind") == ExitKind.job.value and not (row.get("employer") or "").strip():
        errors.add("employer", "required", _("Vul de werkgever in bij uitstroom naar werk."))


async def _open_exit(worker_id: int) -> dict | None:
    return await WorkerExit.select(*EXIT_FIELDS).where(
        WorkerExit.worker == worker_id, WorkerExit.reentered_on.is_null()).first()


async def register_exit(worker_id: int, row: dict, user_id: int | None, errors: Errors | None = None) -> dict | None:
    """Store the exit with its follow-ups and set the worker to "left"; None when the worker is unknown."""
    errors = errors or Errors()
    row = {"contract_type": ContractType.none.value, "benefit_ended": BenefitEnded.unknown.value,
           "minutes_per_week": 0, "employer": "", "note": "",
           **{key: value.strip() if isinstance(value, str) else value for key, value in row.items() if key in EXIT_KEYS}}
    async with write_transaction():
        worker = await Worker.select(Worker.id, Worker.starts_on).where(Worker.id == worker_id).first()
        if worker is None:
            return None
        check_exit(errors, row, worker["starts_on"])
        if await _open_exit(worker_id):
            errors.status_code = 409
            errors.add("exit_on", "already_left", _("Deze deelnemer is al uitgestroomd. Registreer eerst de terugkeer."))
        errors.raise_if_any()
        inserted = await WorkerExit.insert(WorkerExit(
            worker=worker_id, registered_by=user_id, created_at=clock.now(), **row)).returning(WorkerExit.id)
        exit_id = inserted[0]["id"]
        await ExitFollowUp.insert(*[ExitFollowUp(exit=exit_id, weeks=weeks, due_on=due)
                                    for weeks, due in follow_up_dates(row["exit_on"])])
        await Worker.update({Worker.status: WorkerStatus.left.value}).where(Worker.id == worker_id)
    return await get_exit(exit_id)


async def get_exit(exit_id: int) -> dict | None:
    row = await WorkerExit.select(*EXIT_FIELDS).where(WorkerExit.id == exit_id).first()
    if row:
        row["follow_ups"] = await ExitFollowUp.select(*FOLLOW_UP_FIELDS).where(
            ExitFollowUp.exit == exit_id).order_by(ExitFollowUp.weeks)
    return row


async def list_exits(worker_id: int) -> list[dict]:
    ids = await WorkerExit.select(WorkerExit.id).where(WorkerExit.worker == worker_id).order_by(
        WorkerExit.exit_on, ascending=False)
    return [await get_exit(row["id"]) for row in ids]


async def reenter(worker_id: int, on_date: date | None, errors: Errors | None = None) -> dict | None:
    """Re-activate a worker who came back; the exit and its follow-ups are kept. None when unknown."""
    errors = errors or Errors()
    async with write_transaction():
        if not await Worker.exists().where(Worker.id == worker_id):
            return None
        current = await _open_exit(worker_id)
        if current is None:
            errors.status_code = 409
            errors.add("reentered_on", "not_left", _("Deze deelnemer heeft geen open uitstroom."))
        elif on_date is None:
            errors.add("reentered_on", "required", _("Vul dit veld in."))
        elif on_date < current["exit_on"]:
            errors.add("reentered_on", "before_exit", _("De terugkeer ligt voor de uitstroomdatum."))
        _not_future(errors, "reentered_on", on_date)
        errors.raise_if_any()
        await WorkerExit.update({WorkerExit.reentered_on: on_date}).where(WorkerExit.id == current["id"])
        await Worker.update({Worker.status: WorkerStatus.active.value}).where(Worker.id == worker_id)
    return await get_exit(current["id"])


def _follow_up_query():
    return ExitFollowUp.select(
        *FOLLOW_UP_FIELDS, ExitFollowUp.exit.worker.as_alias("worker_id"),
        ExitFollowUp.exit.worker.first_name.as_alias("first_name"),
        ExitFollowUp.exit.worker.last_name.as_alias("last_name"), ExitFollowUp.exit.exit_on.as_alias("exit_on"),
        ExitFollowUp.exit.kind.as_alias("kind"), ExitFollowUp.exit.employer.as_alias("employer"),
    )


async def due_follow_ups(today: date, ahead_days: int = 0) -> list[dict]:
    """Unanswered follow-ups due by `today` (plus `ahead_days`), the oldest first."""
    return await _follow_up_query().where(
        ExitFollowUp.answer.is_null(), ExitFollowUp.due_on <= today + timedelta(days=ahead_days),
    ).order_by(ExitFollowUp.due_on).order_by(ExitFollowUp.id)


async def get_follow_up(follow_up_id: int) -> dict | None:
    return await _follow_up_query().where(ExitFollowUp.id == follow_up_id).first()


async def answer_follow_up(follow_up_id: int, row: dict, user_id: int | None,
                           errors: Errors | None = None) -> dict | None:
    """Record yes / no / unreachable with its date and a note, once; None when the follow-up is unknown."""
    errors = errors or Errors()
    if not row.get("answer"):
        errors.add("answer", "required", _("Kies een antwoord."))
    else:
        errors.choice("answer", row.get("answer"), values(FollowUpAnswer))
    answered_on = row.get("answered_on")
    if answered_on is None:
        errors.add("answered_on", "required", _("Vul dit veld in."))
    _not_future(errors, "answered_on", answered_on)
    errors.max_length("note", row.get("note"), 2000)
    async with write_transaction():
        current = await get_follow_up(follow_up_id)
        if current is None:
            return None
        if current["answer"] is not None:
            errors.status_code = 409
            errors.add("answer", "already_answered", _("Deze opvolging is al beantwoord."))
        elif answered_on is not None and answered_on < current["exit_on"]:
            errors.add("answered_on", "before_exit", _("Het antwoord ligt voor de uitstroomdatum."))
        errors.raise_if_any()
        await ExitFollowUp.update({
            ExitFollowUp.answer: row["answer"], ExitFollowUp.answered_on: answered_on,
            ExitFollowUp.note: (row.get("note") or "").strip(), ExitFollowUp.answered_by: user_id,
        }).where(ExitFollowUp.id == follow_up_id)
    return await get_follow_up(follow_up_id)


async def worker_outflow(worker_id: int) -> dict:
    exits = await list_exits(worker_id)
    return {"exits": exits, "has_open_exit": any(e["reentered_on"] is None for e in exits)}


async def lasting_outflow_figures(today: date, exits_from: date | None = None, exits_until: date | None = None,
                                  kinds: tuple[str, ...] = WORK_KINDS) -> dict[int, LastingOutflow]:
    """The lasting-outflow figure per follow-up point, over exits in [exits_from, exits_until]."""
    query = ExitFollowUp.select(ExitFollowUp.weeks, ExitFollowUp.due_on, ExitFollowUp.answer,
                                ExitFollowUp.exit.kind.as_alias("kind"))
    if exits_from is not None:
        query = query.where(ExitFollowUp.exit.exit_on >= exits_from)
    if exits_until is not None:
        query = query.where(ExitFollowUp.exit.exit_on <= exits_until)
    results = [FollowUpResult(row["weeks"], row["due_on"], row["kind"], row["answer"]) for row in await query]
    return lasting_outflow(results, today, kinds)
