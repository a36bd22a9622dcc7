"""Server-side sessions: a random cookie token whose SHA-256 digest is kept in the database."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from wijkwerk.common.transactions import read_snapshot
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


# Built once: Piccolo rebuilds a join chain (Session.user.role) on every access, and this
# query runs on every request.
_USER_FIELDS = (Session.user.id, Session.user.username, Session.user.role, Session.user.worker,
                Session.user.active, Session.user.locale)


async def user_for_token(token: str | None) -> dict | None:
    """The active user behind a live session token, as a plain dict, or None."""
    if not token or len(token) > 100:
        return None
    async with read_snapshot():  # on SQLite: a warm, reused connection for every request's first query
        row = await Session.select(Session.id, Session.expires_at, Session.last_seen_at, *_USER_FIELDS).where(
            Session.token_hash == _digest(token)).first()
    now = utcnow()
    if row is None or row["expires_at"] <= now or not row["user.active"]:
        return None
    if row["last_seen_at"] is None or row["last_seen_at"] < now - SEEN_EVERY:
        await Session.update({Session.last_seen_at: now}).where(Session.id == row["id"])
    return {
        "id": row["user.id"], "username": row["user.username"], "role": row["user.role"],
        "worker_id": row["user.worker"], "locale": row["user.locale"],
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
