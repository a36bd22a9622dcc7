"""Command line: `python -m optimiser solve|check|generate|curtois` (see docs/optimiser.md)."""

from __future__ import annotations

import argparse
import json
import sys

from .parsing import ProblemError, problem_from_dict
from .schema import SolveOptions

BAD_INPUT = 2


def _load(path: str):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as err:
        raise ProblemError(path, f"cannot be read ({err.strerror})") from None
    except json.JSONDecodeError as err:
        raise ProblemError(path, f"is not valid JSON (line {err.lineno}: {err.msg})") from None


def _write(text: str, path: str | None) -> None:
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


def _solve(args) -> int:
    from .solve import solve

    problem = problem_from_dict(_load(args.problem))
    options = SolveOptions(time_limit_s=args.time_limit, workers=args.workers, seed=args.seed,
                           deterministic=not args.wall_clock)
    solution = solve(problem, options)
    _write(json.dumps(solution.to_dict(), indent=2, ensure_ascii=False) + "\n", args.output)
    print(f"status {solution.status}, objective {solution.objective}, bound {solution.bound}, "
          f"{solution.wall_time_s:.2f} s", file=sys.stderr)
    for line in solution.diagnosis[:1]:
        print(line, file=sys.stderr)
    return 0 if solution.status in ("optimal", "feasible") else 1


def _assignments(raw) -> list[tuple[str, str]]:
    if not isinstance(raw, dict) or not isinstance(raw.get("assignments"), list):
        raise ProblemError("solution.assignments", "is required: a list of {worker, shift}")
    out = []
    for i, item in enumerate(raw["assignments"]):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("worker", "shift")):
            raise ProblemError(f"assignments[{i}]", "must be an object with worker and shift")
        out.append((item["worker"], item["shift"]))
    return out


def _check(args) -> int:
    from .validation import check

    problem = problem_from_dict(_load(args.problem))
    report = check(problem, _assignments(_load(args.solution)))
    print(json.dumps({"ok": report.ok, "violations": report.violations, "objective": report.objective,
                      "terms": report.terms, "fairness": report.metrics}, indent=2, ensure_ascii=False))
    return 0 if report.ok else 1


def _generate(args) -> int:
    from .generate import generate

    problem = generate(workers=args.workers, shifts=args.shifts, seed=args.seed)
    _write(json.dumps(problem, indent=1, ensure_ascii=False) + "\n", args.output)
    return 0


def _curtois(args) -> int:
    from .curtois import run_cli

    return run_cli(args)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m optimiser", description="Wijkwerk roster optimiser")
    sub = top.add_subparsers(dest="command", required=True)
    s = sub.add_parser("solve", help="solve a problem file")
    s.add_argument("problem")
    s.add_argument("--time-limit", type=float, default=10.0)
    s.add_argument("--workers", type=int, default=2)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--wall-clock", action="store_true", help="stop on wall time, not deterministic time")
    s.add_argument("-o", "--output")
    s.set_defaults(run=_solve)
    c = sub.add_parser("check", help="check a solution against a problem")
    c.add_argument("problem")
    c.add_argument("solution")
    c.set_defaults(run=_check)
    g = sub.add_parser("generate", help="make a realistic wijkwerk week")
    g.add_argument("--workers", type=int, required=True)
    g.add_argument("--shifts", type=int, required=True)
    g.add_argument("--seed", type=int, default=0)
    g.add_argument("-o", "--output")
    g.set_defaults(run=_generate)
    b = sub.add_parser("curtois", help="solve a Curtois benchmark instance")
    b.add_argument("instance")
    b.add_argument("--time-limit", type=float, default=60.0)
    b.add_argument("--workers", type=int, default=2)
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("-o", "--output")
    b.set_defaults(run=_curtois)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except ProblemError as err:
        print(f"error: {err}", file=sys.stderr)
        return BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
