"""Malformed or inconsistent problem files are refused with the field named, and exit code 2."""

from __future__ import annotations

import json

import pytest

from optimiser import ProblemError, problem_from_dict
from optimiser.__main__ import main

from .builders import at, make_problem, make_shift, make_worker

ROOM = {"months": {"2026-03": 1000}, "years": {"2026": 1000}}
BAD = {
    "unknown worker in a pin": ({"pins": [{"worker": "ghost", "shift": "s"}]}, {}, {}, "pins[0].worker"),
    "end before start": ({}, {"end": at(0, 8)}, {}, "shifts[0].end"),
    "negative cap": ({}, {}, {"cap_room_cents": {"months": {"2026-03": -5}, "years": {"2026": 0}}},
                     "workers[0].cap_room_cents.months.2026-03"),
    "no timezone": ({}, {"start": "2026-03-02T09:00:00"}, {}, "shifts[0].start"),
    "month not covered by cap room": ({}, {}, {"cap_room_cents": {"months": {"2026-04": 5}, "years": {"2026": 5}}},
                                      "workers[0].cap_room_cents.months"),
    "unknown skill level": ({}, {}, {"skills": {"bhv": "expert"}}, "workers[0].skills.bhv"),
    "target above max": ({}, {"target_headcount": 3, "max_headcount": 2}, {}, "shifts[0].target_headcount"),
    "unknown weight": ({"weights": {"fairnesss": 1}}, {}, {}, "weights.fairnesss"),
    "shift outside period": ({}, {"start": at(9, 9), "end": at(9, 12)}, {}, "shifts[0].start"),
    "duplicate worker": ({"workers": [make_worker("w"), make_worker("w")]}, {}, {}, "workers[1].id"),
    "pin also forbidden": ({"pins": [{"worker": "w", "shift": "s"}], "forbidden": [{"worker": "w", "shift": "s"}]},
                           {}, {}, "pins[0]"),
    "negative target": ({}, {}, {"target_minutes": -60}, "workers[0].target_minutes"),
}


def _raw(case: str) -> dict:
    top, shift, worker, _ = BAD[case]
    raw = make_problem([{**make_shift("s"), **shift}], [{**make_worker("w", cap_room_cents=ROOM), **worker}])
    raw.update(top)
    return raw


@pytest.mark.parametrize("case", sorted(BAD))
def test_error_names_the_field(case):
    with pytest.raises(ProblemError) as err:
        problem_from_dict(_raw(case))
    assert err.value.path == BAD[case][3]


@pytest.mark.parametrize("case", ["end before start", "negative cap", "unknown worker in a pin"])
def test_cli_exits_with_code_2_and_a_message(case, tmp_path, capsys):
    path = tmp_path / "problem.json"
    path.write_text(json.dumps(_raw(case)))
    assert main(["solve", str(path)]) == 2
    assert BAD[case][3] in capsys.readouterr().err


def test_cli_rejects_a_file_that_is_not_json(tmp_path, capsys):
    path = tmp_path / "problem.json"
    path.write_text("{not json")
    assert main(["check", str(path), str(path)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
