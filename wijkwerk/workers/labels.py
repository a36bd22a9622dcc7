"""Dutch labels for the stored codes, and the choices the worker forms offer.

Labels are built per request so they follow the chosen language.
"""

from __future__ import annotations

from wijkwerk.i18n.formatting import weekday_name
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import JobType, Neighbourhood, Skill


def labels() -> dict[str, dict]:
    return {
        "status": {"active": _("Actief"), "paused": _("Gepauzeerd"), "left": _("Gestopt")},
        "benefit": {"bijstand": _("Bijstand (gemeente)"), "ww": _("WW (UWV)"), "wia": _("WIA (UWV)"),
                    "wajong": _("Wajong (UWV)"), "none": _("Geen uitkering")},
        "level": {"learning": _("Leert het"), "competent": _("Kan het"), "can_teach": _("Kan het anderen leren")},
        "kind": {"unavailable": _("Niet beschikbaar"), "extra": _("Extra beschikbaar")},
        "preference": {"like": _("Doet dit graag"), "dislike": _("Liever niet")},
        "certificate": {"valid": _("Geldig"), "expires_soon": _("Verloopt binnenkort"), "expired": _("Verlopen")},
        "weekday": {day: weekday_name(day) for day in range(7)},
    }


async def choices() -> dict[str, list[tuple]]:
    """Select options as (value, label) pairs, for the macros' select()."""
    names = labels()
    neighbourhoods = await Neighbourhood.select(Neighbourhood.id, Neighbourhood.name).order_by(Neighbourhood.name)
    skills = await Skill.select(Skill.id, Skill.name).order_by(Skill.name)
    job_types = await JobType.select(JobType.id, JobType.name_nl).order_by(JobType.name_nl)
    return {
        "neighbourhoods": [(row["id"], row["name"]) for row in neighbourhoods],
        "skills": [(row["id"], row["name"]) for row in skills],
        "job_types": [(row["id"], row["name_nl"]) for row in job_types],
        **{key: list(names[key].items()) for key in ("status", "benefit", "level", "kind", "preference", "weekday")},
    }
