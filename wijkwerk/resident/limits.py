"""A resident's compensation this month and year against the caps, and allowances from elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from wijkwerk.common.raw_reads import fetch_all
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.rosters.caps import CapTable, age_on, month_key, used_cents
from wijkwerk.tables import OtherAllowance

WARN_AT_PERCENT = 80


@dataclass(frozen=True)
class Limit:
    label: str
    used_cents: int
    cap_cents: int

    @property
    def percent(self) -> int:
        return min(100, self.used_cents * 100 // self.cap_cents) if self.cap_cents else 0

    @property
    def close(self) -> bool:
        return self.percent >= WARN_AT_PERCENT


async def my_limits(worker_id: int, birth_date: date, today: date) -> list[Limit]:
    """This month and this year: worked, planned and declared elsewhere, against the cap."""
    caps = (await CapTable.load()).on(today, age_on(birth_date, today))
    if caps is None:
        return []
    used = (await used_cents([worker_id], today.year)).get(worker_id, {})
    return [
        Limit(_("Deze maand"), used.get(month_key(today), 0), caps.monthly_cents),
        Limit(_("Dit jaar"), used.get(str(today.year), 0), caps.yearly_cents),
    ]


_DECLARED_SINCE = """
SELECT id, month, amount_cents, payer, declared_at FROM other_allowance WHERE worker = {} AND month >= {}
ORDER BY month DESC, id DESC
"""


async def declared_elsewhere(worker_id: int, year: int) -> list[dict]:
    """Allowances the resident declared from elsewhere, from 1 January of `year` on, newest first."""
    return await fetch_all(_DECLARED_SINCE, worker_id, date(year, 1, 1))


async def declare(worker_id: int, month_text: str, amount_cents: int | None, payer: str, today: date) -> None:
    """Record an allowance from another organisation for a month of this year or the last."""
    errors = Errors()
    month = None
    try:
        year, number = (int(part) for part in month_text.split("-"))
        month = date(year, number, 1)
    except ValueError:
        errors.add("month", "invalid_month", _("Kies een maand."))
    if month and not (today.year - 1 <= month.year <= today.year and month <= today):
        errors.add("month", "out_of_range", _("Kies een maand van dit jaar of vorig jaar, niet in de toekomst."))
    if amount_cents is None or amount_cents <= 0:
        errors.add("amount", "required", _("Vul het bedrag in, bijvoorbeeld 25,00."))
    elif amount_cents > 10_000_000:
        errors.add("amount", "too_large", _("Dat bedrag is te hoog."))
    errors.max_length("payer", payer, 150)
    errors.raise_if_any()
    async with write_transaction():
        await OtherAllowance.insert(OtherAllowance(worker=worker_id, month=month, amount_cents=amount_cents,
                                                   payer=payer.strip(), declared_at=datetime.now(timezone.utc)))
