"""Every user-facing message has an English translation, and the shipped .mo files are current."""

from __future__ import annotations

import pytest

from wijkwerk.i18n.catalogs import RESIDENT_LANGUAGES, resident_messages, stale_compiled, untranslated


def test_every_message_is_translated_into_english():
    missing = untranslated("en")
    assert not missing, f"{len(missing)} messages lack English: {missing[:10]}"


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_every_resident_facing_message_is_translated(language):
    """Residents read their pages, login, errors and roster mail in Dutch, English, Arabic,
    Turkish or Polish: each of those messages needs a translation in every language."""
    wanted = resident_messages()
    assert "Ik kan niet komen" in wanted and "Inloggen" in wanted  # the list itself is not empty
    missing = untranslated(language, wanted)
    assert not missing, f"{len(missing)} resident messages lack {language}: {missing[:10]}"


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_compiled_catalog_matches_the_po_file(language):
    assert stale_compiled(language) == []


async def test_english_pages_speak_english(manager_client):
    from tests.helpers import post_form

    await post_form(manager_client, "/taal", {"language": "en", "next": "/beheer"})
    page = (await manager_client.get("/beheer/diensten")).text
    assert '<html lang="en"' in page and "Diensten maken uit vaste opdrachten" not in page
