"""Typed settings, read from the environment once by the caller and passed in explicitly."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///wijkwerk.sqlite3"


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    # Signs the CSRF cookie. A random value per process is safe: a restart only
    # invalidates open forms, never sessions (those live in the database).
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    # Cookies get the Secure flag when the service sits behind https.
    secure_cookies: bool = False
    session_days: int = 14
    # A printed login card's link works this many days (once); the session it opens lasts longer,
    # so a resident is not asked to log in again on their own phone for months.
    login_card_days: int = 14
    card_session_days: int = 90
    login_attempts_per_minute: int = 10
    max_body_bytes: int = 1_000_000
    smtp_url: str | None = None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        kwargs: dict = {"database_url": env.get("DATABASE_URL") or DEFAULT_DATABASE_URL}
        if env.get("WIJKWERK_SECRET_KEY"):
            kwargs["secret_key"] = env["WIJKWERK_SECRET_KEY"]
        if env.get("WIJKWERK_SECURE_COOKIES"):
            kwargs["secure_cookies"] = env["WIJKWERK_SECURE_COOKIES"].lower() in {"1", "true", "yes"}
        if env.get("WIJKWERK_LOGIN_ATTEMPTS_PER_MINUTE"):
            kwargs["login_attempts_per_minute"] = int(env["WIJKWERK_LOGIN_ATTEMPTS_PER_MINUTE"])
        for name, key in (("WIJKWERK_LOGIN_CARD_DAYS", "login_card_days"),
                          ("WIJKWERK_CARD_SESSION_DAYS", "card_session_days")):
            if env.get(name):
                kwargs[key] = int(env[name])
        if env.get("SMTP_URL"):
            kwargs["smtp_url"] = env["SMTP_URL"]
        return cls(**kwargs)


def repo_path(*parts: str) -> Path:
    """A path inside the source tree (templates and migrations live beside the package)."""
    return Path(__file__).resolve().parent.parent.joinpath(*parts)
