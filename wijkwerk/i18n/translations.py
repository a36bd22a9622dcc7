"""Compiled gettext catalogs shipped in wijkwerk/locale, and the gettext callables for Jinja."""

from __future__ import annotations

import gettext as gettext_module
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


_ = gettext
