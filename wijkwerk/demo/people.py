"""Deterministic demo residents: a Selwerd-like mix of names, languages, benefits and limitations."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

# (first names, last names, languages) per background; Selwerd has 88 nationalities.
BACKGROUNDS = [
    (["Jan", "Henk", "Annie", "Gerda", "Sanne", "Kevin", "Bram", "Marieke", "Roelof", "Joyce", "Dirk", "Wilma"],
     ["de Vries", "Bakker", "Jansen", "Mulder", "Hoekstra", "Veenstra", "Smit", "Dijkstra", "Boer", "Postma"],
     "nl"),
    (["Fatma", "Mehmet", "Ayşe", "Emre", "Zeynep", "Hakan"], ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik"], "tr,nl"),
    (["Mohamed", "Fatima", "Youssef", "Khadija", "Said"], ["El Amrani", "Bouzid", "Benali", "Haddou"], "ar,nl"),
    (["Ahmad", "Rasha", "Omar", "Lina", "Khaled"], ["Al-Hassan", "Haddad", "Khalil", "Nasser"], "ar,en"),
    (["Tomasz", "Agnieszka", "Piotr", "Katarzyna"], ["Kowalski", "Nowak", "Wiśniewska", "Wójcik"], "pl,en"),
    (["Senait", "Yonas", "Helen", "Dawit"], ["Tesfay", "Gebremedhin", "Kidane"], "ti,en,nl"),
    (["Hodan", "Abdi", "Faadumo"], ["Warsame", "Mohamud", "Hassan"], "so,nl"),
    (["Shirley", "Roy", "Melissa"], ["Martina", "Isenia", "Statia"], "nl,pap"),
]

LIMITATIONS = [
    "", "", "", "", "",
    "Geen zwaar tilwerk (max. 10 kg).",
    "Maximaal 4 uur per dag.",
    "Niet lang achter elkaar staan; regelmatig pauze.",
    "Liever niet alleen werken.",
    "Geen werk op hoogte.",
    "Alleen ochtenden, in verband met zorg voor kinderen.",
]

BENEFITS = ["bijstand"] * 12 + ["ww"] * 2 + ["wia"] * 2 + ["wajong"] * 2 + ["none"] * 2

WINDOW_PATTERNS = [
    [(d, time(8), time(13)) for d in range(5)],  # weekday mornings
    [(d, time(8), time(17)) for d in (0, 1, 2, 3)],
    [(d, time(12), time(18)) for d in (0, 2, 4)],
    [(d, time(8), time(17)) for d in range(6)],
    [(d, time(9), time(13)) for d in (1, 3)],
]


@dataclass
class DemoPerson:
    first_name: str
    last_name: str
    birth_date: date
    languages: str
    benefit_type: str
    work_limitations: str
    target_hours: int
    max_day_hours: int
    windows: list[tuple[int, time, time]]
    phone: str
    certificate_expires_soon: bool = False
    skills: list[tuple[str, str]] = field(default_factory=list)  # (skill name, level)
    neighbourhood: str = "Selwerd"
    status: str = "active"


def demo_people(skill_names: list[str], count: int = 60, seed: int = 2026) -> list[DemoPerson]:
    rng = random.Random(seed)
    people: list[DemoPerson] = []
    seen: set[tuple[str, str]] = set()
    while len(people) < count:
        firsts, lasts, languages = rng.choice(BACKGROUNDS)
        name = (rng.choice(firsts), rng.choice(lasts))
        if name in seen:
            continue
        seen.add(name)
        # Mostly adults; a few under 21 so the youth hourly cap matters.
        age = rng.choice([19, 20] + list(range(23, 64)))
        limitation = rng.choice(LIMITATIONS)
        target = rng.choice([8, 12, 12, 16, 16, 20, 24])
        people.append(DemoPerson(
            first_name=name[0], last_name=name[1],
            birth_date=date(2026 - age, rng.randint(1, 12), rng.randint(1, 28)),
            languages=languages, benefit_type=rng.choice(BENEFITS), work_limitations=limitation,
            target_hours=target, max_day_hours=4 if "4 uur" in limitation else 8,
            windows=rng.choice(WINDOW_PATTERNS),
            phone=f"06-{rng.randint(10000000, 99999999)}",
            certificate_expires_soon=rng.random() < 0.12,
            skills=_skills_for(rng, skill_names),
            neighbourhood=rng.choice(["Selwerd"] * 5 + ["Paddepoel", "Vinkhuizen"]),
            status=rng.choice(["active"] * 12 + ["paused"]),
        ))
    return people


def _skills_for(rng: random.Random, skill_names: list[str]) -> list[tuple[str, str]]:
    chosen = rng.sample(skill_names, rng.randint(1, 3))
    return [(name, rng.choice(["learning", "competent", "competent", "can_teach"])) for name in chosen]
