"""The report filter: a period (month, quarter, year or custom), a neighbourhood and a comparison.

Query parameters are read leniently and every problem becomes a Dutch field message, so a
bad link answers 400 with an explanation instead of a 500. Custom periods are for staff only:
two custom periods a day apart would let a reader subtract one day's figures (docs/reports.md).

Funders and share links read a period once it is published: a quarter and its months the day
after the quarter is over, a year the day after it is over. Figures are protected across all
reports of a year, and what was published once must stay as it was (reports/publication.py):
publishing whole quarters means a month is protected together with its sibling months, and a
year or quarter is never read half-way, when it would be a sum no later report repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum

from wijkwerk.common.validation import Errors
from wijkwerk.i18n.formatting import AMSTERDAM, local_date
from wijkwerk.i18n.translations import gettext as _

MAX_DAYS = 3 * 366 + 1  # a custom period spans at most about three years
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_YEAR = re.compile(r"^[0-9]{4}$")


class PeriodKind(str, Enum):
    month = "maand"
    quarter = "kwartaal"
    year = "jaar"
    custom = "anders"


class Comparison(str, Enum):
    none = "geen"
    previous = "vorige"
    last_year = "vorig_jaar"


@dataclass(frozen=True)
class ReportFilter:
    """A closed date range [start, end] in Amsterdam days, optionally one neighbourhood."""

    kind: PeriodKind
    start: date
    end: date
    neighbourhood_id: int | None = None
    comparison: Comparison = Comparison.none

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start 00:00, day after end 00:00) in Amsterdam time, as UTC instants."""
        return _instant(self.start), _instant(self.end + timedelta(days=1))

    def months(self) -> list[str]:
        """Every 'YYYY-MM' the period touches, in order: the axis of the trend charts."""
        keys, cursor = [], self.start.replace(day=1)
        while cursor <= self.end:
            keys.append(f"{cursor.year}-{cursor.month:02d}")
            cursor = (cursor + timedelta(days=32)).replace(day=1)
        return keys

    def compared(self) -> "ReportFilter | None":
        """The previous period of the same kind and length, or the same dates one year back."""
        if self.comparison == Comparison.none:
            return None
        if self.comparison == Comparison.last_year:
            start, end = _minus_year(self.start), _minus_year(self.end)
        elif self.kind == PeriodKind.month:
            start = _add_months(self.start, -1)
            end = _add_months(self.start, 0) - timedelta(days=1)
        elif self.kind == PeriodKind.quarter:
            start, end = _add_months(self.start, -3), self.start - timedelta(days=1)
        elif self.kind == PeriodKind.year:
            start, end = date(self.start.year - 1, 1, 1), date(self.start.year - 1, 12, 31)
        else:
            end = self.start - timedelta(days=1)
            start = end - timedelta(days=self.days - 1)
        return replace(self, start=start, end=end, comparison=Comparison.none)

    @property
    def whole(self) -> bool:
        """A calendar month, quarter or year: the only periods funders and share links get."""
        return self.kind != PeriodKind.custom

    def published(self, today: date) -> bool:
        """Whether funders may read this period today (a custom period never)."""
        return self.whole and today >= publication_day(self.kind, self.start)

    def as_query(self) -> dict[str, str]:
        """The query parameters that reproduce this filter, keeping its kind (a month stays a month)."""
        query = {"periode": self.kind.value}
        if self.kind == PeriodKind.custom:
            query.update(van=self.start.isoformat(), tot=self.end.isoformat())
        else:
            query["jaar"] = str(self.start.year)
        if self.kind == PeriodKind.month:
            query["maand"] = str(self.start.month)
        elif self.kind == PeriodKind.quarter:
            query["kwartaal"] = str((self.start.month - 1) // 3 + 1)
        query["vergelijk"] = self.comparison.value
        if self.neighbourhood_id:
            query["wijk"] = str(self.neighbourhood_id)
        return query


def _instant(day: date) -> datetime:
    return datetime.combine(day, time(0), AMSTERDAM).astimezone(timezone.utc)


def _minus_year(day: date) -> date:
    return day.replace(year=day.year - 1, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _read_date(errors: Errors, name: str, text: str) -> date | None:
    if not _DATE.match(text):
        errors.add(name, "invalid_date", _("Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01."))
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors.add(name, "invalid_date", _("Deze datum bestaat niet."))
        return None


def _read_year(errors: Errors, text: str, today: date) -> int | None:
    if not text:
        return today.year
    if not _YEAR.match(text) or not 2000 <= int(text) <= 2100:
        errors.add("jaar", "invalid_year", _("Kies een jaar tussen 2000 en 2100."))
        return None
    return int(text)


def _read_number(errors: Errors, name: str, text: str, default: int, highest: int, message: str) -> int | None:
    if not text:
        return default
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= highest:
        errors.add(name, "out_of_range", message)
        return None
    return int(text)


def _range(errors: Errors, kind: PeriodKind, query: dict[str, str], today: date) -> tuple[date, date] | None:
    if kind == PeriodKind.custom:
        start = _read_date(errors, "van", query.get("van", ""))
        end = _read_date(errors, "tot", query.get("tot", ""))
        if start and end and end < start:
            errors.add("tot", "end_before_start", _("De einddatum ligt vóór de begindatum."))
        elif start and end and (end - start).days + 1 > MAX_DAYS:
            errors.add("tot", "too_long", _("Kies een periode van hoogstens drie jaar."))
        elif start and end and not (date(2000, 1, 1) <= start and end <= date(2100, 12, 31)):
            errors.add("van", "out_of_range", _("Kies data tussen 2000 en 2100."))
        return (start, end) if start and end else None
    year = _read_year(errors, query.get("jaar", ""), today)
    if kind == PeriodKind.month:
        month = _read_number(errors, "maand", query.get("maand", ""), today.month, 12, _("Kies een maand van 1 tot en met 12."))
        if year and month:
            return date(year, month, 1), _add_months(date(year, month, 1), 1) - timedelta(days=1)
    elif kind == PeriodKind.quarter:
        quarter = _read_number(errors, "kwartaal", query.get("kwartaal", ""), (today.month - 1) // 3 + 1, 4,
                               _("Kies een kwartaal van 1 tot en met 4."))
        if year and quarter:
            start = date(year, 3 * quarter - 2, 1)
            return start, _add_months(start, 3) - timedelta(days=1)
    elif year:
        return date(year, 1, 1), date(year, 12, 31)
    return None


def whole_periods_message() -> str:
    return _("Kies een hele maand, een kwartaal of een jaar. Een eigen periode is alleen voor medewerkers: "
             "twee eigen periodes die één dag verschillen, zouden samen iets over één persoon laten zien.")


def parse_filter(query: dict[str, str], today: date, neighbourhood_ids: set[int],
                 allow_custom: bool = True) -> ReportFilter:
    """Read a filter from query parameters; raise InvalidInput (400) with Dutch messages per field.

    Defaults: the current year, all neighbourhoods, no comparison. Without `allow_custom` (funders)
    only whole calendar months, quarters and years that are published are accepted, and the
    defaults are the latest published ones (a quarter when no period is named).
    """
    errors = Errors()
    kinds = {kind.value: kind for kind in PeriodKind}
    # A funder who names no period gets the latest quarter published: the most recent figures.
    kind = kinds.get(query.get("periode", "") or (PeriodKind.year if allow_custom else PeriodKind.quarter).value)
    if kind is None:
        errors.add("periode", "invalid_choice", _("Kies maand, kwartaal, jaar of een eigen periode.")
                   if allow_custom else _("Kies maand, kwartaal of jaar."))
    elif kind == PeriodKind.custom and not allow_custom:
        errors.add("periode", "whole_periods_only", whole_periods_message())
        kind = None
    comparisons = {item.value: item for item in Comparison}
    comparison = comparisons.get(query.get("vergelijk", "") or Comparison.none.value)
    if comparison is None:
        errors.add("vergelijk", "invalid_choice", _("Kies geen vergelijking, de vorige periode of vorig jaar."))
    neighbourhood_id = None
    wijk = query.get("wijk", "")
    if wijk:
        if not (wijk.isascii() and wijk.isdigit() and len(wijk) < 10 and int(wijk) in neighbourhood_ids):
            errors.add("wijk", "not_found", _("Deze wijk bestaat niet."))
        else:
            neighbourhood_id = int(wijk)
    # A funder who names no year, month or quarter gets the last one published (in May: the first
    # quarter, and last year), not a running period they may not read yet.
    reference = today if allow_custom or kind is None else last_published_day(kind, today)
    bounds = _range(errors, kind, query, reference) if kind else None
    if bounds and not allow_custom and today < publication_day(kind, bounds[0]):
        errors.add("periode", "not_published", not_published_message(kind, bounds[0], today))
    errors.raise_if_any()
    return ReportFilter(kind, bounds[0], bounds[1], neighbourhood_id, comparison)


def last_closed_day(today: date) -> date:
    """The last day of the last month that is over."""
    return today.replace(day=1) - timedelta(days=1)


def publication_day(kind: PeriodKind, start: date) -> date:
    """The first day funders may read the whole period starting at `start`: the day after its
    quarter is over (a month, a quarter) or after its year is over."""
    if kind == PeriodKind.year:
        return date(start.year + 1, 1, 1)
    return _add_months(date(start.year, (start.month - 1) // 3 * 3 + 1, 1), 3)


def last_published_day(kind: PeriodKind, today: date) -> date:
    """The last day of the latest period of this kind that is published today."""
    if kind == PeriodKind.year:
        return date(today.year - 1, 12, 31)
    return date(today.year, (today.month - 1) // 3 * 3 + 1, 1) - timedelta(days=1)


def published_quarters(year: int, today: date) -> int:
    """How many quarters of `year` are published today (0 to 4)."""
    if today.year != year:
        return 4 if today.year > year else 0
    return (today.month - 1) // 3


def not_published_message(kind: PeriodKind, start: date, today: date) -> str:
    day = local_date(publication_day(kind, start), "d MMMM y")
    # Only a month can be over and not yet published: quarters and years are published when over.
    if kind != PeriodKind.month or start > last_closed_day(today):
        return _("Deze periode is nog niet voorbij. De cijfers verschijnen op %(day)s.", day=day)
    return _("De cijfers van deze periode verschijnen op %(day)s. Cijfers per maand en per kwartaal verschijnen "
             "na afloop van het kwartaal, die van een jaar na afloop van het jaar.", day=day)
