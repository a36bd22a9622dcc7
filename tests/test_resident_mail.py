"""Roster mail goes out in the worker's own language (their first listed one), dates included."""

from __future__ import annotations

from datetime import datetime, timezone

from tests.builders import make_job, make_shift, make_worker
from wijkwerk.i18n.locales import current_language
from wijkwerk.rosters.publishing import publish
from wijkwerk.tables import Assignment, OutboxMessage, Roster


async def _publish(pairs) -> None:
    roster = (await Roster.insert(Roster(iso_year=2026, iso_week=10, version=1, status="draft",
                                         created_at=datetime.now(timezone.utc))).returning(Roster.id, Roster.lock_version))[0]
    for worker, shift in pairs:
        await Assignment.insert(Assignment(roster=roster["id"], worker=worker, shift=shift))
    await publish(roster["id"], roster["lock_version"])


async def test_each_worker_gets_mail_in_their_own_language(db):
    people = {code: await make_worker(first_name=f"P{code}", email=f"{code}@example.org", languages=languages)
              for code, languages in (("ar", "ar,nl"), ("tr", "tr"), ("pl", "pl,en"), ("en", "en"), ("nl", "nl,ar"),
                                      ("xx", "so,ti"))}
    # Tuesday 3 March 2026, 09:00 in Amsterdam.
    shift = await make_shift(job=(await make_job(title="Zwerfafval"))["id"],
                             starts_at=datetime(2026, 3, 3, 8, 0, tzinfo=timezone.utc))
    current_language.set("nl")  # whoever publishes reads Dutch; that must not leak into the mail
    await _publish([(person["id"], shift["id"]) for person in people.values()])
    mail = {row["worker"]: row for row in await OutboxMessage.select()}
    expected = {
        "ar": ("جدولك للأسبوع 10", "مرحبًا Par،", "جديد:"),
        "tr": ("10. hafta programınız", "Merhaba Ptr,", "Yeni:"),
        "pl": ("Twój grafik na tydzień 10", "Dzień dobry Ppl,", "Nowe:"),
        "en": ("Your schedule for week 10", "Hello Pen,", "New:"),
        "nl": ("Uw rooster voor week 10", "Hallo Pnl,", "Nieuw:"),
        "xx": ("Uw rooster voor week 10", "Hallo Pxx,", "Nieuw:"),  # no language Wijkwerk speaks: Dutch
    }
    for code, (subject, greeting, new) in expected.items():
        message = mail[people[code]["id"]]
        assert message["subject"] == subject, code
        assert message["body"].startswith(greeting) and new in message["body"] and "Zwerfafval" in message["body"]
    assert "09:00" in mail[people["tr"]["id"]]["body"] and "Mar" in mail[people["tr"]["id"]]["body"]
    assert "mrt" in mail[people["nl"]["id"]]["body"]
    assert current_language.get() == "nl"
