"""Mediation (bemiddeling): who is due for it, who is overdue, and the log of dated actions.

A candidate with a diploma who is not placed within their sector's `mediation_after_weeks`
enters mediation. They are overdue when no action has been logged yet, or when the next step
the last action planned has passed. Mediation ends with placement or a closed reason.
"""

from __future__ import annotations

from datetime import date, timedelta

from wijkwerk.clock import now, today
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Candidate, MediationAction

OPEN_STATES = ("diploma", "offer")


def mediation_status(diploma_on: date | None, state: str, weeks: int, last_action: dict | None,
                     day: date) -> tuple[str, date | None]:
    """("none" | "waiting" | "active" | "overdue", the day mediation starts) for one candidate."""
    if diploma_on is None or state not in OPEN_STATES:
        return "none", None
    starts = diploma_on + timedelta(weeks=weeks)
    if day < starts:
        return "waiting", starts
    if last_action is None or (last_action["next_step_on"] is not None and last_action["next_step_on"] < day):
        return "overdue", starts
    return "active", starts


async def mediation_list(day: date | None = None) -> list[dict]:
    """Candidates in mediation (active or overdue) with their status, oldest diploma first."""
    day = day or today()
    rows = await Candidate.select(
        Candidate.id, Candidate.first_name, Candidate.last_name, Candidate.state, Candidate.diploma_on,
        Candidate.sector.code.as_alias("sector"), Candidate.sector.mediation_after_weeks.as_alias("weeks"),
        Candidate.agreement.employer.name.as_alias("employer_name"),
    ).where(Candidate.state.is_in(list(OPEN_STATES))).order_by(Candidate.diploma_on)
    last = await _last_actions([row["id"] for row in rows])
    result = []
    for row in rows:
        status, starts = mediation_status(row["diploma_on"], row["state"], row["weeks"], last.get(row["id"]), day)
        if status in ("active", "overdue"):
            result.append({**row, "status": status, "starts_on": starts, "last_action": last.get(row["id"])})
    return result


async def _last_actions(candidate_ids: list[int]) -> dict[int, dict]:
    if not candidate_ids:
        return {}
    rows = await MediationAction.select(
        MediationAction.candidate, MediationAction.on_date, MediationAction.action, MediationAction.owner,
        MediationAction.next_step, MediationAction.next_step_on,
    ).where(MediationAction.candidate.is_in(candidate_ids)).order_by(MediationAction.on_date).order_by(
        MediationAction.id)
    return {row["candidate"]: row for row in rows}  # the last one per candidate wins


def candidate_status(candidate: dict, weeks: int, day: date | None = None) -> tuple[str, date | None]:
    last = candidate["mediation"][-1] if candidate["mediation"] else None
    return mediation_status(candidate["diploma_on"], candidate["state"], weeks, last, day or today())


async def add_action(candidate_id: int, data: dict) -> bool:
    async with write_transaction():
        candidate = await Candidate.select(Candidate.state, Candidate.diploma_on).where(
            Candidate.id == candidate_id).first()
        if candidate is None:
            return False
        errors = Errors()
        errors.required_text("action", data.get("action"), 2000)
        errors.required_text("owner", data.get("owner"), 150)
        errors.max_length("next_step", data.get("next_step"), 2000)
        on_date, next_on = data.get("on_date"), data.get("next_step_on")
        if on_date is None:
            errors.add("on_date", "required", _("Vul dit veld in."))
        elif on_date > today():
            errors.add("on_date", "in_future", _("Een actie kan niet in de toekomst liggen."))
        elif candidate["diploma_on"] and on_date < candidate["diploma_on"]:
            errors.add("on_date", "before_diploma", _("Bemiddeling begint na het diploma."))
        if on_date and next_on and next_on < on_date:
            errors.add("next_step_on", "end_before_start", _("De volgende stap ligt na deze actie."))
        if candidate["state"] not in OPEN_STATES:
            errors.status_code = 409
            errors.add("state", "not_in_mediation",
                       _("Alleen voor kandidaten met een diploma die nog niet geplaatst zijn."))
        errors.raise_if_any()
        await MediationAction.insert(MediationAction(
            candidate=candidate_id, on_date=on_date, action=data["action"].strip(), owner=data["owner"].strip(),
            next_step=(data.get("next_step") or "").strip(), next_step_on=next_on, recorded_at=now()))
    return True
