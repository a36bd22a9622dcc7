"""Read HTML form fields into typed values, collecting a Dutch message for each unreadable one.

People type "12,50" for money, "7,5" for hours and leave optional fields empty; this turns
that into cents, minutes and None, and never raises on bad text.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _

# ASCII digits only: str.isdigit() also accepts "²", which int() then refuses.
_NUMBER = re.compile(r"^-?[0-9]{1,9}([.,][0-9]{1,2})?$")
_ID = re.compile(r"[0-9]{1,9}")


# Phones set to Arabic type Arabic-Indic digits and separators: read them as the same numbers.
_ARABIC_SEPARATORS = str.maketrans({"\u066b": ",", "\u066c": "."})


def to_ascii_digits(text: str) -> str:
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if unicodedata.decimal(ch, None) is not None else ch
                   for ch in text.translate(_ARABIC_SEPARATORS))


def parse_id(text: str | None) -> int | None:
    """A positive whole number from a form or query (an id, a version), or None."""
    return int(text) if text and _ID.fullmatch(text) else None


class FormReader:
    def __init__(self, data: dict[str, str | list[str]], errors: Errors | None = None) -> None:
        self.data = data
        self.errors = errors or Errors()

    def raw(self, name: str) -> str:
        value = self.data.get(name, "")
        if isinstance(value, list):
            value = value[0] if value else ""
        return to_ascii_digits(value.strip())

    def many(self, name: str) -> list[str]:
        value = self.data.get(name, [])
        return [item for item in (value if isinstance(value, list) else [value]) if item]

    def text(self, name: str) -> str:
        return self.raw(name)

    def boolean(self, name: str) -> bool:
        return self.raw(name).lower() in {"on", "1", "true", "ja", "yes"}

    def integer(self, name: str, required: bool = False) -> int | None:
        text = self.raw(name)
        if not text:
            return self._missing(name, required)
        if not re.fullmatch(r"-?[0-9]{1,9}", text):
            self.errors.add(name, "not_a_number", _("Vul een heel getal in."))
            return None
        return int(text)

    def _decimal(self, name: str, required: bool) -> Decimal | None:
        text = self.raw(name).replace("€", "").replace(" ", "")
        if not text:
            return self._missing(name, required)
        # Accept Dutch thousands separators: "1.234,56".
        if "," in text and "." in text:
            text = text.replace(".", "")
        if not _NUMBER.match(text):
            self.errors.add(name, "not_a_number", _("Vul een bedrag of getal in, bijvoorbeeld 12,50."))
            return None
        try:
            return Decimal(text.replace(",", "."))
        except InvalidOperation:
            self.errors.add(name, "not_a_number", _("Vul een bedrag of getal in, bijvoorbeeld 12,50."))
            return None

    def money_cents(self, name: str, required: bool = False) -> int | None:
        value = self._decimal(name, required)
        return None if value is None else int(value * 100)

    def minutes_from_hours(self, name: str, required: bool = False) -> int | None:
        value = self._decimal(name, required)
        # "0,33" hours is 19.8 minutes: round to the nearest minute rather than cutting off.
        return None if value is None else int((value * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def date(self, name: str, required: bool = False) -> date | None:
        text = self.raw(name)
        if not text:
            return self._missing(name, required)
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.errors.add(name, "invalid_date", _("Vul een datum in als jjjj-mm-dd."))
            return None

    def time(self, name: str, required: bool = False) -> time | None:
        text = self.raw(name)
        if not text:
            return self._missing(name, required)
        if not re.fullmatch(r"[0-9]{1,2}:[0-9]{2}", text):
            self.errors.add(name, "invalid_time", _("Vul een tijd in als uu:mm."))
            return None
        hours, minutes = (int(part) for part in text.split(":"))
        if hours > 23 or minutes > 59:
            self.errors.add(name, "invalid_time", _("Vul een tijd in als uu:mm."))
            return None
        return time(hours, minutes)

    def _missing(self, name: str, required: bool):
        if required:
            self.errors.add(name, "required", _("Vul dit veld in."))
        return None
