"""Read-only share links for one impact report: only the token's digest is stored; they expire or are revoked."""

from piccolo.columns import BigInt, Date, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar
from piccolo.table import Table

from wijkwerk.tables.accounts import User
from wijkwerk.tables.places import Neighbourhood


class ReportShareLink(Table):
    token_hash = Varchar(length=64, unique=True, null=False)
    label = Varchar(length=150, default="")
    period_kind = Varchar(length=20, null=False)
    period_start = Date(null=False)
    period_end = Date(null=False)
    # Deleting the neighbourhood deletes the link: it must never silently widen to all neighbourhoods.
    neighbourhood = ForeignKey(Neighbourhood, null=True, on_delete=OnDelete.cascade)
    comparison = Varchar(length=20, default="geen")
    created_by = ForeignKey(User, null=True, on_delete=OnDelete.set_null)
    created_at = Timestamptz()
    expires_at = Timestamptz(null=False)
    revoked_at = Timestamptz(null=True, default=None)


class ReportPublication(Table):
    """The protection pattern of a year's published impact reports, kept so that a figure once
    published never changes from visible to hidden (reports/publication.py). One row per year and
    number of quarters published; `hidden` is JSON, `data_version` the report data it was
    computed from (reports/data_version.py)."""

    year = Integer(null=False)
    quarters = Integer(null=False)
    data_version = BigInt(null=False)
    hidden = Text(null=False)
    computed_at = Timestamptz()
