"""The "lasting outflow" (duurzame uitstroom) figure, computed from follow-up answers. Pure: no I/O.

At 26 and 52 weeks after an exit someone asks: still in work, and not back on benefit? The
figure per point is the share of due follow-ups answered "yes". A follow-up that is due but
unanswered, or whose person could not be reached, counts as not confirmed: funders ask us
not to over-claim (Social Value principles), so the share is yes / due, and the counts that
make it up are given alongside for a report to show or suppress.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

FOLLOW_UP_WEEKS = (26, 52)
WORK_KINDS = ("job",)


@dataclass(frozen=True)
class FollowUpResult:
    weeks: int
    due_on: date
    exit_kind: str
    answer: str | None  # "yes", "no", "unreachable", or None while unanswered


@dataclass(frozen=True)
class LastingOutflow:
    weeks: int
    due: int  # follow-ups whose date has come
    yes: int
    no: int
    unreachable: int
    unanswered: int

    @property
    def percent(self) -> int | None:
        """Whole percent still in work and off benefit among the due follow-ups; None when none is due."""
        return None if self.due == 0 else round(100 * self.yes / self.due)


def lasting_outflow(results: Iterable[FollowUpResult], today: date,
                    kinds: tuple[str, ...] = WORK_KINDS) -> dict[int, LastingOutflow]:
    """One figure per follow-up point (26, 52 weeks) over exits of `kinds` (by default: to a job)."""
    due = [r for r in results if r.exit_kind in kinds and r.due_on <= today]
    figures = {}
    for weeks in FOLLOW_UP_WEEKS:
        answers = [r.answer for r in due if r.weeks == weeks]
        figures[weeks] = LastingOutflow(
            weeks=weeks, due=len(answers), yes=answers.count("yes"), no=answers.count("no"),
            unreachable=answers.count("unreachable"), unanswered=answers.count(None))
    return figures
