"""Labels for AanDeBak and vacancy codes, and the choices their forms offer (per request language)."""

from __future__ import annotations

from wijkwerk.aandebak.records import list_agreements, list_employers
from wijkwerk.aandebak.sectors import list_sectors
from wijkwerk.i18n.locales import current_language
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Neighbourhood, Skill, Worker


def labels() -> dict[str, dict]:
    return {
        "state": {"enrolled": _("Ingeschreven"), "diploma": _("Diploma behaald"), "offer": _("Aanbod gedaan"),
                  "placed": _("Geplaatst"), "closed": _("Gestopt")},
        "guarantee": {"job": _("Baan"), "internship": _("Stage"), "interview": _("Sollicitatiegesprek")},
        "mediation": {"active": _("In bemiddeling"), "overdue": _("Bemiddeling achterstallig"),
                      "waiting": _("Nog binnen de termijn"), "none": "—"},
        "vacancy": {"open": _("Open"), "closed": _("Gesloten")},
        "offer": {"open": _("Open"), "accepted": _("Aangenomen"), "declined": _("Afgewezen")},
        "level": {"learning": _("Leert het"), "competent": _("Kan het"), "can_teach": _("Kan het anderen leren")},
    }


async def sector_names() -> dict[str, str]:
    english = current_language.get() == "en"
    return {row["code"]: row["name_en"] if english else row["name_nl"] for row in await list_sectors()}


async def choices() -> dict[str, list[tuple]]:
    """Select options as (value, label) pairs, for the macros' select()."""
    names = labels()
    neighbourhoods = await Neighbourhood.select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name)
    skills = await Skill.select(Skill.id, Skill.name).order_by(Skill.name)
    workers = await Worker.select(Worker.id, Worker.first_name, Worker.last_name).where(
        Worker.status == "active").order_by(Worker.last_name)
    return {
        "sectors": sorted((await sector_names()).items(), key=lambda item: item[1]),
        "employers": [(row["id"], row["name"]) for row in await list_employers()],
        "agreements": [(row["id"], f"{row['course_name']} — {row['employer_name']}") for row in await list_agreements()],
        "neighbourhoods": [(row["id"], row["name"]) for row in neighbourhoods],
        "skills": [(row["id"], row["name"]) for row in skills],
        "workers": [(row["id"], f"{row['first_name']} {row['last_name']}") for row in workers],
        "levels": [(1, "1"), (2, "2"), (3, "3"), (4, "4")],
        **{key: list(names[key].items()) for key in ("guarantee", "level")},
        "steps": [(key, label) for key, label in names["state"].items() if key != "enrolled"],
    }
