"""Money: the append-only ledger, revenue and compensation from attendance, profit and reinvestment.

Functions for other areas (the funder report) are in `figures` (ledger totals per period and
neighbourhood), `revenue` (invoice lines from attendance) and `payouts` (compensation under caps).
"""
