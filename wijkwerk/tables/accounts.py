"""Users with roles, and their server-side sessions."""

from piccolo.columns import (
    Boolean, ForeignKey, OnDelete, Timestamptz, Varchar,
)
from piccolo.table import Table

from wijkwerk.tables.enums import Role
from wijkwerk.tables.workers import Worker


class User(Table, tablename="wijkwerk_user"):
    username = Varchar(length=80, unique=True, null=False)
    password_hash = Varchar(length=255, null=False)  # argon2id
    role = Varchar(length=20, choices=Role, null=False)
    # A resident account is linked to exactly one worker.
    worker = ForeignKey(Worker, null=True, unique=True, on_delete=OnDelete.set_null)
    active = Boolean(default=True)
    locale = Varchar(length=10, default="nl")
    created_at = Timestamptz()
    last_login_at = Timestamptz(null=True, default=None)
    # When a resident last opened their week: later roster changes are highlighted for them.
    roster_seen_at = Timestamptz(null=True, default=None)


class Session(Table, tablename="wijkwerk_session"):
    # Only a SHA-256 digest of the cookie value is stored, so a leaked table opens nothing.
    token_hash = Varchar(length=64, unique=True, null=False)
    user = ForeignKey(User, null=False, on_delete=OnDelete.cascade)
    created_at = Timestamptz()
    expires_at = Timestamptz(null=False)
    user_agent = Varchar(length=200, default="")
    # Updated at most every few minutes, so a manager can tell a lost phone from one in use.
    last_seen_at = Timestamptz(null=True, default=None)


class CalendarFeed(Table):
    """A resident's private calendar link. Only the token's digest is stored; revoking ends it."""

    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    token_hash = Varchar(length=64, unique=True, null=False)
    created_at = Timestamptz()
    revoked_at = Timestamptz(null=True, default=None)


class LoginToken(Table):
    """A one-time link on a printed login card. Only the token's digest is stored; it is spent
    by its first use, and it expires or can be revoked before that."""

    user = ForeignKey(User, null=False, on_delete=OnDelete.cascade)
    token_hash = Varchar(length=64, unique=True, null=False)
    created_at = Timestamptz()
    expires_at = Timestamptz(null=False)
    spent_at = Timestamptz(null=True, default=None)
    revoked_at = Timestamptz(null=True, default=None)
