"""The money pages: ledger form and reversal button, funders, result per period, projects with outcomes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.builders import make_neighbourhood
from tests.helpers import clear_tables, post_form
from tests.money_builders import make_entry, make_funder, make_project
from wijkwerk.demo.loader import load_demo
from wijkwerk.money import reinvestment
from wijkwerk.money.figures import money_totals, profit_by_period, reinvested_per_project
from wijkwerk.money.ledger import reverse_entry
from wijkwerk.money.periods import month, quarter, year
from wijkwerk.tables import Funder, LedgerEntry, NeighbourhoodProject, ProjectOutcome


async def test_every_money_page_renders_for_a_manager(manager_client):
    project = await make_project()
    await make_entry("subsidy", 5000)
    for url in ["/beheer/geld", "/beheer/geld/financiers", "/beheer/geld/facturen", "/beheer/geld/vergoedingen",
                "/beheer/geld/resultaat", "/beheer/geld/resultaat?per=quarter&jaar=2026",
                "/beheer/geld/resultaat?per=year&jaar=abc", "/beheer/geld/projecten",
                f"/beheer/geld/projecten/{project['id']}", "/beheer/geld/herinvestering",
                "/beheer/geld?soort=subsidy&van=2026-01-01&tot=nonsense&financier=x"]:
        response = await manager_client.get(url)
        assert response.status_code == 200, url


async def test_the_entry_form_books_a_subsidy_in_euros(manager_client):
    funder = await make_funder(name="Gemeente Groningen")
    response = await post_form(manager_client, "/beheer/geld", {
        "kind": "subsidy", "amount": "1.234,56", "entry_date": "2026-03-01", "funder": funder["id"],
        "description": "Wijkbudget"})
    assert response.status_code == 303
    [row] = await LedgerEntry.select()
    assert row["amount_cents"] == 123456 and row["funder"] == funder["id"]
    page = await manager_client.get("/beheer/geld")
    assert "€\xa01.234,56" in page.text and "Gemeente Groningen" in page.text


@pytest.mark.parametrize("form, message", [
    ({"amount": "-10,00"}, "Het bedrag moet groter zijn dan nul."),
    ({"amount": "12,345"}, "Vul een bedrag of getal in, bijvoorbeeld 12,50."),
    ({"amount": ""}, "Vul een bedrag in."),
    ({"kind": "subsidy"}, "Kies de financier van deze subsidie."),
    ({"project": "99999"}, "Dit bestaat niet (meer)."),
    ({"entry_date": "31-03-2026"}, "Vul een datum in als jjjj-mm-dd."),
])
async def test_the_entry_form_shows_dutch_errors_and_writes_nothing(manager_client, form, message):
    base = {"kind": "materials", "amount": "10,00", "entry_date": "2026-03-01"}
    response = await post_form(manager_client, "/beheer/geld", {**base, **form})
    assert response.status_code == 400 and message in response.text
    assert await LedgerEntry.count() == 0


async def test_the_reversal_button_reverses_once(manager_client):
    entry = await make_entry("overhead", 4200)
    assert (await post_form(manager_client, f"/beheer/geld/{entry}/tegenboeken", {"reason": "fout"})).status_code == 303
    again = await post_form(manager_client, f"/beheer/geld/{entry}/tegenboeken", {"reason": "fout"})
    assert again.status_code == 409 and "Deze boeking is al tegengeboekt." in again.text
    assert sorted(row["amount_cents"] for row in await LedgerEntry.select()) == [-4200, 4200]
    assert "Tegengeboekt" in (await manager_client.get("/beheer/geld")).text


async def test_a_funder_is_created_once(manager_client):
    assert (await post_form(manager_client, "/beheer/geld/financiers", {"name": "VSBfonds", "kind": "fund"})).status_code == 303
    again = await post_form(manager_client, "/beheer/geld/financiers", {"name": "VSBfonds", "kind": "fund"})
    bad = await post_form(manager_client, "/beheer/geld/financiers", {"name": "X", "kind": "bank"})
    assert again.status_code == 409 and bad.status_code == 400 and await Funder.count() == 1


async def test_result_shows_profit_and_subsidy_separately(manager_client):
    await make_entry("revenue", 50000, entry_date=date(2026, 2, 10))
    await make_entry("compensation", 20000, entry_date=date(2026, 2, 28))
    await make_entry("supervision", 10000, entry_date=date(2026, 2, 5))
    await make_entry("subsidy", 30000, entry_date=date(2026, 5, 1))
    totals = await money_totals(year(2026))
    assert (totals.revenue_cents, totals.costs_cents, totals.profit_cents, totals.subsidy_cents,
            totals.net_result_cents) == (50000, 30000, 20000, 30000, 50000)
    page = await manager_client.get("/beheer/geld/resultaat?jaar=2026&per=quarter")
    assert "2026-K1" in page.text and "€\xa0200,00" in page.text and "€\xa0300,00" in page.text


async def test_figures_per_neighbourhood_count_only_its_entries(db):
    wijk = await make_neighbourhood()
    project = await make_project(neighbourhood=wijk["id"])
    await make_entry("materials", 1500, project=project["id"], neighbourhood=wijk["id"])
    await make_entry("overhead", 9000)
    assert (await money_totals(None, wijk["id"])).costs_cents == 1500
    assert (await money_totals()).costs_cents == 10500


_entries = st.lists(st.tuples(
    st.sampled_from(["revenue", "subsidy", "other_income", "compensation", "supervision", "materials", "overhead"]),
    st.integers(1, 10**7), st.integers(1, 12), st.integers(1, 28), st.booleans()), max_size=15)


@given(entries=_entries)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
async def test_months_and_quarters_add_up_to_the_year_and_reversals_net_to_zero(db, entries):
    await clear_tables(db)
    funder = await make_funder()
    kept = 0
    for kind, cents, m, d, reverse in entries:
        entry = await make_entry(kind, cents, entry_date=date(2026, m, d), funder=funder["id"])
        if reverse:
            await reverse_entry(entry, None)
        else:
            kept += cents if kind in ("revenue", "subsidy", "other_income") else -cents
    whole = await money_totals(year(2026))
    for granularity in ("month", "quarter"):
        parts = [totals for _, totals in await profit_by_period(2026, granularity)]
        assert sum(p.net_result_cents for p in parts) == whole.net_result_cents
        assert sum(p.profit_cents for p in parts) == whole.profit_cents
        assert sum(p.costs_cents for p in parts) == whole.costs_cents
    assert whole.net_result_cents == kept
    assert whole.costs_cents == sum(whole.costs_by_kind.values())
    first_months = [(await money_totals(month(2026, m))).net_result_cents for m in (1, 2, 3)]
    assert (await money_totals(quarter(2026, 1))).net_result_cents == sum(first_months)


async def test_a_project_is_created_with_outcomes(manager_client):
    wijk = await make_neighbourhood(name="Selwerd")
    response = await post_form(manager_client, "/beheer/geld/projecten", {
        "name": "Buurtbus", "neighbourhood": wijk["id"], "budget": "2.500,00", "status": "running",
        "description": "Ritjes voor ouderen", "outcomes_text": "Veel blije ouderen"})
    assert response.status_code == 303
    [project] = await NeighbourhoodProject.select()
    assert project["budget_cents"] == 250000
    url = f"/beheer/geld/projecten/{project['id']}/resultaten"
    assert (await post_form(manager_client, url, {"label": "Ritjes gereden", "number": "140"})).status_code == 303
    bad = await post_form(manager_client, url, {"label": "Oogstdagen", "number": "-3"})
    assert bad.status_code == 400 and "Mag niet negatief zijn." in bad.text
    page = await manager_client.get(f"/beheer/geld/projecten/{project['id']}")
    assert "Ritjes gereden" in page.text and "140" in page.text and "Veel blije ouderen" in page.text
    assert await ProjectOutcome.count() == 1


@pytest.mark.parametrize("form, field_message", [
    ({"name": ""}, "Vul dit veld in."),
    ({"budget": "-5"}, "Mag niet negatief zijn."),
    ({"neighbourhood": "999"}, "Dit bestaat niet (meer)."),
    ({"status": "dreaming"}, "Kies een van"),
])
async def test_bad_projects_are_refused_in_dutch(manager_client, form, field_message):
    wijk = await make_neighbourhood()
    base = {"name": "Moestuin", "neighbourhood": wijk["id"], "budget": "100", "status": "idea"}
    response = await post_form(manager_client, "/beheer/geld/projecten", {**base, **form})
    assert response.status_code == 400 and field_message in response.text
    assert await NeighbourhoodProject.count() == 0


async def test_reinvested_per_project_reports_allocated_and_spent(manager_client):
    await make_entry("subsidy", 100000)
    project = await make_project(name="Moestuin")
    allocation = (await manager_client.post("/api/v1/allocations", json={
        "project": project["id"], "amount_cents": 40000, "decided_on": "2026-03-20", "reason": "Zaden"})).json()
    await manager_client.post(f"/api/v1/allocations/{allocation['id']}/spending",
                              json={"amount_cents": 7500, "entry_date": "2026-04-02"})
    [row] = await reinvested_per_project(year(2026))
    assert (row["name"], row["allocated_cents"], row["spent_cents"]) == ("Moestuin", 40000, 7500)
    assert (await reinvested_per_project(month(2026, 3)))[0]["spent_cents"] == 0


async def test_demo_money_has_subsidies_costs_and_an_allocation_within_profit(manager_client):
    await load_demo("demo-password-1", today=date(2026, 3, 4))
    totals = await money_totals(year(2026))
    assert totals.subsidy_cents > 0 and totals.costs_cents > 0
    assert 0 < await reinvestment.allocated_cents() <= totals.net_result_cents
    assert await reinvestment.available_cents() >= 0
    page = await manager_client.get("/beheer/geld/herinvestering")
    assert "Buurttaxi Selwerd" in page.text and "€\xa0450,00" in page.text
    projects = await manager_client.get("/beheer/geld/projecten")
    assert "Moestuin Selwerd" in projects.text and "€\xa03.000,00" in projects.text
