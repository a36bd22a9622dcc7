"""Solves a problem: staged CP-SAT search (cover and the largest shortfall first), then reporting.

Infeasibility is a status with a diagnosis, never an exception.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, replace

from ortools.sat.python import cp_model

from . import sweep as by_person
from .decompose import personal_rosters, separable
from .diagnose import diagnose
from .index import Index
from .heuristic import applicable, quick_roster
from .lns import improve
from .model import Built, build, objective
from .plan import Plan
from .report import Solution, make_solution
from .rules import FIRST_STAGE_TERMS
from .schema import Problem, SolveOptions
from .validation import check_plan

FEASIBILITY_FIRST_VARS = 30_000  # above this many assignment variables, find any roster first
# Above this many, a separable problem is solved person by person without the full model: Curtois
# 24 (1.04 M) took 69 s and 1.3 GB only to build it, and CP-SAT then found no roster in 300 s.
FULL_MODEL_VARS = 500_000
# Stages before (or instead of) CP-SAT.
PRELIMINARY = (("quick_roster",), ("feasibility",), ("personal_rosters",), ("sweep",))
STATUS = {cp_model.OPTIMAL: "optimal", cp_model.FEASIBLE: "feasible",
          cp_model.INFEASIBLE: "infeasible", cp_model.MODEL_INVALID: "invalid",
          cp_model.UNKNOWN: "unknown"}


@dataclass
class StageResult:
    terms: tuple[str, ...] | None
    status: str
    objective: int | None = None
    bound: int | None = None
    wall_time_s: float = 0.0
    first_solution_s: float | None = None
    lns: dict | None = None
    # Set when CP-SAT's roster was worse on this stage's terms than the roster the stage started
    # from, or it found none: that roster was kept (`kept` says where it came from, `objective`
    # is its value) and CP-SAT's own value is `rejected_objective` (None if it found none).
    kept: str | None = None
    rejected_objective: int | None = None


class _FirstSolution(cp_model.CpSolverSolutionCallback):
    """Records when the first roster appeared (time-to-feasible), and reports progress if asked."""

    def __init__(self, tick: float, progress=None, stage: int = 0):
        super().__init__()
        self.tick, self.at, self.progress, self.stage, self.reported = tick, None, progress, stage, 0.0

    def on_solution_callback(self) -> None:
        now = time.perf_counter()
        if self.at is None:
            self.at = now - self.tick
        if self.progress is not None and now - self.reported >= 0.5:
            self.reported = now
            self.progress({"stage": self.stage, "objective": round(self.objective_value),
                           "bound": round(self.best_objective_bound), "elapsed_s": round(now - self.tick, 2)})


@dataclass
class SearchResult:
    pairs: set[tuple[int, int]] | None = None
    stages: list[StageResult] = field(default_factory=list)
    first_roster_at: float | None = None  # perf_counter() when the first roster was held
    source: str | None = None  # where the roster came from: a preliminary stage or "stage 0", ...
    terms: dict[str, int] | None = None  # its terms by the validator, once computed

    def keep(self, pairs: set[tuple[int, int]], source: str, at: float | None = None,
             terms: dict[str, int] | None = None) -> None:
        self.pairs, self.source, self.terms = pairs, source, terms
        if self.first_roster_at is None:
            self.first_roster_at = at if at is not None else time.perf_counter()

    def value(self, built: Built, names: tuple[str, ...] | None) -> int | None:
        """The held roster's value on the model's terms `names` (None: all), by the validator: its
        terms have the model's names and scale, and equal the model's least value for that roster."""
        if self.pairs is None:
            return None
        if self.terms is None:
            self.terms = check_plan(Plan(built.index, self.pairs)).terms
        return sum(v for name, v in self.terms.items() if name in built.terms and (names is None or name in names))


def configure(solver: cp_model.CpSolver, options: SolveOptions, budget: float, strong_lp: bool = True) -> None:
    params = solver.parameters
    params.num_workers = max(1, options.workers)
    params.random_seed = options.seed
    params.log_search_progress = options.log
    if strong_lp and params.num_workers == 2 and not options.deterministic:
        # With two cores the strongest LP relaxation in the full solver pays off: it gives real
        # bounds and guides the search (Curtois 5: bound 1 -> 1010 in 30 s); the other core
        # keeps running CP-SAT's own LNS.
        params.subsolvers.append("max_lp")
    if options.deterministic:
        # Interleaved search with a deterministic time limit repeats itself exactly for the
        # same seed and worker count; the wall-clock limit is only a safety net.
        params.interleave_search = params.num_workers > 1
        params.max_deterministic_time = max(budget, 0.01)
        params.max_time_in_seconds = max(2 * budget, 0.05)
    else:
        params.max_time_in_seconds = max(budget, 0.01)


def plan_stages(terms: dict, lexicographic: bool) -> list[tuple[str, ...] | None]:
    """Which terms each stage minimises; None means the whole objective."""
    first = tuple(name for name in FIRST_STAGE_TERMS if name in terms)
    if lexicographic and "fairness_max_shortfall" in terms and len(first) < len(terms):
        return [first, None]
    return [None]


def _hint(built: Built, pairs: set[tuple[int, int]]) -> None:
    built.model.clear_hints()
    for key, var in built.vars.x.items():
        built.model.add_hint(var, key in pairs)


def _hint_all(built: Built, values: list[int]) -> None:
    """Hint every variable, so the next stage starts from a complete, feasible solution."""
    built.model.clear_hints()
    for i, value in enumerate(values):
        built.model.add_hint(built.model.get_int_var_from_proto_index(i), value)


def _feasibility_first(built: Built, options: SolveOptions, budget: float, result: SearchResult) -> bool:
    """On large models with run rules, first look for any roster without objective or big LP.

    With the objective and the strongest LP, CP-SAT found no roster at all on Curtois 20-24 in
    60 s; a plain feasibility search first, then optimising from its roster, does. Returns False
    when the hard rules are proven contradictory.
    """
    solver = cp_model.CpSolver()
    configure(solver, options, budget, strong_lp=False)
    solver.parameters.stop_after_first_solution = True
    if not options.deterministic:
        solver.parameters.subsolvers.append("quick_restart_no_lp")  # see decompose.py
    tick = time.perf_counter()
    code = solver.solve(built.model)
    took = time.perf_counter() - tick
    found = code in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    result.stages.append(StageResult(("feasibility",), STATUS.get(code, "unknown"), wall_time_s=took,
                                     first_solution_s=took if found else None))
    if found:
        result.keep({key for key, var in built.vars.x.items() if solver.boolean_value(var)}, "feasibility")
        _hint_all(built, list(solver.response_proto.solution))
    return code != cp_model.INFEASIBLE


def _start(built: Built, options: SolveOptions, started: float, result: SearchResult) -> bool:
    """Gives the search a starting roster when one is cheap to find; False if proven infeasible."""
    index = built.index
    if options.hint:
        pos_w, pos_s = index.worker_pos, index.shift_pos
        _hint(built, {(pos_w[w], pos_s[s]) for w, s in options.hint})
    elif applicable(index):
        _quick_start(built, options, result)
    elif len(built.vars.x) >= FEASIBILITY_FIRST_VARS:
        # Not below: on Curtois 8-12 this start (with its sweep) left CP-SAT worse off at 60 s
        # (Instance 10: 4946-5087 against 4734-4776 from a cold start).
        left = options.time_limit_s - (time.perf_counter() - started)
        if not index.pins and separable(index) and _personal_start(built, options, left, result):
            return True
        return _feasibility_first(built, options, left / 2, result)
    return True


def _quick_start(built: Built, options: SolveOptions, result: SearchResult) -> None:
    """The greedy roster (heuristic.py) is the first roster once the validator finds no hard rule
    broken, and CP-SAT's hint either way: at city scale CP-SAT's presolve takes 10-15 s before
    its own first roster, and that one came from its own heuristics, not from this hint."""
    tick = time.perf_counter()
    pairs = quick_roster(built.index)
    report = check_plan(Plan(built.index, pairs))
    if not report.violations:
        names = plan_stages(built.terms, built.index.problem.weights.lexicographic_fairness)[0]
        value = sum(v for name, v in report.terms.items() if names is None or name in names)
        took = time.perf_counter() - tick
        result.stages.append(StageResult(("quick_roster",), "feasible", objective=value,
                                         wall_time_s=took, first_solution_s=took))
        result.keep(pairs, "quick_roster", terms=report.terms)
        if options.progress is not None:  # no bound yet: CP-SAT has not started
            options.progress({"stage": 0, "objective": value, "bound": None, "elapsed_s": round(took, 2)})
    _hint(built, pairs)


def _personal_start(built: Built, options: SolveOptions, left: float, result: SearchResult) -> bool:
    """Seeds the search with one roster per person (see decompose.py), improved person by person
    for a short while (sweep.py) when cover and requests are the whole objective; False if no
    personal roster was found for someone."""
    tick = time.perf_counter()
    pairs = personal_rosters(built.index, options, left / 2)
    took = time.perf_counter() - tick
    result.stages.append(StageResult(("personal_rosters",), "feasible" if pairs is not None else "unknown",
                                     wall_time_s=took, first_solution_s=took if pairs is not None else None))
    if pairs is None:
        return False
    if by_person.applies(built.index) and options.sweep_share > 0:
        tick = time.perf_counter()
        pairs, stats = by_person.sweep(built.index, pairs, options, options.sweep_share * left)
        result.stages.append(StageResult(("sweep",), "feasible", wall_time_s=time.perf_counter() - tick,
                                         first_solution_s=0.0, lns=asdict(stats)))
    result.keep(pairs, result.stages[-1].terms[0])
    values = _complete(built, pairs, options, left / 2)
    if values is not None:
        _hint_all(built, values)
    else:
        _hint(built, pairs)
    return True


def _complete(built: Built, pairs: set[tuple[int, int]], options: SolveOptions, budget: float) -> list[int] | None:
    """Values for every variable given the assignments: with only those hinted, CP-SAT's full
    search did not even accept the roster on Curtois 21 within 50 s."""
    fixed = built.model.clone()
    for key, var in built.vars.x.items():
        domain = fixed.proto.variables[var.index].domain
        domain[0] = domain[1] = int(key in pairs)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = max(1, options.workers)
    solver.parameters.max_time_in_seconds = max(1.0, budget)
    if solver.solve(fixed) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return list(solver.response_proto.solution)
    return None


def search(built: Built, options: SolveOptions, started: float) -> SearchResult:
    result = SearchResult()
    stages = plan_stages(built.terms, built.index.problem.weights.lexicographic_fairness)
    if not _start(built, options, started, result):
        return result
    greedy_start = any(stage.terms == ("quick_roster",) for stage in result.stages)
    for number, names in enumerate(stages):
        left = options.time_limit_s - (time.perf_counter() - started)
        last = number == len(stages) - 1
        budget = left / (len(stages) - number) * (options.cpsat_share if last and options.lns else 1)
        built.model.minimize(objective(built.terms, names))
        solver = cp_model.CpSolver()
        configure(solver, options, budget)
        if number == 0 and greedy_start:
            # One presolve round instead of three: on a city week CP-SAT's own first roster came
            # at 12 s instead of 22 s, stage 1 no worse (docs/BENCHMARKS.md, 6 Dec 2026). Only
            # after the greedy start; later stages start from a complete hint anyway.
            solver.parameters.max_presolve_iterations = 1
        tick = time.perf_counter()
        first = _FirstSolution(tick, options.progress, number)
        code = solver.solve(built.model, first)
        stage = StageResult(names, STATUS.get(code, "unknown"), wall_time_s=time.perf_counter() - tick,
                            first_solution_s=first.at)
        result.stages.append(stage)
        found = code in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        if found:
            stage.objective, stage.bound = round(solver.objective_value), round(solver.best_objective_bound)
        if code != cp_model.OPTIMAL and _worse_than_start(built, result, stage, names):
            _keep_start(built, result, stage, names, options, started)
        elif not found:
            break
        else:
            at = tick + first.at if first.at is not None else None
            _keep_found(built, result, solver, names, f"stage {number}", at)
        if last and options.lns and stage.status != "optimal":
            _polish(built, result, stage, options, started)
    return result


def _keep_found(built: Built, result: SearchResult, solver: cp_model.CpSolver, names, source: str,
                at: float | None) -> None:
    result.keep({key for key, var in built.vars.x.items() if solver.boolean_value(var)}, source, at=at)
    if names is not None:  # keep what this stage reached while the next one optimises the rest
        for name in names:
            built.model.add(built.terms[name] <= round(solver.value(built.terms[name])))
        _hint_all(built, list(solver.response_proto.solution))


def _worse_than_start(built: Built, result: SearchResult, stage: StageResult, names) -> bool:
    """Whether CP-SAT ended this stage worse than the roster it started from, or found none while
    one was held. Cut off early by its time limit, stage 0 could hold a roster worse than the
    greedy start (test_stage_guard.py), and fixing its values carried that loss into every later
    stage."""
    start = result.value(built, names)
    # CP-SAT's objective can only overstate its roster (a max term not yet tight), so a roster it
    # calls worse may be equal: keeping the start is then no loss.
    return start is not None and (stage.objective is None or stage.objective > start)


def _keep_start(built: Built, result: SearchResult, stage: StageResult, names, options: SolveOptions,
                started: float) -> None:
    """Keeps the held roster as this stage's result, fixes the stage's terms at its values (the
    model's least values for it, so it stays feasible) and hints it in full to the next stage."""
    stage.kept, stage.rejected_objective = result.source, stage.objective
    stage.objective = result.value(built, names)
    if names is None:
        return
    for name in names:
        built.model.add(built.terms[name] <= result.terms[name])
    left = options.time_limit_s - (time.perf_counter() - started)
    # One worker: a multi-threaded completion may fill the variables outside the stage's terms
    # differently from run to run, and a deterministic solve must get the same hint each time.
    values = _complete(built, result.pairs, replace(options, workers=1), 0.1 * left)
    if values is not None:
        _hint_all(built, values)
    else:
        _hint(built, result.pairs)


def _polish(built: Built, result: SearchResult, stage: StageResult, options: SolveOptions, started: float) -> None:
    """Spends the rest of the time on roster-shaped LNS (see lns.py)."""
    left = options.time_limit_s - (time.perf_counter() - started)
    if left < 0.2:
        return
    tick = time.perf_counter()
    result.pairs, stats = improve(built, result.pairs, stage.objective, options, left)
    result.terms = None
    stage.objective = stats.final_objective
    stage.wall_time_s += time.perf_counter() - tick
    stage.lns = asdict(stats)


def overall_status(result: SearchResult) -> str:
    searched = [s for s in result.stages if s.terms not in PRELIMINARY]
    if result.pairs is None:
        return "infeasible" if any(s.status == "infeasible" for s in result.stages) else (
            searched[0].status if searched else "unknown")
    return "optimal" if all(s.status == "optimal" for s in searched) else "feasible"


def _by_person(index: Index, options: SolveOptions, started: float) -> SearchResult:
    """A first roster person by person, then each person re-planned in turn (see sweep.py)."""
    result = SearchResult()
    left = options.time_limit_s - (time.perf_counter() - started)
    tick = time.perf_counter()
    pairs = personal_rosters(index, options, left / 2)
    took = time.perf_counter() - tick
    result.stages.append(StageResult(("personal_rosters",), "feasible" if pairs is not None else "unknown",
                                     wall_time_s=took, first_solution_s=took if pairs is not None else None))
    if pairs is None:
        return result
    result.keep(pairs, "personal_rosters")
    tick = time.perf_counter()
    # Keep time for the report: explaining Curtois 24's roster takes ~6 s on a quiet machine and
    # can take three times that under load.
    reserve = min(0.1 * options.time_limit_s, sum(len(e) for e in index.eligible) / 50_000)
    left = options.time_limit_s - (time.perf_counter() - started) - reserve
    result.pairs, stats = by_person.sweep(index, pairs, options, left)
    result.stages.append(StageResult(("sweep",), "feasible", wall_time_s=time.perf_counter() - tick,
                                     first_solution_s=0.0, lns=asdict(stats)))
    return result


def too_large(index: Index) -> bool:
    """Whether to skip the full model: very large, no pins, and nothing that links people."""
    return (sum(len(e) for e in index.eligible) > FULL_MODEL_VARS and not index.pins
            and separable(index) and by_person.applies(index))


def solve(problem: Problem, options: SolveOptions | None = None) -> Solution:
    options = options or SolveOptions()
    started = time.perf_counter()
    index = Index(problem)
    if not options.hint and too_large(index):
        result = _by_person(index, options, started)
        status = "feasible" if result.pairs is not None else "unknown"
        solution = make_solution(index, result.pairs, status, result.stages, [], options,
                                 time.perf_counter() - started)
        return _with_first_roster(solution, result, started)
    built = build(index)
    build_time = time.perf_counter() - started
    result = search(built, options, started)
    status = overall_status(result)
    diagnosis = diagnose(index, options) if status == "infeasible" else []
    solution = make_solution(index, result.pairs, status, result.stages, diagnosis, options,
                             time.perf_counter() - started)
    solution.build_time_s = round(build_time, 3)
    return _with_first_roster(solution, result, started)


def _with_first_roster(solution: Solution, result: SearchResult, started: float) -> Solution:
    if result.first_roster_at is not None:
        solution.first_roster_s = round(result.first_roster_at - started, 3)
    return solution
