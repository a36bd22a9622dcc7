"""Server-side sessions: a random cookie token whose SHA-256 digest is kept in the database."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from wijkwerk.common.raw_reads import fetch_one
from wijkwerk.common.stamps import session_seen
from wijkwerk.tables import Session, User

COOKIE_NAME = "wijkwerk_session"
# "Last seen" is written at most this often, so reading pages does not mean writing on every request.
SEEN_EVERY = timedelta(minutes=5)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


async def start_session(user_id: int, days: int, user_agent: str = "") -> str:
    """Create a session and return the token for the cookie (only its digest is stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    await Session.insert(
        Session(
            token_hash=_digest(token), user=user_id, created_at=now,
            expires_at=now + timedelta(days=days), user_agent=user_agent[:200], last_seen_at=now,
        )
    )
    await User.update({User.last_login_at: now}).where(User.id == user_id)
    return token


# On every request: hand-written, because Piccolo rebuilds the join's SQL each time it runs
# (wijkwerk/common/raw_reads.py).
_SESSION_USER = (
    'SELECT s.id, s.expires_at, s.last_seen_at, u.id AS user_id, u.username, u.role, u.worker, u.active,'
    ' u.locale FROM wijkwerk_session AS s JOIN wijkwerk_user AS u ON u.id = s."user" WHERE s.token_hash = {}'
)


async def user_for_token(token: str | None) -> dict | None:
    """The active user behind a live session token, as a plain dict, or None."""
    if not token or len(token) > 100:
        return None
    row = await fetch_one(_SESSION_USER, _digest(token))  # one statement: no transaction needed
    now = utcnow()
    if row is None or row["expires_at"] <= now or not row["active"]:
        return None
    if row["last_seen_at"] is None or row["last_seen_at"] < now - SEEN_EVERY:
        await session_seen(row["id"], now)
    return {
        "id": row["user_id"], "username": row["username"], "role": row["role"],
        "worker_id": row["worker"], "locale": row["locale"],
    }


async def end_session(token: str | None) -> None:
    if token:
        await Session.delete().where(Session.token_hash == _digest(token))


async def end_all_sessions(user_id: int) -> None:
    """Sign a user out everywhere (password change, deactivation, revocation)."""
    await Session.delete().where(Session.user == user_id)


async def active_sessions(user_id: int) -> list[dict]:
    """A user's live sessions, newest first, for the manager's overview (never the tokens)."""
    return await Session.select(
        Session.id, Session.created_at, Session.last_seen_at, Session.expires_at, Session.user_agent,
    ).where(Session.user == user_id, Session.expires_at > utcnow()).order_by(Session.created_at, ascending=False)


async def end_session_by_id(user_id: int, session_id: int) -> bool:
    """End one session of this user; False when it is not theirs (or already gone)."""
    ended = await Session.delete().where(Session.id == session_id, Session.user == user_id).returning(Session.id)
    return bool(ended)


async def purge_expired_sessions() -> int:
    expired = await Session.select(Session.id).where(Session.expires_at <= utcnow())
    if expired:
        await Session.delete().where(Session.expires_at <= utcnow())
    return len(expired)
