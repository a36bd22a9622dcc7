"""Small things the money pages share: select options, the chosen month, the signed-in user."""

from __future__ import annotations

from litestar import Request

from wijkwerk import clock
from wijkwerk.common.forms import parse_id
from wijkwerk.money.kinds import funder_kind_labels, kind_labels, project_status_labels
from wijkwerk.money.periods import Period, month, parse_month
from wijkwerk.tables import Client, Funder, Job, Neighbourhood, NeighbourhoodProject


def user_id(request: Request) -> int:
    return request.scope["user"].id


def chosen_month(text: str | None) -> Period:
    """The month in ?maand=jjjj-mm, or the current month for anything else."""
    today = clock.today()
    return parse_month(text) or month(today.year, today.month)


def chosen_id(text: str | None) -> int | None:
    return parse_id(text)


async def options() -> dict[str, list[tuple]]:
    """(value, label) pairs for the money forms' selects."""
    funders = await Funder.select(Funder.id, Funder.name).order_by(Funder.name)
    projects = await NeighbourhoodProject.select(NeighbourhoodProject.id, NeighbourhoodProject.name).order_by(
        NeighbourhoodProject.name)
    clients = await Client.select(Client.id, Client.name).order_by(Client.name)
    jobs = await Job.select(Job.id, Job.title).order_by(Job.title)
    neighbourhoods = await Neighbourhood.select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name)
    return {
        "funders": [(r["id"], r["name"]) for r in funders], "projects": [(r["id"], r["name"]) for r in projects],
        "clients": [(r["id"], r["name"]) for r in clients], "jobs": [(r["id"], r["title"]) for r in jobs],
        "neighbourhoods": [(r["id"], r["name"]) for r in neighbourhoods],
    }


def labels() -> dict[str, dict[str, str]]:
    return {"kind": kind_labels(), "funder_kind": funder_kind_labels(), "status": project_status_labels()}
