"""Notifications to residents: queued in the outbox, sent by SMTP when SMTP_URL is configured.

The outbox is the record either way: a manager can always see what was (or would have been)
sent to whom, also when no mail server is configured.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.message import EmailMessage
from urllib.parse import unquote, urlparse

from wijkwerk.i18n.formatting import local_datetime
from wijkwerk.i18n.translations import first_language, speaking
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import OutboxMessage, Shift, Worker

log = logging.getLogger("wijkwerk")
SENDER = "rooster@wijkwerk.local"


def _describe(shifts: dict[int, dict], ids: list[int]) -> str:
    return "\n".join(f"- {local_datetime(shifts[i]['starts_at'])} {shifts[i]['job.title']}" for i in ids if i in shifts)


def _message(first_name: str, week: int, shifts: dict[int, dict], change) -> tuple[str, str]:
    parts = [_("Hallo %(name)s,", name=first_name), "", _("Uw rooster voor week %(week)s is veranderd.", week=week)]
    if change.added:
        parts += ["", _("Nieuw:"), _describe(shifts, change.added)]
    if change.removed:
        parts += ["", _("Vervallen:"), _describe(shifts, change.removed)]
    parts += ["", _("Kijk op uw pagina bij Wijkwerk voor alles over uw diensten.")]
    return _("Uw rooster voor week %(week)s", week=week), "\n".join(parts)


async def queue_roster_changes(roster: dict, changes: dict) -> int:
    """One message per worker whose shifts changed; 'not_configured' when they have no e-mail."""
    if not changes:
        return 0
    worker_ids = list(changes)
    workers = {w["id"]: w for w in await Worker.select(
        Worker.id, Worker.first_name, Worker.email, Worker.languages).where(Worker.id.is_in(worker_ids))}
    shift_ids = [s for change in changes.values() for s in change.added + change.removed]
    shifts = {s["id"]: s for s in await Shift.select(Shift.id, Shift.starts_at, Shift.job.title).where(
        Shift.id.is_in(shift_ids or [-1]))}
    now = datetime.now(timezone.utc)
    for worker_id, change in changes.items():
        worker = workers.get(worker_id)
        if worker is None:
            continue
        # In the worker's own language (the first one they listed), dates included.
        with speaking(first_language(worker["languages"])):
            subject, body = _message(worker["first_name"], roster["iso_week"], shifts, change)
        await OutboxMessage.insert(OutboxMessage(
            created_at=now, worker=worker_id, recipient=worker["email"], subject=subject, body=body,
            status="pending" if worker["email"] else "not_configured",
        ))
    return len(changes)


def _smtp_parts(url: str) -> dict:
    parsed = urlparse(url)
    return {
        "hostname": parsed.hostname or "127.0.0.1", "port": parsed.port or (465 if parsed.scheme == "smtps" else 25),
        "username": unquote(parsed.username) if parsed.username else None,
        "password": unquote(parsed.password) if parsed.password else None,
        "use_tls": parsed.scheme == "smtps", "start_tls": False if parsed.scheme == "smtps" else None,
    }


MAX_ATTEMPTS = 3


async def _claim(message: dict) -> bool:
    """Take a message for sending; a second sender running at the same time gets nothing."""
    claimed = await OutboxMessage.update({
        OutboxMessage.status: "sending", OutboxMessage.attempts: message["attempts"] + 1,
    }).where(
        OutboxMessage.id == message["id"], OutboxMessage.status == message["status"],
        OutboxMessage.attempts == message["attempts"],
    ).returning(OutboxMessage.id)
    return bool(claimed)


async def deliver_pending(smtp_url: str | None) -> int:
    """Send pending messages (and retry failed ones a few times); without SMTP_URL they wait."""
    if not smtp_url:
        return 0
    import aiosmtplib

    sent = 0
    waiting = await OutboxMessage.select().where(
        (OutboxMessage.status == "pending")
        | ((OutboxMessage.status == "failed") & (OutboxMessage.attempts < MAX_ATTEMPTS))
    ).order_by(OutboxMessage.id)
    for message in waiting:
        if not await _claim(message):
            continue
        email = EmailMessage()
        email["From"], email["To"], email["Subject"] = SENDER, message["recipient"], message["subject"]
        email.set_content(message["body"])
        try:
            await aiosmtplib.send(email, timeout=10, **_smtp_parts(smtp_url))
        except (aiosmtplib.SMTPException, OSError) as error:
            log.warning("mail to outbox message %s failed: %s", message["id"], error)
            await OutboxMessage.update({OutboxMessage.status: "failed", OutboxMessage.error: str(error)[:500]}).where(
                OutboxMessage.id == message["id"])
            continue
        await OutboxMessage.update({OutboxMessage.status: "sent", OutboxMessage.sent_at: datetime.now(timezone.utc),
                                    OutboxMessage.error: ""}).where(OutboxMessage.id == message["id"])
        sent += 1
    return sent
