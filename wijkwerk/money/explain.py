"""Dutch explanations of blocked payouts: which cap, how much room was left, how much over."""

from __future__ import annotations

from wijkwerk.i18n.formatting import money
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.money.payouts import Block, PayoutLine


def block_message(block: Block) -> str:
    if block.cap == "hourly":
        return _("Het uurtarief ligt %(over)s per uur boven de uurgrens van %(cap)s.",
                 over=money(block.over_cents), cap=money(block.cap_cents))
    if block.cap == "monthly":
        return _("Maandgrens %(cap)s: nog %(room)s ruimte, dit is %(over)s te veel.",
                 cap=money(block.cap_cents), room=money(block.room_cents), over=money(block.over_cents))
    if block.cap == "yearly":
        return _("Jaargrens %(cap)s: nog %(room)s ruimte, dit is %(over)s te veel.",
                 cap=money(block.cap_cents), room=money(block.room_cents), over=money(block.over_cents))
    return _("Er is geen vergoedingsgrens bekend voor deze maand; leg eerst de grenzen vast.")


def explain(line: PayoutLine) -> str:
    return " ".join(block_message(block) for block in line.blocks)
