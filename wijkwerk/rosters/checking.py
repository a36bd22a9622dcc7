"""Checks a manager's edit with the optimiser's own solver-independent rule checks.

The roster before and after the edit are both checked rule by rule; only violations the edit
introduces count. Crossing a compensation cap is never allowed; other hard rules may be
overridden by a manager who gives a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from optimiser.index import Index
from optimiser.plan import Plan
from optimiser.rules import HARD_RULES
from wijkwerk.i18n.translations import gettext as _

# Money limits protect the resident's benefit: no manager override.
NEVER_OVERRIDE = {"StayWithinCapRoom"}


def rule_words(rule: str) -> str:
    return {
        "OnlyWhenAvailable": _("is dan niet beschikbaar, mist een vaardigheid of geldig certificaat, of mag dit werk niet doen"),
        "KeepPins": _("een vastgezette plaats zou vervallen"),
        "MaxShiftsPerDay": _("meer diensten op één dag dan toegestaan"),
        "MinRestBetweenShifts": _("diensten overlappen of er is te weinig rust tussen twee diensten"),
        "MaxHoursPerDay": _("meer uren op één dag dan toegestaan"),
        "MaxHoursPerWeek": _("meer uren in de week dan toegestaan"),
        "TotalMinutesWithinLimits": _("buiten de afgesproken uren"),
        "StayWithinCapRoom": _("de vergoeding komt boven de grens (maand of jaar); dat kan nooit"),
        "MaxHeadcount": _("meer mensen dan het maximum van de dienst"),
        "RequiredSkills": _("te weinig mensen met de nodige vaardigheid of een geldig certificaat"),
        "MentorForLearners": _("een leerling staat er zonder iemand die het kan leren"),
    }.get(rule, _("breekt een roosterregel"))


@dataclass(frozen=True)
class EditCheck:
    problems: list[tuple[str, str]]  # (rule, detail)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def overridable(self) -> bool:
        return not any(rule in NEVER_OVERRIDE for rule, _detail in self.problems)

    def messages(self) -> list[str]:
        return sorted({rule_words(rule) for rule, _detail in self.problems})


def _plan(index: Index, pairs: set[tuple[str, str]]) -> Plan:
    return Plan(index, {(index.worker_pos[w], index.shift_pos[s]) for w, s in pairs
                        if w in index.worker_pos and s in index.shift_pos})


def check_edit(problem, before: set[tuple[str, str]], after: set[tuple[str, str]]) -> EditCheck:
    """Hard-rule violations present after the edit that were not there before it."""
    index = Index(problem)
    old, new = _plan(index, before), _plan(index, after)
    problems = []
    for rule in HARD_RULES:
        introduced = set(rule().violations(new)) - set(rule().violations(old))
        problems += [(rule.__name__, detail) for detail in sorted(introduced)]
    return EditCheck(problems)
