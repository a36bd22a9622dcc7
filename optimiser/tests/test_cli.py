"""The command line: generate, solve and check round-trip through JSON files."""

from __future__ import annotations

import json

from optimiser.__main__ import main


def test_generate_solve_check_round_trip(tmp_path, capsys):
    problem, solution = tmp_path / "p.json", tmp_path / "s.json"
    assert main(["generate", "--workers", "12", "--shifts", "8", "--seed", "4", "-o", str(problem)]) == 0
    assert main(["solve", str(problem), "--time-limit", "3", "--seed", "1", "-o", str(solution)]) == 0
    out = json.loads(solution.read_text())
    assert out["status"] in ("optimal", "feasible")
    assert set(out["terms"]) >= {"cover_target", "fairness_max_shortfall"}
    capsys.readouterr()
    assert main(["check", str(problem), str(solution)]) == 0
    checked = json.loads(capsys.readouterr().out)
    assert checked["ok"] and checked["objective"] == out["objective"]


def test_check_exits_non_zero_on_a_hard_violation(tmp_path, capsys):
    problem, solution = tmp_path / "p.json", tmp_path / "s.json"
    main(["generate", "--workers", "3", "--shifts", "2", "--seed", "1", "-o", str(problem)])
    shifts = [s["id"] for s in json.loads(problem.read_text())["shifts"]]
    bad = [{"worker": f"w{i}", "shift": shifts[0]} for i in range(3)] * 2
    solution.write_text(json.dumps({"assignments": bad}))
    assert main(["check", str(problem), str(solution)]) == 1
    assert "twice" in capsys.readouterr().out


def test_generator_is_seeded():
    from optimiser.generate import generate

    assert generate(20, 15, seed=7) == generate(20, 15, seed=7)
    assert generate(20, 15, seed=7) != generate(20, 15, seed=8)
