"""Server-side sessions: a random cookie token whose SHA-256 digest is kept in the database."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from wijkwerk.tables import Session, User

COOKIE_NAME = "wijkwerk_session"


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
            expires_at=now + timedelta(days=days), user_agent=user_agent[:200],
        )
    )
    await User.update({User.last_login_at: now}).where(User.id == user_id)
    return token


async def user_for_token(token: str | None) -> dict | None:
    """The active user behind a live session token, as a plain dict, or None."""
    if not token or len(token) > 100:
        return None
    row = await (
        Session.select(
            Session.expires_at, Session.user.id, Session.user.username, Session.user.role,
            Session.user.worker, Session.user.active, Session.user.locale,
        )
        .where(Session.token_hash == _digest(token))
        .first()
    )
    if row is None or row["expires_at"] <= utcnow() or not row["user.active"]:
        return None
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


async def purge_expired_sessions() -> int:
    expired = await Session.select(Session.id).where(Session.expires_at <= utcnow())
    if expired:
        await Session.delete().where(Session.expires_at <= utcnow())
    return len(expired)
