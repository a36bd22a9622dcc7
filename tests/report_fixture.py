"""A small, hand-computed data set for the impact report (figures worked out in EXPECTED_2026).

Selwerd: W1–W10 on bijstand (W1–W3 start 1 Feb 2026, W4–W10 on 1 Jun 2025).
Paddepoel: W11–W14 on WW (start 10 Jan 2026); W15 (no benefit, no work, on the books); W16 left.
Jobs: J1 green/gemeente/volunteer, J2 cleaning/housing corporation/volunteer, J3 green/gemeente/employee.
Shifts (UTC): S1 2 Mar (W1–W10 240 min), S2 9 Mar (W1–W5 180 min, W6 no-show),
S3 6 Apr (W11–W14 120 min), S4 4 May (W1 240 min on the employee job), S5 15 Dec 2025 (W4 240 min).
W6–W10 declared €200 from elsewhere in March 2026: with €20 here they reach the €210 monthly cap.
Everyone earns €5.00 an hour and has a weekly target of 8 minutes (to spread the fairness bands).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from tests.builders import (
    make_client, make_job, make_job_type, make_neighbourhood, make_shift, make_skill, make_worker, make_worker_skill,
)
from wijkwerk.tables import (
    Allocation, Assignment, Attendance, Candidate, CandidateFollowUp, Employer, ExitFollowUp, Funder,
    GuaranteeAgreement, LedgerEntry, NeighbourhoodProject, OtherAllowance, ProgressionInstrument, ProgressionLevel,
    ProgressionMeasurement, Roster, Sector, WorkerExit,
)

# Distinctive strings that must never appear in funder output.
SECRET_WORDS = ("Zwaantje", "Oosterhoff", "Geheimstraat", "Opdrachtgever Vertrouwelijk", "Geheime opdracht")


@dataclass
class Fixture:
    neighbourhoods: dict[str, int] = field(default_factory=dict)
    workers: list[int] = field(default_factory=list)


def utc(year: int, month: int, day: int, hour: int = 8) -> datetime:
    return datetime(year, month, day, hour, tzinfo=timezone.utc)


_versions = itertools.count(1)


async def attend(shift_id: int, worker_ids: list[int], minutes: int, status: str = "present") -> None:
    # A roster per call, each its own version: attendance does not care which version it is on.
    roster = (await Roster.insert(Roster(iso_year=2026, iso_week=1, version=next(_versions), status="published",
                                         created_at=utc(2026, 1, 1))).returning(Roster.id))[0]["id"]
    for worker_id in worker_ids:
        assignment = (await Assignment.insert(Assignment(roster=roster, shift=shift_id, worker=worker_id))
                      .returning(Assignment.id))[0]["id"]
        await Attendance.insert(Attendance(assignment=assignment, status=status,
                                           minutes_worked=minutes if status == "present" else 0,
                                           recorded_at=utc(2026, 1, 1)))


async def build_fixture() -> Fixture:
    fixture = Fixture()
    selwerd = (await make_neighbourhood(name="Selwerd"))["id"]
    paddepoel = (await make_neighbourhood(name="Paddepoel"))["id"]
    fixture.neighbourhoods = {"Selwerd": selwerd, "Paddepoel": paddepoel}
    gemeente = (await make_client(name="Opdrachtgever Vertrouwelijk", kind="gemeente"))["id"]
    corporation = (await make_client(name="Woonstichting Test", kind="housing_corporation"))["id"]
    green = (await make_job_type(code="groen", name_nl="Groenonderhoud", name_en="Green maintenance"))["id"]
    cleaning = (await make_job_type(code="schoon", name_nl="Schoonmaak", name_en="Cleaning"))["id"]
    j1 = (await make_job(title="Geheime opdracht", client=gemeente, job_type=green, neighbourhood=selwerd,
                         active_from=date(2025, 1, 1)))["id"]
    j2 = (await make_job(client=corporation, job_type=cleaning, neighbourhood=paddepoel))["id"]
    j3 = (await make_job(client=gemeente, job_type=green, neighbourhood=selwerd, work_mode="employee"))["id"]

    def person(number: int, **values) -> dict:
        return {"first_name": "Zwaantje", "last_name": f"Oosterhoff {number}", "address": "Geheimstraat 1",
                "rate_cents_per_hour": 500, "target_minutes_per_week": 8, **values}

    for number in range(1, 17):
        if number <= 10:
            values = person(number, neighbourhood=selwerd, benefit_type="bijstand",
                            starts_on=date(2026, 2, 1) if number <= 3 else date(2025, 6, 1))
        elif number <= 14:
            values = person(number, neighbourhood=paddepoel, benefit_type="ww", starts_on=date(2026, 1, 10))
        elif number == 15:
            values = person(number, neighbourhood=paddepoel, benefit_type="none", starts_on=date(2025, 1, 1))
        else:
            values = person(number, neighbourhood=paddepoel, starts_on=date(2024, 1, 1), status="left")
        fixture.workers.append((await make_worker(**values))["id"])
    w = fixture.workers
    s1 = (await make_shift(job=j1, starts_at=utc(2026, 3, 2)))["id"]
    s2 = (await make_shift(job=j1, starts_at=utc(2026, 3, 9)))["id"]
    s3 = (await make_shift(job=j2, starts_at=utc(2026, 4, 6)))["id"]
    s4 = (await make_shift(job=j3, starts_at=utc(2026, 5, 4)))["id"]
    s5 = (await make_shift(job=j1, starts_at=utc(2025, 12, 15)))["id"]
    await attend(s1, w[0:10], 240)
    await attend(s2, w[0:5], 180)
    await attend(s2, [w[5]], 0, status="no_show")
    await attend(s3, w[10:14], 120)
    await attend(s4, [w[0]], 240)
    await attend(s5, [w[3]], 240)
    for worker_id in w[5:10]:
        await OtherAllowance.insert(OtherAllowance(worker=worker_id, month=date(2026, 3, 1), amount_cents=20000,
                                                   payer="Elders", declared_at=utc(2026, 3, 20)))
    await OtherAllowance.insert(OtherAllowance(worker=w[0], month=date(2026, 3, 1), amount_cents=10000,
                                               payer="Elders", declared_at=utc(2026, 3, 20)))
    await add_progression(w)
    await add_outflow(w)
    await add_money(selwerd, paddepoel, j1)
    await add_aandebak(selwerd)
    return fixture


async def _measure(worker_id: int, on: date, step: int) -> None:
    instrument = await ProgressionInstrument.select(ProgressionInstrument.id).where(
        ProgressionInstrument.is_default.eq(True)).first()
    level = await ProgressionLevel.select(ProgressionLevel.id).where(
        ProgressionLevel.dimension.instrument == instrument["id"], ProgressionLevel.rank == step).first()
    await ProgressionMeasurement.insert(ProgressionMeasurement(worker=worker_id, level=level["id"], measured_on=on,
                                                               created_at=utc(2026, 1, 1)))


async def add_progression(w: list[int]) -> None:
    """W1–W5 step 2 → 4 (up), W6 2 → 2 (same), W7 3 → 2 in 2026 (down), W8 one measurement (step 3).
    W11 (Paddepoel) step 1 on 15 Jan 2026 → 2 on 1 May 2026 (up).
    W1–W5 each gained a certificate in April 2026, W11 (Paddepoel) one in May."""
    for worker_id in w[0:6]:
        await _measure(worker_id, date(2025, 12, 1), 2)
    for worker_id in w[0:5]:
        await _measure(worker_id, date(2026, 6, 1), 4)
    await _measure(w[5], date(2026, 6, 1), 2)
    await _measure(w[6], date(2026, 3, 1), 3)
    await _measure(w[6], date(2026, 9, 1), 2)
    await _measure(w[7], date(2026, 2, 1), 3)
    await _measure(w[10], date(2026, 1, 15), 1)
    await _measure(w[10], date(2026, 5, 1), 2)
    skill = (await make_skill(certificate_required=True))["id"]
    for worker_id in w[0:5]:
        await make_worker_skill(worker=worker_id, skill=skill, certificate_obtained_on=date(2026, 4, 1))
    await make_worker_skill(worker=w[10], skill=skill, certificate_obtained_on=date(2026, 5, 1))


async def _exit(worker_id: int, on: date, kind: str) -> int:
    rows = await WorkerExit.insert(WorkerExit(worker=worker_id, exit_on=on, kind=kind, created_at=utc(2026, 1, 1)))\
        .returning(WorkerExit.id)
    return rows[0]["id"]


async def add_outflow(w: list[int]) -> None:
    """2026: W10–W14 leave for a job, W15 for education. 2025: W1–W6 left for a job on 1 September;
    their 26-week follow-ups (due 2 March 2026): five yes, one unreachable; 52 weeks (31 August
    2026): three yes, three no."""
    for worker_id in w[9:14]:
        await _exit(worker_id, date(2026, 7, 1), "job")
    await _exit(w[14], date(2026, 8, 1), "education")
    for index, worker_id in enumerate(w[0:6]):
        exit_id = await _exit(worker_id, date(2025, 9, 1), "job")
        await ExitFollowUp.insert(
            ExitFollowUp(exit=exit_id, weeks=26, due_on=date(2026, 3, 2), answer="yes" if index < 5 else "unreachable"),
            ExitFollowUp(exit=exit_id, weeks=52, due_on=date(2026, 8, 31), answer="yes" if index < 3 else "no"))


async def _book(**values) -> int:
    rows = await LedgerEntry.insert(LedgerEntry(created_at=utc(2026, 1, 1), **values)).returning(LedgerEntry.id)
    return rows[0]["id"]


async def add_money(selwerd: int, paddepoel: int, j1: int) -> None:
    """Revenue €1,000 (Selwerd, March) + €500 (Paddepoel, April); allowances €275 (Selwerd, March, J1:
    W1–W10 worked there then, so ten people were paid);
    supervision €200 (March); a €3,000 subsidy from the gemeente (January); a €99.99 revenue booked
    in error in May and reversed. Buurttaxi (Selwerd) got €400 in June and spent €150 in July."""
    funder = (await Funder.insert(Funder(name="Gemeente Groningen", kind="gemeente")).returning(Funder.id))[0]["id"]
    await _book(entry_date=date(2026, 3, 31), kind="revenue", amount_cents=100000, neighbourhood=selwerd)
    await _book(entry_date=date(2026, 4, 30), kind="revenue", amount_cents=50000, neighbourhood=paddepoel)
    await _book(entry_date=date(2026, 3, 31), kind="compensation", amount_cents=27500, neighbourhood=selwerd,
                job=j1, period=date(2026, 3, 1))
    await _book(entry_date=date(2026, 3, 15), kind="supervision", amount_cents=20000)
    await _book(entry_date=date(2026, 1, 15), kind="subsidy", amount_cents=300000, funder=funder)
    wrong = await _book(entry_date=date(2026, 5, 1), kind="revenue", amount_cents=9999, neighbourhood=selwerd)
    await _book(entry_date=date(2026, 5, 2), kind="revenue", amount_cents=-9999, neighbourhood=selwerd, reverses=wrong)
    taxi = (await NeighbourhoodProject.insert(NeighbourhoodProject(name="Buurttaxi", neighbourhood=selwerd))
            .returning(NeighbourhoodProject.id))[0]["id"]
    await NeighbourhoodProject.insert(NeighbourhoodProject(name="Moestuin", neighbourhood=paddepoel))
    allocation = (await Allocation.insert(Allocation(project=taxi, amount_cents=40000, decided_on=date(2026, 6, 1),
                                                     created_at=utc(2026, 6, 1))).returning(Allocation.id))[0]["id"]
    await _book(entry_date=date(2026, 7, 1), kind="reinvestment_spending", amount_cents=15000, project=taxi,
                allocation=allocation, neighbourhood=selwerd)


async def add_aandebak(selwerd: int) -> None:
    """Zorg (job guarantee): C1–C6 started Sept 2024, diploma 31 Jan 2026; C1–C5 placed 1 Mar 2026,
    6-month follow-up due 1 Sept 2026: C1–C4 still employed, C5 not; C6 unplaced, so in mediation
    from 25 April 2026 (12 weeks). Techniek (internship guarantee): C7–C8 started Sept 2025."""
    sectors = {row["code"]: row["id"] for row in await Sector.select(Sector.id, Sector.code)}
    employer = (await Employer.insert(Employer(name="Zorggroep Test", sector=sectors["zorg"]))
                .returning(Employer.id))[0]["id"]
    agreements = {}
    for code, kind in (("zorg", "job"), ("techniek", "internship")):
        agreements[code] = (await GuaranteeAgreement.insert(GuaranteeAgreement(
            employer=employer, sector=sectors[code], course_name="Verzorgende IG", course_level=3,
            places_per_year=10, guarantee_kind=kind, valid_from=date(2024, 1, 1))).returning(
            GuaranteeAgreement.id))[0]["id"]
    for number in range(1, 9):
        zorg = number <= 6
        values = {"first_name": "Zwaantje", "last_name": f"Oosterhoff K{number}", "birth_date": date(2007, 1, 1),
                  "neighbourhood": selwerd, "sector": sectors["zorg" if zorg else "techniek"],
                  "agreement": agreements["zorg" if zorg else "techniek"], "school": "Noorderpoort",
                  "course_name": "Verzorgende IG", "course_level": 3,
                  "starts_on": date(2024, 9, 1) if zorg else date(2025, 9, 1),
                  "expected_diploma_on": date(2026, 1, 31) if zorg else date(2027, 7, 1),
                  "state": "enrolled"}
        if zorg:
            values.update(state="diploma", diploma_on=date(2026, 1, 31))
        if number <= 5:
            values.update(state="placed", placed_on=date(2026, 3, 1))
        candidate = (await Candidate.insert(Candidate(**values)).returning(Candidate.id))[0]["id"]
        if number <= 5:
            await CandidateFollowUp.insert(CandidateFollowUp(candidate=candidate, months=6, due_on=date(2026, 9, 1),
                                                             answered_on=date(2026, 9, 2),
                                                             still_employed=number <= 4))


# The year 2026, all neighbourhoods, worked out by hand. None = suppressed.
EXPECTED_2026 = {
    "key_figures": {
        # The town's totals are hidden: Paddepoel's only work is one group of 4 (W11–W14 in April),
        # and the Selwerd report shows its own year, so "town minus Selwerd" would give Paddepoel's
        # hours, shifts, pay and people (reports/linked.py). Unhidden they would be: 14 people,
        # 7 intakes, 4020 minutes (10×240 + 5×180 + 4×120 + 240), 4 shifts, 31500 cents paid
        # (5×(2000+1500) + 5×2000 + 4×1000), 2250 on average (31500 // 14).
        "Unieke deelnemers": None, "Nieuwe instroom": None,
        "Gewerkte uren": None, "Diensten": None, "Opdrachten": None,  # 3, following the table's total row
        "Vergoeding betaald": None,
        "Gemiddelde vergoeding per deelnemer": None,
        "Deelnemers die een grens bereikten": 5,  # W6–W10: 2000 + 20000 ≥ 21000 in March
        "Deelnemers minstens één trede omhoog": None,  # hidden in ladder_movement
        # 6 certificates, but Paddepoel's year holds one (W11 in May): town minus Selwerd would show it.
        "Certificaten behaald": None, "Vaardigheden een stap omhoog": 0,
        # 5 left for a job (5 of 15 = 33%); the one who went to education is protected by hiding the
        # total of the kind table instead (it is protected across reports, see outflow_kind).
        "Uitgestroomd naar regulier werk": 5, "Plaatsingsgraad (IRIS+ PI3527)": 33,
        # AanDeBak totals: 8 with a guarantee, 5 placed, 1 in mediation (hidden).
        "AanDeBak: jongeren met garantie": 8, "AanDeBak: geplaatst": 5, "AanDeBak: in bemiddeling": None,
        "Omzet": 150000, "Winst uit werk (zonder subsidies)": 102500, "Resultaat inclusief subsidies": 402500,
        "Toegekend aan buurtprojecten": 40000,
        "Mediaan gekregen uren t.o.v. streefuren": 57, "10e percentiel": 29, "90e percentiel": 110,
    },
    # up 6 (W1–W5, W11), same 1, down 1 (W8 has one measurement): the two single cells sum to 2,
    # which would show each is 1, so the 6 is hidden with them.
    "ladder_movement": [["Minstens één trede omhoog", None], ["Gelijk gebleven", None], ["Omlaag", None],
                        ["Totaal", 8]],
    # Starting steps: W11 step 1 (hidden), W1–W6 step 2, W7 and W8 step 3 (2 people, hidden; step 2
    # hidden with them). The total (9) is hidden too: Paddepoel's year holds only W11, so town
    # minus Selwerd's total (8) would give that one person away (in ladder_movement the box hides
    # Selwerd's total instead, so the town's 8 there stays).
    "ladder_start": [["Trede 1", None], ["Trede 2", None], ["Trede 3", None], ["Trede 4", 0], ["Trede 5", 0],
                     ["Trede 6", 0], ["Totaal", None]],
    # Job 5, education 1: the single one is hidden, and the total with it (hiding the 5 instead
    # would not do: the month and neighbourhood reports add up to the year's 5).
    "outflow_kind": [["Regulier werk", 5], ["Opleiding", None], ["Andere uitkering", 0], ["Verhuisd", 0],
                     ["Onbekend", 0], ["Totaal", None]],
    # 26 weeks: 6 due, 5 yes (83%), so 1 not confirmed: "due minus yes" would show that one
    # person, so the 5 is hidden with the share. 52 weeks: 6 due, 3 yes: hidden with the share.
    "outflow_lasting": [["26", 6, None, None], ["52", 6, None, None]],
    # Zorg: 6 guaranteed, 6 diplomas, 5 placed, 1 in mediation, 5 followed up, 4 still employed;
    # Techniek: 2 guaranteed. The 2 and the 1 and the 4 are hidden; the 6 beside the 2 as well.
    "aandebak_sector": [["Zorg", None, 6, 5, None, 5, None], ["Techniek", None, 0, 0, 0, 0, 0],
                        ["Totaal", 8, 6, 5, None, 5, None]],
    # Job 6, internship 2 (hidden, so the job count too), interview 0.
    "aandebak_kind": [["Baan", None], ["Stage", None], ["Sollicitatiegesprek", 0], ["Totaal", 8]],
    "money_result": [["Omzet", 150000], ["Subsidie of bijdrage", 300000], ["Overige inkomsten", 0],
                     ["Vrijwilligersvergoedingen", 27500], ["Begeleiding", 20000], ["Materiaal", 0],
                     ["Overhead", 0], ["Kosten, totaal", 47500],
                     ["Winst uit werk (omzet min kosten, zonder subsidies)", 102500],
                     ["Resultaat inclusief subsidies (hieruit wordt herinvesteerd)", 402500]],
    # Ten people were paid in March: the month's costs are shown.
    "money_months": {"2026-01": [300000, 0], "2026-03": [100000, 47500], "2026-04": [50000, 0],
                     "2026-05": [0, 0], "Totaal": [450000, 47500]},
    "money_funding": [["Gemeente", 300000], ["Totaal", 300000]],
    "money_projects": [["Buurttaxi", "Selwerd", 40000, 15000], ["Totaal", "", 40000, 15000]],
    # Benefit type (threshold 10): bijstand 10 and 3, ww 4 and 4. The ww group are all of Paddepoel,
    # so its cells are protected by hiding the totals (town minus Selwerd would give them), and the
    # bijstand participants (10) can stay.
    "reach_benefit": [
        ["Bijstand (gemeente)", 10, None], ["WW (UWV)", None, None], ["WIA (UWV)", 0, 0],
        ["Wajong (UWV)", 0, 0], ["Geen uitkering", 0, 0], ["Totaal", None, None],
    ],
    "work_job_type": [
        # Schoonmaak: 4 people (all of Paddepoel), hidden with their work; green work: W1's single
        # May shift is "Selwerd's year minus its first quarter", so Selwerd's and the town's green
        # work are hidden, and with them the totals.
        # The total's participants (14) are hidden like everywhere (see the key figures), and its
        # jobs with them.
        ["Groenonderhoud", 2, None, None, 10], ["Schoonmaak", None, None, None, None],
        ["Totaal", None, None, None, None],
    ],
    "work_client_kind": [
        ["Gemeente", 2, None, None, 10], ["Woningcorporatie", None, None, None, None],
        ["Totaal", None, None, None, None],
    ],
    # March: 10 people, 2 shifts, 3300 min, 27500 cents; April 4 people and May 1: hidden with their
    # shifts, hours and pay; the year's work is hidden as well (see the key figures).
    "work_months": {"2026-03": [10, 2, 3300, 27500], "2026-04": [None, None, None, None],
                    "2026-05": [None, None, None, None], "2026-01": [0, 0, 0, 0],
                    "Totaal": [None, None, None, None]},
    # Bands: under 50% W11–W15, 50–80% W6–W10, 80–120% W2–W5 (4), 120%+ W1 (1).
    "fairness": [["minder dan 50%", 5], ["50% tot 80%", 5], ["80% tot 120%", None], ["120% of meer", None],
                 ["Totaal", 15]],
}
