"""Field-level validation shared by the API and the pages.

Services raise InvalidInput with one FieldError per bad field. The API renders them as a
structured 4xx; pages show the (translated) message next to the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from wijkwerk.i18n.translations import gettext as _

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
EARLIEST_WORK_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str

    def as_json(self, source: str = "body") -> dict:
        return {"key": self.field, "code": self.code, "message": self.message, "source": source}


@dataclass
class InvalidInput(Exception):
    errors: list[FieldError]
    status_code: int = 400

    def by_field(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.message)
        return result


@dataclass
class Errors:
    """Collects problems so a form can show all of them at once instead of one per submit."""

    items: list[FieldError] = field(default_factory=list)
    status_code: int = 400

    def add(self, name: str, code: str, message: str) -> None:
        self.items.append(FieldError(name, code, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise InvalidInput(list(self.items), self.status_code)

    def required_text(self, name: str, value: str | None, max_length: int) -> None:
        if value is None or not value.strip():
            self.add(name, "required", _("Vul dit veld in."))
        elif len(value) > max_length:
            self.add(name, "too_long", _("Maximaal %(n)s tekens.", n=max_length))

    def max_length(self, name: str, value: str | None, max_length: int) -> None:
        if value is not None and len(value) > max_length:
            self.add(name, "too_long", _("Maximaal %(n)s tekens.", n=max_length))

    def non_negative(self, name: str, value: int | None, maximum: int | None = None) -> None:
        if value is None:
            return
        if value < 0:
            self.add(name, "negative", _("Mag niet negatief zijn."))
        elif maximum is not None and value > maximum:
            self.add(name, "too_large", _("Mag niet groter zijn dan %(n)s.", n=maximum))

    def sane_date(self, name: str, value: date | datetime | None, earliest: date = EARLIEST_DATE) -> None:
        if value is None:
            return
        day = value.date() if isinstance(value, datetime) else value
        if not earliest <= day <= LATEST_DATE:
            self.add(name, "out_of_range", _("Deze datum ligt buiten het bereik %(a)s tot %(b)s.",
                                             a=earliest.year, b=LATEST_DATE.year))

    def ordered(self, later_name: str, earlier, later, message: str | None = None) -> None:
        """`later` must come strictly after `earlier` (times, datetimes) when both are set."""
        if earlier is not None and later is not None and later <= earlier:
            self.add(later_name, "end_before_start", message or _("Het einde moet na het begin liggen."))

    def choice(self, name: str, value: str | None, allowed: list[str]) -> None:
        if value is not None and value not in allowed:
            self.add(name, "invalid_choice", _("Kies een van: %(options)s.", options=", ".join(allowed)))

    def aware(self, name: str, value: datetime | None) -> None:
        if value is not None and value.tzinfo is None:
            self.add(name, "timezone_required", _("Geef een tijdzone mee, bijvoorbeeld +01:00 of Z."))

    def not_found(self, name: str) -> None:
        self.add(name, "not_found", _("Dit bestaat niet (meer)."))

    def duplicate(self, name: str) -> None:
        self.status_code = 409
        self.add(name, "duplicate", _("Deze waarde bestaat al."))


def times_ordered(start: time | None, end: time | None) -> bool:
    return start is None or end is None or end > start
