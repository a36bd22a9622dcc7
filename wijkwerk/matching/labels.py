"""Manager words for the matcher's reason codes (the codes stay English in data and JSON)."""

from __future__ import annotations

from wijkwerk.i18n.translations import gettext as _


def reason_labels() -> dict[str, str]:
    return {
        "skills": _("Vaardigheden"),
        "skill_below_level": _("Vaardigheid onder het gevraagde niveau"),
        "missing_certificate": _("Certificaat ontbreekt of is verlopen"),
        "sector_preferred": _("Voorkeurssector"),
        "sector_no_preference": _("Geen sectorvoorkeur opgegeven"),
        "sector_other": _("Andere sector dan gewenst"),
        "hours": _("Uren passen niet (aangeboden/gewenst)"),
        "hours_fit": _("Uren (aangeboden/gewenst)"),
        "travel_same": _("Zelfde wijk"),
        "travel_neighbouring": _("Aangrenzende wijk"),
        "travel_unknown": _("Wijk onbekend"),
        "travel_far": _("Verder weg"),
        "diploma_match": _("Diploma past bij de afspraak"),
        "holds_guarantee": _("Heeft deze baangarantie"),
        "guarantee_for_candidates": _("Garantieplaats alleen voor AanDeBak-kandidaten"),
        "no_diploma": _("Nog geen diploma"),
        "diploma_mismatch": _("Diploma past niet bij de afspraak"),
        "low_score": _("Te lage score"),
        "capacity_full": _("Plaatsen vol: gingen naar anderen"),
        "not_in_top_k": _("Buiten de beste opties"),
        "no_openings": _("Geen openstaande plaatsen"),
    }


def describe(reasons: list[dict]) -> list[dict]:
    labels = reason_labels()
    return [{**reason, "label": labels.get(reason["code"], reason["code"])} for reason in reasons]
