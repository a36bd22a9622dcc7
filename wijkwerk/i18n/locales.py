"""Which languages the UI speaks, and how a request's language is chosen."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    babel_locale: str
    rtl: bool = False


# Dutch is the source language: message ids are the Dutch text.
LANGUAGES = {
    "nl": Language("nl", "Nederlands", "nl_NL"),
    "en": Language("en", "English", "en_GB"),
    "ar": Language("ar", "العربية", "ar", rtl=True),
    "tr": Language("tr", "Türkçe", "tr_TR"),
    "pl": Language("pl", "Polski", "pl_PL"),
}
DEFAULT_LANGUAGE = "nl"
# Manager and funder pages are Dutch with English; the resident pages speak all five.
STAFF_LANGUAGES = ("nl", "en")

current_language: ContextVar[str] = ContextVar("current_language", default=DEFAULT_LANGUAGE)


def pick_language(
    user_choice: str | None, cookie_choice: str | None, accept_language: str | None,
    allowed: tuple[str, ...] = tuple(LANGUAGES),
) -> str:
    """The user's stored choice wins, then the cookie, then the browser's first supported language."""
    for candidate in (user_choice, cookie_choice):
        if candidate in allowed:
            return candidate
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in allowed:
            return code
    return DEFAULT_LANGUAGE
