"""`make_*` builders with sensible defaults: each test overrides only what matters to it."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta, timezone

from tests.helpers import TEST_PASSWORD
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from wijkwerk.tables import (
    AvailabilityWindow, Client, Job, JobRecurrence, JobType, Neighbourhood, Shift, Skill, User, Worker,
    WorkerSkill,
)

_counter = itertools.count(1)
_HASHES: dict[str, str] = {}
# Test users get argon2's cheapest parameters; verification reads them from the hash, so the
# real login path runs unchanged, just without 64 MiB of work per sign-in.
_CHEAP_HASHER = PasswordHasher.from_parameters(CHEAPEST)


def _unique(prefix: str) -> str:
    return f"{prefix} {next(_counter)}"


async def _insert(table, **values) -> dict:
    rows = await table.insert(table(**values)).returning(*table._meta.columns)
    return rows[0]


async def make_neighbourhood(**overrides) -> dict:
    return await _insert(Neighbourhood, **{"name": _unique("Wijk"), "municipality": "Groningen", **overrides})


async def make_client(**overrides) -> dict:
    return await _insert(Client, **{"name": _unique("Opdrachtgever"), "kind": "gemeente", **overrides})


async def make_job_type(**overrides) -> dict:
    code = _unique("type").replace(" ", "_")
    return await _insert(JobType, **{"code": code, "name_nl": code, "name_en": code, **overrides})


async def make_job(**overrides) -> dict:
    values = {
        "title": _unique("Opdracht"), "work_mode": "volunteer", "price_kind": "per_shift",
        "price_cents": 10000, "active_from": date(2026, 1, 1), "additionality": "Extra werk.",
        **overrides,
    }
    if "client" not in values:
        values["client"] = (await make_client())["id"]
    if "job_type" not in values:
        values["job_type"] = (await make_job_type())["id"]
    if "neighbourhood" not in values:
        values["neighbourhood"] = (await make_neighbourhood())["id"]
    return await _insert(Job, **values)


async def make_recurrence(**overrides) -> dict:
    values = {"weekday": 0, "start_time": time(9), "end_time": time(13), "headcount_min": 1,
              "headcount_target": 2, "headcount_max": 3, **overrides}
    if "job" not in values:
        values["job"] = (await make_job())["id"]
    return await _insert(JobRecurrence, **values)


async def make_skill(**overrides) -> dict:
    return await _insert(Skill, **{"name": _unique("Vaardigheid"), **overrides})


async def make_worker(**overrides) -> dict:
    values = {
        "first_name": _unique("Fatma").split()[0], "last_name": _unique("Yılmaz"),
        "birth_date": date(1985, 5, 1), "starts_on": date(2026, 1, 5), "rate_cents_per_hour": 500,
        "target_minutes_per_week": 12 * 60, "max_minutes_per_week": 20 * 60, "max_minutes_per_day": 8 * 60,
        **overrides,
    }
    return await _insert(Worker, **values)


async def make_worker_skill(**overrides) -> dict:
    values = {"level": "competent", **overrides}
    if "worker" not in values:
        values["worker"] = (await make_worker())["id"]
    if "skill" not in values:
        values["skill"] = (await make_skill())["id"]
    return await _insert(WorkerSkill, **values)


async def make_window(**overrides) -> dict:
    values = {"weekday": 0, "start_time": time(8), "end_time": time(17), **overrides}
    if "worker" not in values:
        values["worker"] = (await make_worker())["id"]
    return await _insert(AvailabilityWindow, **values)


async def make_shift(**overrides) -> dict:
    starts_at = overrides.pop("starts_at", datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc))
    values = {"starts_at": starts_at, "ends_at": starts_at + timedelta(hours=4), "headcount_min": 1,
              "headcount_target": 2, "headcount_max": 3, **overrides}
    if "job" not in values:
        values["job"] = (await make_job())["id"]
    return await _insert(Shift, **values)


async def make_user(username: str | None = None, role: str = "manager", password: str = TEST_PASSWORD,
                    worker_id: int | None = None, active: bool = True) -> dict:
    if password not in _HASHES:
        _HASHES[password] = _CHEAP_HASHER.hash(password)
    if role == "resident" and worker_id is None:
        worker_id = (await make_worker())["id"]
    return await _insert(
        User, username=username or _unique("user").replace(" ", ""), password_hash=_HASHES[password],
        role=role, worker=worker_id, active=active, created_at=datetime.now(timezone.utc),
    )
