"""Creating users, shared by the CLI, the demo loader and the admin pages."""

from __future__ import annotations

from datetime import datetime, timezone

from wijkwerk.auth.passwords import hash_password, password_problem
from wijkwerk.common.existence import is_taken, require_reference
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import User, Worker
from wijkwerk.tables.enums import Role, values


async def validate_user(username: str, password: str, role: str, worker_id: int | None) -> None:
    errors = Errors()
    errors.required_text("username", username, 80)
    errors.choice("role", role, values(Role))
    problem = password_problem(password)
    if problem:
        errors.add("password", "weak_password", _("Het wachtwoord moet minstens 8 tekens hebben."))
    if role == Role.resident.value and worker_id is None:
        errors.add("worker", "required", _("Een bewoner hoort bij een deelnemer."))
    if role != Role.resident.value and worker_id is not None:
        errors.add("worker", "not_allowed", _("Alleen een bewoner hoort bij een deelnemer."))
    await require_reference(errors, "worker", Worker, worker_id)
    if username and await is_taken(User, User.username, username.strip()):
        errors.duplicate("username")
    if worker_id is not None and await is_taken(User, User.worker, worker_id):
        errors.duplicate("worker")
    errors.raise_if_any()


async def create_user(username: str, password: str, role: str, worker_id: int | None = None) -> dict:
    async with write_transaction():
        await validate_user(username, password, role, worker_id)
        rows = await User.insert(
            User(
                username=username.strip(), password_hash=hash_password(password), role=role,
                worker=worker_id, active=True, created_at=datetime.now(timezone.utc),
            )
        ).returning(User.id, User.username)
    return rows[0]
