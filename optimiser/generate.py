"""A seeded generator of realistic wijkwerk weeks, as problem dicts in the documented JSON format.

Week 0 runs over a month boundary on purpose (26 Jan - 1 Feb 2026), so that cap room is split
per month; some residents have little room left in the first month, so the caps bind. Later
weeks (`week=1, 2, ...`) keep the same residents and draw new shifts.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

NEIGHBOURHOODS = ("Selwerd", "Paddepoel", "Vinkhuizen", "Beijum", "Lewenborg", "Oosterpark",
                  "Korrewegwijk", "De Hoogte", "Hoogkerk", "Helpman", "Corpus den Hoorn",
                  "Zeeheldenbuurt", "De Wijert", "Rivierenbuurt", "Schildersbuurt", "Indische buurt",
                  "Oosterhoogebrug", "Ten Boer", "Haren", "Reitdiep")
JOBS = {  # job type -> (required skill or None, typical start hours, length in hours)
    "groen": ("snoeien", (9, 13), (3, 4)),
    "schoonmaak": (None, (9, 13, 18), (2, 3)),
    "buurtkamer": ("bhv", (10, 14, 19), (3, 4)),
    "klussen": ("gereedschap", (9, 13), (3, 4)),
    "maaltijden": ("hygiene", (11, 16), (3,)),
    "boodschappen": ("rijbewijs", (10, 14), (2, 3)),
}
CERTIFIED = ["bhv", "hygiene", "rijbewijs"]
WEEK_START = date(2026, 1, 26)
TZ = timezone(timedelta(hours=1))


def _moment(day: int, hour: int, week: int = 0) -> str:
    start = datetime(WEEK_START.year, WEEK_START.month, WEEK_START.day, tzinfo=TZ)
    return (start + timedelta(days=7 * week + day, hours=hour)).isoformat()


def _shifts(rng: random.Random, count: int, areas: list[str], week: int) -> list[dict]:
    shifts = []
    for i in range(count):
        job_type = rng.choice(list(JOBS))
        skill, starts, lengths = JOBS[job_type]
        day = rng.choices(range(7), weights=(5, 5, 5, 5, 5, 2, 1))[0]
        hour, length = rng.choice(starts), rng.choice(lengths)
        area = rng.choice(areas)
        target = rng.choice((1, 2, 2, 3, 3, 4))
        shift = {"id": f"s{i}", "job": f"{job_type}-{area}-{i % 5}", "job_type": job_type,
                 "neighbourhood": area, "start": _moment(day, hour, week),
                 "end": _moment(day, hour + length, week),
                 "min_headcount": max(0, target - 1), "target_headcount": target, "max_headcount": target + 1}
        if skill and rng.random() < 0.6:
            shift["required_skills"] = {skill: 1}
        shifts.append(shift)
    return shifts


def _availability(rng: random.Random, weeks: int) -> list[dict]:
    """The same weekly pattern for each week generated."""
    days = sorted(rng.sample(range(7), rng.randint(2, 5)))
    blocks = rng.choice(((8, 13), (12, 18), (8, 18), (8, 22), (17, 22)))
    return [{"start": _moment(d, blocks[0], w), "end": _moment(d, blocks[1], w)}
            for w in range(weeks) for d in days]


def _skills(rng: random.Random) -> tuple[dict, dict]:
    skills, certificates = {}, {}
    for skill in ("snoeien", "bhv", "gereedschap", "hygiene", "rijbewijs"):
        roll = rng.random()
        if roll < 0.25:
            skills[skill] = "competent"
        elif roll < 0.33:
            skills[skill] = "teaching"
        elif roll < 0.43:
            skills[skill] = "learning"
        if skill in CERTIFIED and skills.get(skill) in ("competent", "teaching"):
            expired = rng.random() < 0.1
            valid_to = date(2026, 1, 28) if expired else date(2027, 6, 30)
            certificates[skill] = {"valid_from": "2024-01-01", "valid_to": valid_to.isoformat()}
    return skills, certificates


def _worker(rng: random.Random, i: int, areas: list[str], nearby: dict, weeks: int) -> dict:
    target = rng.choice((240, 360, 480, 600, 720, 960))
    skills, certificates = _skills(rng)
    home = rng.choice(areas)
    rate = rng.choice((450, 500, 560))
    tight = rng.random() < 0.15  # close to the monthly cap already
    worker = {
        "id": f"w{i}", "name": f"Bewoner {i}", "skills": skills, "certificates": certificates,
        "availability": _availability(rng, weeks), "max_minutes_per_day": 480,
        "max_minutes_per_week": target + 240, "max_shifts_per_day": 2, "min_rest_minutes": 60,
        "target_minutes": target, "rate_cents_per_hour": rate,
        "cap_room_cents": {"months": {"2026-01": rng.randint(500, 2500) if tight else 21000, "2026-02": 21000,
                                      "2026-03": 21000}, "years": {"2026": 210000}},
        "history": {"target_minutes": 4 * target, "worked_minutes": int(4 * target * rng.uniform(0.7, 1.1))},
        "neighbourhood": home, "areas": [home] + sorted(nearby.get(home, [])),
        "liked_job_types": rng.sample(list(JOBS), rng.randint(0, 2)),
        "disliked_job_types": rng.sample(list(JOBS), rng.randint(0, 1)),
        "preferred_days": rng.sample(["mon", "tue", "wed", "thu", "fri"], rng.randint(0, 3)),
    }
    worker["disliked_job_types"] = [j for j in worker["disliked_job_types"] if j not in worker["liked_job_types"]]
    return worker


def generate(workers: int, shifts: int, seed: int = 0, week: int = 0) -> dict:
    """A week with `shifts` shifts and `workers` residents, the same for the same seed and week.

    Residents depend only on the seed; shifts on the seed and the week (0 = 26 Jan 2026).
    """
    rng = random.Random(seed)
    areas = list(NEIGHBOURHOODS[: max(1, min(len(NEIGHBOURHOODS), round(shifts / 75)))])
    nearby = {a: sorted({areas[(i - 1) % len(areas)], areas[(i + 1) % len(areas)]} - {a})
              for i, a in enumerate(areas) if len(areas) > 1}
    worker_list = [_worker(rng, i, areas, nearby, weeks=week + 1) for i in range(workers)]
    shift_list = _shifts(random.Random(f"{seed}-{week}"), shifts, areas, week)
    start = WEEK_START + timedelta(days=7 * week)
    return {"period": {"start": start.isoformat(), "end": (start + timedelta(days=6)).isoformat()},
            "certified_skills": CERTIFIED, "nearby": nearby, "shifts": shift_list, "workers": worker_list}
