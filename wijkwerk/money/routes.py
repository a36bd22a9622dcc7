"""The money area's controllers, collected for the /beheer and /api/v1 routers."""

from wijkwerk.money.api import AllocationApi, LedgerApi
from wijkwerk.money.invoice_pages import InvoicePages, PayoutPages
from wijkwerk.money.ledger_pages import FunderPages, LedgerPages
from wijkwerk.money.project_pages import ProjectPages
from wijkwerk.money.reinvestment_pages import ReinvestmentPages
from wijkwerk.money.result_pages import ResultPages

API_CONTROLLERS = [LedgerApi, AllocationApi]
PAGE_CONTROLLERS = [LedgerPages, FunderPages, InvoicePages, PayoutPages, ResultPages, ProjectPages,
                    ReinvestmentPages]
