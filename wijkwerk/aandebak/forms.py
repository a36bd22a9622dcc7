"""Read the AanDeBak page forms into the dicts the services take; unreadable fields become errors."""

from __future__ import annotations

from wijkwerk.common.forms import FormReader, parse_id
from wijkwerk.common.validation import InvalidInput


def read_employer(data: dict) -> dict:
    form = FormReader(data)
    return {"name": form.text("name"), "sector": form.text("sector"), "contact_name": form.text("contact_name"),
            "email": form.text("email")}


def read_agreement(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    return {
        "employer_id": parse_id(form.text("employer_id")), "sector": form.text("sector"),
        "course_name": form.text("course_name"), "course_level": form.integer("course_level", required=True),
        "crebo": form.text("crebo"), "places_per_year": form.integer("places_per_year", required=True),
        "guarantee_kind": form.text("guarantee_kind") or "job",
        "hours_per_week": form.integer("hours_per_week") or 32,
        "neighbourhood_id": parse_id(form.text("neighbourhood_id")),
        "valid_from": form.date("valid_from", required=True), "valid_until": form.date("valid_until"),
    }, form


def read_candidate(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    return {
        "first_name": form.text("first_name"), "last_name": form.text("last_name"),
        "birth_date": form.date("birth_date", required=True), "sector": form.text("sector"),
        "agreement_id": parse_id(form.text("agreement_id")), "worker_id": parse_id(form.text("worker_id")),
        "neighbourhood_id": parse_id(form.text("neighbourhood_id")), "school": form.text("school"),
        "course_name": form.text("course_name"), "course_level": form.integer("course_level", required=True),
        "crebo": form.text("crebo"), "starts_on": form.date("starts_on", required=True),
        "expected_diploma_on": form.date("expected_diploma_on", required=True),
        "wanted_hours_per_week": form.integer("wanted_hours_per_week") or 32,
    }, form


def read_step(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    return {"state": form.text("state"), "on_date": form.date("on_date", required=True),
            "note": form.text("note"), "contract": form.text("contract"), "reason": form.text("reason")}, form


def read_action(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    return {"on_date": form.date("on_date", required=True), "action": form.text("action"),
            "owner": form.text("owner"), "next_step": form.text("next_step"),
            "next_step_on": form.date("next_step_on")}, form


def read_follow_up(data: dict) -> tuple[dict, FormReader]:
    form = FormReader(data)
    answer = form.text("still_employed")
    return {"answered_on": form.date("answered_on", required=True),
            "still_employed": {"ja": True, "nee": False}.get(answer), "note": form.text("note")}, form


async def save(form: FormReader | None, action) -> tuple[object, dict[str, str], int]:
    """Run `action()` unless fields were unreadable: (result, errors by field, HTTP status)."""
    try:
        if form is not None and form.errors.items:
            raise InvalidInput(list(form.errors.items))
        return await action(), {}, 200
    except InvalidInput as invalid:
        return None, invalid.by_field(), invalid.status_code
