"""Translated labels for the codes that appear as row labels in funder tables."""

from __future__ import annotations

from wijkwerk.i18n.locales import current_language
from wijkwerk.i18n.translations import gettext as _


def total() -> str:
    return _("Totaal")


def benefit(code: str) -> str:
    return {"bijstand": _("Bijstand (gemeente)"), "ww": _("WW (UWV)"), "wia": _("WIA (UWV)"),
            "wajong": _("Wajong (UWV)"), "none": _("Geen uitkering"), "total": total()}.get(code, code)


def client_kind(code: str) -> str:
    return {"gemeente": _("Gemeente"), "housing_corporation": _("Woningcorporatie"), "other": _("Anders"),
            "total": total()}.get(code, code)


def name_column(prefix: str) -> str:
    """Which stored name to show (job types, sectors): English names exist for English readers."""
    return f"{prefix}_en" if current_language.get() == "en" else f"{prefix}_nl"
