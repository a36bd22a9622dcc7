"""Allowance caps: never planned above the room, and each month's room counts on its own."""

from __future__ import annotations

from datetime import datetime

from .builders import TZ, make_problem, make_shift, make_worker, shifts_of, solved

ROOM_10_EUR = {"months": {"2026-03": 1000}, "years": {"2026": 100000}}


def test_ten_euros_of_room_is_never_exceeded():
    shifts = [make_shift(f"s{d}", day=d, hours=1) for d in range(5)]
    worker = make_worker("w", target_minutes=600, rate_cents_per_hour=560, cap_room_cents=ROOM_10_EUR)
    solution = solved(make_problem(shifts, [worker]))
    report = solution.worker_reports[0]
    assert report["planned_cents"] <= 1000
    assert len(shifts_of(solution, "w")) == 1  # two hours would cost 1120 cents
    assert report["reasons"][0]["code"] == "cap_reached"


def test_month_boundary_week_uses_each_months_room():
    monday = datetime(2026, 1, 26, tzinfo=TZ)  # Mon 26 Jan .. Sun 1 Feb
    shifts = [make_shift(f"jan{d}", day=d, hours=1, base=monday) for d in range(6)]
    shifts += [make_shift("feb-am", day=6, hour=9, hours=1, base=monday),
               make_shift("feb-pm", day=6, hour=14, hours=1, base=monday)]
    room = {"months": {"2026-01": 1000, "2026-02": 5000}, "years": {"2026": 100000}}
    worker = make_worker("w", target_minutes=600, rate_cents_per_hour=500, cap_room_cents=room, max_shifts_per_day=2)
    solution = solved(make_problem(shifts, [worker], base=monday))
    mine = shifts_of(solution, "w")
    assert sum(s.startswith("jan") for s in mine) == 2
    assert sum(s.startswith("feb") for s in mine) == 2
    assert solution.worker_reports[0]["cap_room"]["2026-01"] == {"planned_cents": 1000, "room_cents": 1000}


def test_year_room_binds_across_months():
    shifts = [make_shift(f"s{d}", day=d, hours=1) for d in range(4)]
    room = {"months": {"2026-03": 5000}, "years": {"2026": 1500}}
    worker = make_worker("w", target_minutes=600, rate_cents_per_hour=500, cap_room_cents=room)
    assert len(shifts_of(solved(make_problem(shifts, [worker])), "w")) == 3


def test_work_not_paid_as_an_allowance_costs_nothing_against_the_caps():
    from datetime import date, datetime, timezone

    from optimiser import Problem, SolveOptions, check, solve
    from optimiser.schema import CapRoom, Shift, Worker

    start = datetime(2026, 3, 2, 8, tzinfo=timezone.utc)
    wage_job = Shift(id="s", start=start, end=start.replace(hour=12), min_headcount=1, allowance=False)
    rich = Worker(id="w", rate_cents_per_hour=10_000, target_minutes=240,
                  cap_room=CapRoom(months={"2026-03": 1000}, years={"2026": 1000}))
    problem = Problem(date(2026, 3, 2), date(2026, 3, 8), (wage_job,), (rich,))
    solution = solve(problem, SolveOptions(time_limit_s=2, workers=1))
    assert solution.assignments == [("w", "s")] and check(problem, solution.assignments).ok
