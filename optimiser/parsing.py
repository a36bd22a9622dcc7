"""Turns a JSON-shaped dict into a `Problem`, rejecting malformed input with an error naming the field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .schema import (
    LEVELS,
    WEEKDAYS,
    CapRoom,
    Certificate,
    History,
    Problem,
    Request,
    Shift,
    Weights,
    Window,
    Worker,
)


class ProblemError(ValueError):
    """A problem file that cannot be planned as written; `path` names the offending field."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path


def _get(d: dict, key: str, path: str, kind: type, default: Any = ..., minimum: int | None = None):
    if key not in d or d[key] is None:
        if default is ...:
            raise ProblemError(f"{path}.{key}", "is required")
        return default
    value = d[key]
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if not ok:
        raise ProblemError(f"{path}.{key}", f"must be {kind.__name__}, got {value!r}")
    if minimum is not None and value < minimum:
        raise ProblemError(f"{path}.{key}", f"must be at least {minimum}, got {value}")
    return value


def _moment(d: dict, key: str, path: str) -> datetime:
    text = _get(d, key, path, str)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ProblemError(f"{path}.{key}", f"is not an ISO datetime: {text!r}") from None
    if moment.tzinfo is None:
        raise ProblemError(f"{path}.{key}", "needs a timezone offset, e.g. +01:00")
    return moment


