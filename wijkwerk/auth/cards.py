"""Printed login cards: a one-time link (and its QR code) that signs a resident in on their phone.

Only a SHA-256 digest of each token is stored. A token is spent by its first use, expires after
a configurable number of days, and a manager can revoke it before that. The alphabet leaves out
look-alike characters (0/o, 1/l/i) so the short link can also be typed from the card.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from wijkwerk.auth.passwords import hash_password
from wijkwerk.i18n.locales import DEFAULT_LANGUAGE, LANGUAGES
from wijkwerk.i18n.translations import first_language, speaking
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.common.transactions import write_transaction
from wijkwerk.tables import LoginToken, User, Worker
from wijkwerk.tables.enums import Role

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LENGTH = 14  # 31**14 is about 2**69: unguessable behind the rate limit and the expiry
GROUP = 4


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise(text: str) -> str:
    """What a resident may type: upper case, dashes and spaces are all accepted."""
    return "".join(ch for ch in text.lower() if ch not in "- ")


def grouped(token: str) -> str:
    """abcd-efgh-jkmn-pq: easier to read aloud and to type."""
    return "-".join(token[i:i + GROUP] for i in range(0, len(token), GROUP))


def _now() -> datetime:
    return datetime.now(timezone.utc)


async def resident_user_for(worker_id: int) -> int | None:
    """The worker's resident account, created (without a usable password) when they have none.
    None when the worker does not exist."""
    row = await User.select(User.id).where(User.worker == worker_id).first()
    if row:
        return row["id"]
    worker = await Worker.select(Worker.languages).where(Worker.id == worker_id).first()
    if worker is None:
        return None
    username = f"deelnemer{worker_id}"
    while await User.exists().where(User.username == username):
        username += secrets.choice(ALPHABET)
    # Nobody knows this password: the card is the way in until a manager sets one.
    inserted = await User.insert(User(
        username=username, password_hash=hash_password(secrets.token_urlsafe(32)), role=Role.resident.value,
        worker=worker_id, active=True, created_at=_now(),
        # Their pages open in the first language they speak that Wijkwerk offers.
        locale=first_language(worker["languages"]),
    )).returning(User.id)
    return inserted[0]["id"]


async def issue_card(worker_id: int, days: int) -> str | None:
    """A new token for the worker's card (earlier unspent cards keep working until revoked)."""
    async with write_transaction():
        user_id = await resident_user_for(worker_id)
        if user_id is None:
            return None
        token = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        now = _now()
        await LoginToken.insert(LoginToken(user=user_id, token_hash=_digest(token), created_at=now,
                                           expires_at=now + timedelta(days=days)))
    return token


def _live(now: datetime):
    return (LoginToken.spent_at.is_null() & LoginToken.revoked_at.is_null() & (LoginToken.expires_at > now))


async def is_usable(token: str) -> bool:
    if not token or len(token) > 40:
        return False
    return await LoginToken.exists().where((LoginToken.token_hash == _digest(normalise(token))) & _live(_now()))


async def spend(token: str) -> dict | None:
    """Use the token once: the active resident account behind it, or None (unknown, spent,
    revoked, expired). Two phones racing for one card: only one update matches."""
    if not token or len(token) > 40:
        return None
    now = _now()
    async with write_transaction():
        spent = await LoginToken.update({LoginToken.spent_at: now}).where(
            (LoginToken.token_hash == _digest(normalise(token))) & _live(now)
        ).returning(LoginToken.user)
        if not spent:
            return None
        user = await User.select(User.id, User.role, User.active).where(User.id == spent[0]["user"]).first()
    return user if user and user["active"] and user["role"] == Role.resident.value else None


async def open_cards(user_id: int) -> list[dict]:
    """Cards that would still work, for the manager's overview."""
    return await LoginToken.select(LoginToken.id, LoginToken.created_at, LoginToken.expires_at).where(
        (LoginToken.user == user_id) & _live(_now())).order_by(LoginToken.created_at, ascending=False)


async def revoke_cards(user_id: int, token_id: int | None = None) -> int:
    """Revoke one unspent card of this user, or all of them; how many were revoked."""
    condition = (LoginToken.user == user_id) & LoginToken.spent_at.is_null() & LoginToken.revoked_at.is_null()
    if token_id is not None:
        condition &= LoginToken.id == token_id
    revoked = await LoginToken.update({LoginToken.revoked_at: _now()}).where(condition).returning(LoginToken.id)
    return len(revoked)


def resident_language(languages: str) -> str | None:
    """The first language the resident listed that the card can speak besides Dutch."""
    for code in (part.strip().lower() for part in (languages or "").split(",")):
        if code in LANGUAGES and code != DEFAULT_LANGUAGE:
            return code
    return None


def card_texts(code: str, days: int) -> dict:
    """The card's sentences in one language (Dutch always, plus the resident's own)."""
    with speaking(code):
        return {
            "code": code, "rtl": LANGUAGES[code].rtl,
            "title": _("Uw inlogkaart voor Wijkwerk"),
            "scan": _("Scan de code met de camera van uw telefoon. Of typ het adres in de browser."),
            "once": _("De kaart werkt één keer. Daarna blijft u ingelogd op die telefoon."),
            "expires": _("Gebruik de kaart binnen %(days)s dagen.", days=days),
            "lost": _("Kwijt? Vraag uw begeleider om een nieuwe kaart."),
        }
