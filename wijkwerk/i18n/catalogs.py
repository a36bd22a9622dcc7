"""Check the gettext catalogs against the source: which messages lack a translation.

Used by the tests and by `python -m wijkwerk.i18n.catalogs` while translating. The catalogs
themselves are maintained with pybabel (see docs/translations.md).
"""

from __future__ import annotations

import gettext
import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from wijkwerk.i18n.translations import DOMAIN, LOCALE_DIR
from wijkwerk.settings import repo_path

KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2)}
METHODS = [("wijkwerk/**.py", "python"), ("templates/**.html", "jinja2")]


# What residents see: their pages, the shared page frame, login and errors, and the Python
# modules whose messages reach them (validation, auth, web errors, roster mail). These need all five languages.
RESIDENT_METHODS = [
    ("templates/resident/**.html", "jinja2"), ("templates/base.html", "jinja2"),
    ("templates/auth/**.html", "jinja2"), ("templates/error.html", "jinja2"),
    ("wijkwerk/resident/**.py", "python"), ("wijkwerk/auth/**.py", "python"),
    ("wijkwerk/common/**.py", "python"), ("wijkwerk/web/**.py", "python"),
    ("wijkwerk/rosters/outbox.py", "python"),  # mail to residents about their roster
]
RESIDENT_LANGUAGES = ("en", "ar", "tr", "pl")


def source_messages(method_map: list[tuple[str, str]] = METHODS) -> set[str | tuple[str, str]]:
    """Every message id the code and templates ask for (plural ids as (singular, plural))."""
    found: set = set()
    for *_, message, _comments, _context in extract_from_dir(
        str(repo_path()), method_map=method_map, keywords=KEYWORDS,
        options_map={pattern: {"extensions": "jinja2.ext.i18n"} for pattern, kind in method_map if kind == "jinja2"},
    ):
        found.add(message if isinstance(message, str) else tuple(message[:2]))
    return found


def resident_messages() -> set[str | tuple[str, str]]:
    return source_messages(RESIDENT_METHODS)


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def untranslated(language: str, messages: set | None = None) -> list:
    """Source messages (all, or the given ones) with no or a fuzzy translation in the .po catalog."""
    with po_path(language).open("rb") as handle:
        catalog = read_po(handle)
    missing = []
    for message in sorted(source_messages() if messages is None else messages, key=str):
        key = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(key)
        strings = entry.string if entry else None
        done = entry is not None and not entry.fuzzy and (
            all(strings) if isinstance(strings, (tuple, list)) else bool(strings))
        if not done:
            missing.append(message)
    return missing


def stale_compiled(language: str) -> list[str]:
    """Messages whose compiled .mo translation differs from the .po (forgot to compile)."""
    with po_path(language).open("rb") as handle:
        catalog = read_po(handle)
    compiled = gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[language])
    return [
        str(entry.id) for entry in catalog
        if entry.id and isinstance(entry.id, str) and entry.string and not entry.fuzzy
        and compiled.gettext(entry.id) != entry.string
    ]


if __name__ == "__main__":
    # `python -m wijkwerk.i18n.catalogs en`: all messages; `... --resident ar tr pl`: residents' pages.
    arguments = sys.argv[1:]
    wanted = resident_messages() if "--resident" in arguments else None
    for code in [a for a in arguments if a != "--resident"] or ["en"]:
        for message in untranslated(code, wanted):
            print(f"{code}: {message!r}")
