"""Compiled gettext catalogs shipped in wijkwerk/locale, and the gettext callables for Jinja."""

from __future__ import annotations

import gettext as gettext_module
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from wijkwerk.i18n.locales import DEFAULT_LANGUAGE, LANGUAGES, current_language

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "messages"


@lru_cache(maxsize=None)
def translations_for(code: str) -> gettext_module.NullTranslations:
    # Dutch is the source language; other catalogs are compiled .mo files in the package.
    if code == DEFAULT_LANGUAGE or code not in LANGUAGES:
        return gettext_module.NullTranslations()
    return gettext_module.translation(DOMAIN, localedir=LOCALE_DIR, languages=[code], fallback=True)


def gettext(message: str, **variables) -> str:
    text = translations_for(current_language.get()).gettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables) -> str:
    text = translations_for(current_language.get()).ngettext(singular, plural, n)
    return text % {"num": n, **variables}


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Messages, dates and amounts in another language for a while: a mail or a printed card
    is in its reader's language, not in the language of whoever caused it."""
    token = current_language.set(code if code in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        current_language.reset(token)


def first_language(languages: str | None) -> str:
    """A worker's first listed language that Wijkwerk speaks ("ar,nl" -> "ar"), else Dutch."""
    for code in (part.strip().lower() for part in (languages or "").split(",")):
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


_ = gettext
