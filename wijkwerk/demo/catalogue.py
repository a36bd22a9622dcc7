"""The demo's fixed records: neighbourhoods, skills, clients, recurring jobs and projects."""

from __future__ import annotations

from datetime import time

NEIGHBOURHOODS = ["Selwerd", "Paddepoel", "Vinkhuizen"]

JOB_TYPES = [
    ("green", "Groenonderhoud", "Green maintenance"),
    ("litter", "Zwerfafval en afval", "Litter and waste collection"),
    ("cleaning", "Schoonmaak", "Cleaning"),
    ("odd_jobs", "Klussen", "Odd jobs"),
    ("transport", "Buurttaxi", "Neighbourhood taxi"),
]

# (name, certificate required, validity in months)
SKILLS = [
    ("Bosmaaier", True, 36),
    ("Heggenschaar", False, None),
    ("Zwerfafval prikken", False, None),
    ("Trappenhuis schoonmaken", False, None),
    ("Klussen en kleine reparaties", False, None),
    ("Rijbewijs B", True, 120),
    ("VCA Basis", True, 120),
    ("EHBO", True, 24),
]

CLIENTS = [
    ("Gemeente Groningen", "gemeente", "Wijkteam Noordwest", "wijkteam@example.org"),
    ("Woonstichting Noorderhuis", "housing_corporation", "Team Leefbaarheid", "leefbaarheid@example.org"),
    ("OBS De Zonnewijzer", "other", "Conciërge", "school@example.org"),
]

# Each job: title, client, type, neighbourhood, mode, price kind, price cents,
# meeting point, what to bring, additionality, recurrences [(weekday, start, end, min, target, max)],
# skill requirements [(skill, count)].
JOBS = [
    ("Groenonderhoud Selwerd-Noord", "Gemeente Groningen", "green", "Selwerd", "volunteer", "per_shift", 18000,
     "Buurthuis Selwerd, Eikenlaan", "Werkschoenen en regenkleding", "Extra maaien en snoeien bovenop het vaste bestek van de gemeente.",
     [(0, time(8, 30), time(12, 30), 3, 4, 5), (2, time(8, 30), time(12, 30), 3, 4, 5)], [("Bosmaaier", 1)]),
    ("Groenonderhoud Paddepoel", "Gemeente Groningen", "green", "Paddepoel", "volunteer", "per_shift", 16000,
     "Winkelcentrum Paddepoel, ingang noord", "Werkschoenen", "Onderhoud van buurtperken die niet in het bestek zitten.",
     [(1, time(9), time(13), 2, 3, 4), (3, time(9), time(13), 2, 3, 4)], [("Heggenschaar", 1)]),
    ("Zwerfafvalronde Selwerd", "Gemeente Groningen", "litter", "Selwerd", "volunteer", "hourly", 2800,
     "Buurthuis Selwerd, Eikenlaan", "Handschoenen krijg je van ons", "Extra rondes naast de vaste veegroute.",
     [(0, time(9), time(11), 2, 3, 4), (2, time(9), time(11), 2, 3, 4), (4, time(9), time(11), 2, 3, 4)], []),
    ("Schoolomgeving opruimen", "OBS De Zonnewijzer", "litter", "Selwerd", "volunteer", "per_shift", 6000,
     "Hoofdingang school", "Oranje hesje (ligt klaar)", "De school heeft hier geen schoonmaker voor.",
     [(4, time(13), time(15), 1, 2, 3)], []),
    ("Trappenhuizen Selwerd", "Woonstichting Noorderhuis", "cleaning", "Selwerd", "volunteer", "hourly", 3200,
     "Portiek Pleiadenlaan 1", "Werkkleding; schoonmaakspullen staan klaar", "Extra schoonmaakbeurt boven het servicecontract.",
     [(1, time(9), time(13), 2, 2, 3), (3, time(9), time(13), 2, 2, 3)], [("Trappenhuis schoonmaken", 1)]),
    ("Trappenhuizen Vinkhuizen", "Woonstichting Noorderhuis", "cleaning", "Vinkhuizen", "volunteer", "hourly", 3200,
     "Portiek Siersteenlaan 300", "Werkkleding", "Extra schoonmaakbeurt boven het servicecontract.",
     [(2, time(9), time(13), 2, 2, 3)], [("Trappenhuis schoonmaken", 1)]),
    ("Klussen tussen huurders", "Woonstichting Noorderhuis", "odd_jobs", "Selwerd", "employee", "hourly", 4200,
     "Bouwkeet Zonnelaan", "Werkschoenen met stalen neus", "Opknappen van woningen die anders leeg blijven staan.",
     [(0, time(9), time(15), 1, 2, 2), (3, time(9), time(15), 1, 2, 2)], [("Klussen en kleine reparaties", 1), ("VCA Basis", 1)]),
    ("Buurttaxi Selwerd", "Gemeente Groningen", "transport", "Selwerd", "volunteer", "per_shift", 5000,
     "Garage buurthuis, Eikenlaan", "Rijbewijs meenemen", "Vervoer voor buren die anders niet meer de deur uit komen.",
     [(d, time(10), time(14), 1, 1, 1) for d in range(5)], [("Rijbewijs B", 1)]),
    ("Schoolplein schoon", "OBS De Zonnewijzer", "cleaning", "Selwerd", "volunteer", "per_shift", 4000,
     "Schoolplein, hek aan de achterkant", "Niets, alles ligt klaar", "Komt bovenop het werk van de conciërge.",
     [(0, time(15), time(16, 30), 1, 1, 2), (2, time(15), time(16, 30), 1, 1, 2)], []),
    ("Moestuin onderhoud", "Gemeente Groningen", "green", "Selwerd", "placement", "per_shift", 0,
     "Moestuin achter de Jozefkerk", "Laarzen", "Buurtproject; geen betaald werk verdrongen.",
     [(5, time(10), time(13), 1, 3, 6)], []),
]

PROJECTS = [
    ("Moestuin Selwerd", "Selwerd", "Een gezamenlijke groentetuin; de oogst gaat naar de buurt en de voedselbank.", 350000, "running"),
    ("Buurttaxi Selwerd", "Selwerd", "Gratis ritjes voor buren die slecht ter been zijn.", 800000, "running"),
    ("Koffiekar", "Paddepoel", "Een koffiekar op het plein: een praatje en een kop koffie.", 150000, "idea"),
]
