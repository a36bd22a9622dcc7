"""Dutch labels for the outflow codes, built per request so they follow the chosen language."""

from __future__ import annotations

from wijkwerk.i18n.translations import gettext as _


def outflow_labels() -> dict[str, dict[str, str]]:
    return {
        "kind": {"job": _("Regulier werk"), "education": _("Opleiding"), "other_benefit": _("Andere uitkering"),
                 "moved": _("Verhuisd"), "unknown": _("Onbekend")},
        "contract_type": {"none": _("Geen of onbekend"), "permanent": _("Vast contract"),
                          "temporary": _("Tijdelijk contract"), "on_call": _("Oproep- of flexcontract"),
                          "supported": _("Met loonkostensubsidie of jobcoach")},
        "benefit_ended": {"fully": _("Helemaal gestopt"), "partly": _("Deels gestopt"), "no": _("Niet gestopt"),
                          "unknown": _("Onbekend")},
        "answer": {"yes": _("Ja, nog aan het werk en geen uitkering"), "no": _("Nee"),
                   "unreachable": _("Niet bereikt")},
    }