def _day(text: Any, path: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ProblemError(path, f"is not an ISO date: {text!r}") from None


def _window(d: dict, path: str) -> Window:
    start, end = _moment(d, "start", path), _moment(d, "end", path)
    if end <= start:
        raise ProblemError(f"{path}.end", "is not after start")
    return Window(start, end)


def _counts(d: dict, key: str, path: str) -> dict[str, int]:
    raw = _get(d, key, path, dict, {})
    for name, count in raw.items():
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise ProblemError(f"{path}.{key}.{name}", f"must be a count >= 0, got {count!r}")
    return dict(raw)


def _shift(d: dict, path: str) -> Shift:
    window = _window(d, path)
    low = _get(d, "min_headcount", path, int, 0, minimum=0)
    target = _get(d, "target_headcount", path, int, max(low, 1), minimum=0)
    high = _get(d, "max_headcount", path, int, max(target, 1), minimum=0)
    if not low <= target <= high:
        raise ProblemError(f"{path}.target_headcount", "needs min <= target <= max headcount")
    skills = _counts(d, "required_skills", path)
    if sum(skills.values()) > high:
        raise ProblemError(f"{path}.required_skills", "needs more people than max_headcount")
    return Shift(
        id=_get(d, "id", path, str), start=window.start, end=window.end,
        job=_get(d, "job", path, str, ""), job_type=_get(d, "job_type", path, str, ""),
        shift_type=_get(d, "shift_type", path, str, ""),
        neighbourhood=_get(d, "neighbourhood", path, str, ""),
        min_headcount=low, target_headcount=target, max_headcount=high, required_skills=skills,
        mentor_needed=_get(d, "mentor_needed", path, bool, True),
        allowance=_get(d, "allowance", path, bool, True),
        under_target_weight=_get(d, "under_target_weight", path, int, None, minimum=0),
        over_target_weight=_get(d, "over_target_weight", path, int, None, minimum=0),
    )


def _cap_room(d: dict | None, path: str) -> CapRoom | None:
    if d is None:
        return None
    if not isinstance(d, dict):
        raise ProblemError(path, "must be an object with months and years")
    rooms = {}
    for part in ("months", "years"):
        raw = _get(d, part, path, dict)
        for key, cents in raw.items():
            if not isinstance(cents, int) or isinstance(cents, bool) or cents < 0:
                raise ProblemError(f"{path}.{part}.{key}", f"must be cents >= 0, got {cents!r}")
        rooms[part] = dict(raw)
    return CapRoom(**rooms)


def _weekdays(d: dict, path: str) -> frozenset[int]:
    days = _get(d, "preferred_days", path, list, [])
    for i, name in enumerate(days):
        if name not in WEEKDAYS:
            raise ProblemError(f"{path}.preferred_days[{i}]", f"must be one of {WEEKDAYS}")
    return frozenset(WEEKDAYS.index(name) for name in days)


def _skills(d: dict, path: str) -> dict[str, str]:
    skills = _get(d, "skills", path, dict, {})
    for name, level in skills.items():
        if level not in LEVELS:
            raise ProblemError(f"{path}.skills.{name}", f"must be one of {LEVELS}")
    return dict(skills)


def _certificates(d: dict, path: str) -> dict[str, Certificate]:
    out = {}
    for name, raw in _get(d, "certificates", path, dict, {}).items():
        where = f"{path}.certificates.{name}"
        if not isinstance(raw, dict):
            raise ProblemError(where, "must be an object with valid_from and valid_to")
        out[name] = Certificate(_day(raw.get("valid_from"), f"{where}.valid_from"),
                                _day(raw.get("valid_to"), f"{where}.valid_to"))
    return out


def _windows(d: dict, key: str, path: str) -> tuple[Window, ...]:
    return tuple(_window(w, f"{path}.{key}[{i}]") for i, w in enumerate(_get(d, key, path, list)))


def _worker(d: dict, path: str) -> Worker:
    hist = _get(d, "history", path, dict, {})
    areas = _get(d, "areas", path, list, None)
    limits = {key: _get(d, key, path, int, None, minimum=0) for key in (
        "max_minutes_per_day", "max_minutes_per_week", "max_minutes", "max_consecutive_days",
        "min_consecutive_days", "min_consecutive_days_off", "max_weekends")}
    return Worker(
        id=_get(d, "id", path, str), name=_get(d, "name", path, str, ""),
        skills=_skills(d, path), certificates=_certificates(d, path),
        availability=_windows(d, "availability", path) if d.get("availability") is not None else None,
        unavailable=_windows(d, "unavailable", path) if d.get("unavailable") else (),
        days_off=tuple(_day(x, f"{path}.days_off[{i}]") for i, x in enumerate(d.get("days_off") or [])),
        max_shifts_per_day=_get(d, "max_shifts_per_day", path, int, 1, minimum=0),
        min_rest_minutes=_get(d, "min_rest_minutes", path, int, 0, minimum=0),
        target_minutes=_get(d, "target_minutes", path, int, 0, minimum=0),
        min_minutes=_get(d, "min_minutes", path, int, 0, minimum=0),
        rate_cents_per_hour=_get(d, "rate_cents_per_hour", path, int, 0, minimum=0),
        cap_room=_cap_room(d.get("cap_room_cents"), f"{path}.cap_room_cents"),
        history=History(_get(hist, "target_minutes", f"{path}.history", int, 0, minimum=0),
                        _get(hist, "worked_minutes", f"{path}.history", int, 0, minimum=0)),
        liked_job_types=frozenset(_get(d, "liked_job_types", path, list, [])),
        disliked_job_types=frozenset(_get(d, "disliked_job_types", path, list, [])),
        preferred_days=_weekdays(d, path), neighbourhood=_get(d, "neighbourhood", path, str, ""),
        areas=frozenset(areas) if areas is not None else None,
        max_shifts_per_type=_counts(d, "max_shifts_per_type", path), **limits,
    )


def _pairs(raw: dict, key: str) -> tuple[tuple[str, str], ...]:
    out = []
    for i, item in enumerate(_get(raw, key, "problem", list, [])):
        path = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise ProblemError(path, "must be an object with worker and shift")
        out.append((_get(item, "worker", path, str), _get(item, "shift", path, str)))
    return tuple(out)


def _requests(raw: dict) -> tuple[Request, ...]:
    out = []
    for i, item in enumerate(_get(raw, "requests", "problem", list, [])):
        path = f"requests[{i}]"
        kind = _get(item, "kind", path, str)
        if kind not in ("on", "off"):
            raise ProblemError(f"{path}.kind", "must be 'on' or 'off'")
        out.append(Request(_get(item, "worker", path, str), _get(item, "shift", path, str), kind,
                           _get(item, "weight", path, int, minimum=0)))
    return tuple(out)


def _weights(raw: dict) -> Weights:
    given = _get(raw, "weights", "problem", dict, {})
    defaults = Weights()
    values = {}
    for key, value in given.items():
        if not hasattr(defaults, key):
            raise ProblemError(f"weights.{key}", "is not a known weight")
        kind = bool if isinstance(getattr(defaults, key), bool) else int
        values[key] = _get(given, key, "weights", kind, minimum=None if kind is bool else 0)
    return Weights(**values)


def _named_pairs(raw: dict, key: str) -> tuple[tuple[str, str], ...]:
    out = []
    for i, item in enumerate(_get(raw, key, "problem", list, [])):
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise ProblemError(f"{key}[{i}]", "must be a pair of shift types [first, barred next day]")
        out.append((item[0], item[1]))
    return tuple(out)


def problem_from_dict(raw: Any) -> Problem:
    """Parse and cross-check a problem; raises ProblemError naming the first bad field."""
    from .consistency import check_consistency

    if not isinstance(raw, dict):
        raise ProblemError("problem", "must be a JSON object")
    period = _get(raw, "period", "problem", dict)
    nearby = _get(raw, "nearby", "problem", dict, {})
    problem = Problem(
        period_start=_day(period.get("start"), "period.start"),
        period_end=_day(period.get("end"), "period.end"),
        shifts=tuple(_shift(s, f"shifts[{i}]") for i, s in enumerate(_get(raw, "shifts", "problem", list))),
        workers=tuple(_worker(w, f"workers[{i}]") for i, w in enumerate(_get(raw, "workers", "problem", list))),
        pins=_pairs(raw, "pins"), forbidden=_pairs(raw, "forbidden"), previous=_pairs(raw, "previous"),
        requests=_requests(raw), cannot_follow=_named_pairs(raw, "cannot_follow"),
        certified_skills=frozenset(_get(raw, "certified_skills", "problem", list, [])),
        nearby={k: frozenset(v) for k, v in nearby.items()}, weights=_weights(raw),
    )
    check_consistency(problem)
    return problem
