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
from datetime import date, datetime, timedelta, timezone

from tests.builders import make_client, make_job, make_job_type, make_neighbourhood, make_shift, make_worker
from wijkwerk.tables import Assignment, Attendance, OtherAllowance, Roster

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
    return fixture


# The year 2026, all neighbourhoods, worked out by hand. None = suppressed.
EXPECTED_2026 = {
    "key_figures": {
        "Unieke deelnemers": 14, "Nieuwe instroom": 7,
        "Gewerkte uren": 4020, "Diensten": 4, "Opdrachten": 3,  # minutes: 10×240 + 5×180 + 4×120 + 240
        "Vergoeding betaald": 31500,  # 5×(2000+1500) + 5×2000 + 4×1000 cents
        "Gemiddelde vergoeding per deelnemer": 2250,  # 31500 // 14
        "Deelnemers die een grens bereikten": 5,  # W6–W10: 2000 + 20000 ≥ 21000 in March
        "Mediaan gekregen uren t.o.v. streefuren": 57, "10e percentiel": 29, "90e percentiel": 110,
    },
    # Benefit type (threshold 10): bijstand 10 and 3, ww 4 and 4; ww hidden, so bijstand hidden too.
    "reach_benefit": [
        ["Bijstand (gemeente)", None, None], ["WW (UWV)", None, None], ["WIA (UWV)", 0, 0],
        ["Wajong (UWV)", 0, 0], ["Geen uitkering", 0, 0], ["Totaal", 14, 7],
    ],
    "work_job_type": [
        ["Groenonderhoud", 2, 3, 3540, 10], ["Schoonmaak", 1, 1, 480, None], ["Totaal", 3, 4, 4020, 14],
    ],
    "work_client_kind": [
        ["Gemeente", 2, 3, 3540, 10], ["Woningcorporatie", 1, 1, 480, None], ["Totaal", 3, 4, 4020, 14],
    ],
    # March: 10 people, 2 shifts, 3300 min, 27500 cents; April 4 people and May 1: hidden with their pay.
    "work_months": {"2026-03": [10, 2, 3300, 27500], "2026-04": [None, 1, 480, None],
                    "2026-05": [None, 1, 240, None], "2026-01": [0, 0, 0, 0]},
    # Bands: under 50% W11–W15, 50–80% W6–W10, 80–120% W2–W5 (4), 120%+ W1 (1).
    "fairness": [["minder dan 50%", 5], ["50% tot 80%", 5], ["80% tot 120%", None], ["120% of meer", None],
                 ["Totaal", 15]],
}
