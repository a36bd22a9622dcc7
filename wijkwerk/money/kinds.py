"""Ledger kinds grouped by what they mean for profit, with their Dutch labels."""

from __future__ import annotations

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables.enums import LedgerKind

# Profit = revenue − operating costs; subsidies and other income are shown separately.
INCOME_KINDS = (LedgerKind.revenue.value,)
FUNDING_KINDS = (LedgerKind.subsidy.value, LedgerKind.other_income.value)
COST_KINDS = (LedgerKind.compensation.value, LedgerKind.supervision.value, LedgerKind.materials.value,
              LedgerKind.overhead.value)
# Spending of reinvested money was already taken out of profit by its allocation.
SPENDING_KINDS = (LedgerKind.reinvestment_spending.value,)
# What a manager types in by hand; revenue and compensation are booked from attendance.
MANUAL_KINDS = (*FUNDING_KINDS, LedgerKind.supervision.value, LedgerKind.materials.value,
                LedgerKind.overhead.value)


def kind_labels() -> dict[str, str]:
    return {
        "revenue": _("Omzet"), "subsidy": _("Subsidie of bijdrage"), "other_income": _("Overige inkomsten"),
        "compensation": _("Vrijwilligersvergoedingen"), "supervision": _("Begeleiding"),
        "materials": _("Materiaal"), "overhead": _("Overhead"),
        "reinvestment_spending": _("Besteding herinvestering"),
    }


def funder_kind_labels() -> dict[str, str]:
    return {"gemeente": _("Gemeente"), "fund": _("Fonds of wijkbudget"), "lottery": _("Loterij"),
            "other": _("Anders")}


def project_status_labels() -> dict[str, str]:
    return {"idea": _("Idee"), "running": _("Loopt"), "finished": _("Afgerond")}
