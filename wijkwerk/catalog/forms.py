"""Page-side helpers for the catalog: Dutch option labels and the save-or-show-errors step of every form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from wijkwerk.common.forms import FormReader, parse_id
from wijkwerk.common.validation import InvalidInput
from wijkwerk.i18n.translations import gettext as _


def client_kinds() -> list[tuple[str, str]]:
    return [("gemeente", _("Gemeente")), ("housing_corporation", _("Woningcorporatie")),
            ("other", _("Anders (school, fonds, bedrijf)"))]


def work_modes() -> list[tuple[str, str]]:
    return [("volunteer", _("Vrijwilligersvergoeding")), ("employee", _("Werknemer (loondienst)")),
            ("placement", _("Traject of werkervaringsplaats (onbetaald)"))]


def price_kinds() -> list[tuple[str, str]]:
    return [("per_shift", _("Vast bedrag per dienst")), ("hourly", _("Uurtarief per gewerkt uur"))]


def optional_id(text: str | None) -> int | None:
    """A filter's id from the query string; anything unreadable means 'no filter'."""
    return parse_id(text)


@dataclass
class Outcome:
    result: Any = None
    errors: dict[str, str] = field(default_factory=dict)
    status: int = 200

    @property
    def ok(self) -> bool:
        return not self.errors


async def attempt(form: FormReader, check: Callable[[], Awaitable[Any]], save: Callable[[], Awaitable[Any]]) -> Outcome:
    """Save only when every field could be read; otherwise still run the service checks so the
    manager sees all problems at once instead of one per submit."""
    errors: dict[str, str] = {}
    status = 400
    try:
        if not form.errors.items:
            return Outcome(result=await save())
        await check()
    except InvalidInput as invalid:
        errors, status = invalid.by_field(), invalid.status_code
    # "Not a number" says more than the "required" the service reports for the same empty value.
    errors.update(InvalidInput(form.errors.items).by_field())
    return Outcome(errors=errors, status=status)


def cents_text(cents: int | None) -> str:
    """Cents as the text a Dutch manager types: 18000 -> "180,00"."""
    return "" if cents is None else f"{cents // 100},{cents % 100:02d}"
