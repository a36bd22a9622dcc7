"""Checks a manager's edit with the optimiser's own solver-independent rule checks.

The roster before and after the edit are both checked rule by rule; only violations the edit
introduces count. Availability and skills, overlap and rest, and any cap crossing are never
allowed; the other hard rules (hours limits, headcounts, skill minimums of a shift, mentors)
may be overridden by a manager who gives a reason, which is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from optimiser.index import Index
from optimiser.plan import Plan
from optimiser.rules import HARD_RULES
from wijkwerk.i18n.translations import gettext as _

# Availability, skills and certificates, overlap and rest protect the person; the caps protect
# their benefit. No reason makes these acceptable.
NEVER_OVERRIDE = {"availability", "skills", "MinRestBetweenShifts", "StayWithinCapRoom", "cap"}
# Why a single (worker, shift) pair is not allowed, as the optimiser's index reports it.
BLOCKED_CATEGORY = {"unavailable": "availability", "forbidden": "availability", "outside_area": "availability",
                    "not_this_type": "skills", "too_long": "MaxHoursPerDay", "over_cap": "cap",
                    "no_mentor": "MentorForLearners"}


def rule_words(rule: str) -> str:
    return {
        "availability": _("is dan niet beschikbaar (pas zo nodig eerst de beschikbaarheid aan)"),
        "skills": _("mist de vaardigheid of een geldig certificaat voor dit werk"),
        "cap": _("de vergoeding komt boven de grens (maand of jaar); dat kan nooit"),
        "KeepPins": _("een vastgezette plaats zou vervallen"),
        "MaxShiftsPerDay": _("meer diensten op één dag dan toegestaan"),
        "MinRestBetweenShifts": _("diensten overlappen of er is te weinig rust tussen twee diensten"),
        "MaxHoursPerDay": _("meer uren op één dag dan toegestaan"),
        "MaxHoursPerWeek": _("meer uren in de week dan toegestaan"),
        "TotalMinutesWithinLimits": _("buiten de afgesproken uren"),
        "StayWithinCapRoom": _("de vergoeding komt boven de grens (maand of jaar); dat kan nooit"),
        "MaxHeadcount": _("meer mensen dan het maximum van de dienst"),
        "RequiredSkills": _("te weinig mensen met de nodige vaardigheid of een geldig certificaat"),
        "MentorForLearners": _("een leerling staat er zonder iemand die het kan aanleren"),
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
    problems = [("availability", f"{w}@{s}:not_in_week") for w, s in sorted(after - before)
                if w not in index.worker_pos or s not in index.shift_pos]
    old, new = _plan(index, before), _plan(index, after)
    for rule in HARD_RULES:
        introduced = set(rule().violations(new)) - set(rule().violations(old))
        if introduced and rule.__name__ == "OnlyWhenAvailable":
            problems += _blocked_pairs(index, new.pairs - old.pairs)
        else:
            problems += [(rule.__name__, detail) for detail in sorted(introduced)]
    return EditCheck(problems)


def _blocked_pairs(index: Index, added) -> list[tuple[str, str]]:
    """Name why each newly added pair is blocked: availability, skills, hours, cap or mentor."""
    out = []
    for wi, si in sorted(added):
        reason = index.blocked(wi, si, mentor=False)
        if reason is not None:
            out.append((BLOCKED_CATEGORY.get(reason, "availability"), f"{index.workers[wi].id}@{index.shifts[si].id}:{reason}"))
    return out


def report_for(problem, pairs: set[tuple[str, str]]) -> dict:
    """The optimiser's own report (hours, cap room, fairness, reasons) for a roster edited by hand."""
    from optimiser import SolveOptions
    from optimiser.report import make_solution
    from optimiser.solve import StageResult

    index = Index(problem)
    positions = {(index.worker_pos[w], index.shift_pos[s]) for w, s in pairs
                 if w in index.worker_pos and s in index.shift_pos}
    solution = make_solution(index, positions, "edited", [StageResult(terms=None, status="edited")], [],
                             SolveOptions(), 0.0)
    return solution.to_dict()
