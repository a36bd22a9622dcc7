"""Legal amounts as dated data (allowance caps, minimum wage), and allowances received elsewhere."""

from piccolo.columns import Date, ForeignKey, Integer, OnDelete, Text, Timestamptz, Varchar
from piccolo.table import Table

from wijkwerk.tables.enums import RuleStatus
from wijkwerk.tables.workers import Worker


class CompensationCap(Table):
    """Vrijwilligersvergoeding caps valid in a period, for workers aged `min_age` or older.

    The applicable row for a worker is the one with the highest `min_age` not above
    their age; monthly and yearly caps apply to all ages.
    """

    valid_from = Date(null=False)
    valid_until = Date(null=True, default=None)
    min_age = Integer(default=0)
    hourly_cap_cents = Integer(null=False)
    monthly_cap_cents = Integer(null=False)
    yearly_cap_cents = Integer(null=False)
    status = Varchar(length=20, choices=RuleStatus, default=RuleStatus.official.value)
    source = Text(default="")


class MinimumWage(Table):
    """Statutory minimum wage per hour for `min_age`+ in a period (youth rates are separate rows)."""

    valid_from = Date(null=False)
    valid_until = Date(null=True, default=None)
    min_age = Integer(default=21)
    hourly_cents = Integer(null=False)
    status = Varchar(length=20, choices=RuleStatus, default=RuleStatus.official.value)
    source = Text(default="")


class OtherAllowance(Table):
    """A volunteer allowance the resident received elsewhere in a month; it counts towards the caps."""

    worker = ForeignKey(Worker, null=False, on_delete=OnDelete.cascade)
    month = Date(null=False)  # the first day of the month
    amount_cents = Integer(null=False)
    payer = Varchar(length=150, default="")
    declared_at = Timestamptz()
