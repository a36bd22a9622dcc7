"""Every user-facing message has an English translation, and the shipped .mo files are current."""

from __future__ import annotations

from wijkwerk.i18n.catalogs import stale_compiled, untranslated


def test_every_message_is_translated_into_english():
    missing = untranslated("en")
    assert not missing, f"{len(missing)} messages lack English: {missing[:10]}"


def test_compiled_catalog_matches_the_po_file():
    assert stale_compiled("en") == []


async def test_english_pages_speak_english(manager_client):
    from tests.helpers import post_form

    await post_form(manager_client, "/taal", {"language": "en", "next": "/beheer"})
    page = (await manager_client.get("/beheer/diensten")).text
    assert '<html lang="en"' in page and "Diensten maken uit vaste opdrachten" not in page
