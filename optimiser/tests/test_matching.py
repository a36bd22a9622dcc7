"""Job matching: hard rules, the lexicographic optimum against brute force, and explanations."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optimiser.match_schema import (
    GUARANTEE, VACANCY, Diploma, MatchProblem, MatchSettings, Opening, Person, Requirement,
)
from optimiser.match_explain import EXPLAIN_CODES
from optimiser.match_scoring import HARD_CODES, SCORE_CODES, quick_score, score_pair
from optimiser.match_validation import check_matching
from optimiser.matching import match

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WIJKEN = ["Selwerd", "Paddepoel", "Vinkhuizen"]
NEIGHBOURS = frozenset({("Selwerd", "Paddepoel")})
CARE = Diploma("Verzorgende IG", 3, "25491")


def person(id: str, **overrides) -> Person:
    return Person(**{"id": id, "wanted_hours": 24, "neighbourhood": "Selwerd", **overrides})


def vacancy(id: str, **overrides) -> Opening:
    return Opening(**{"id": id, "kind": VACANCY, "sector": "zorg", "hours": 24, "capacity": 1,
                      "neighbourhood": "Selwerd", **overrides})


@st.composite
def problems(draw, max_people: int = 4, max_openings: int = 3) -> MatchProblem:
    people = []
    for i in range(draw(st.integers(1, max_people))):
        candidate = draw(st.booleans())
        people.append(Person(
            id=f"p{i}", wanted_hours=draw(st.sampled_from([16, 24, 32])),
            skills=draw(st.sampled_from([{}, {"vca": 2}, {"vca": 1, "ehbo": 3}])),
            certificates=draw(st.sampled_from([frozenset(), frozenset({"vca"})])),
            neighbourhood=draw(st.sampled_from([None, *WIJKEN])),
            preferred_sectors=draw(st.sampled_from([frozenset(), frozenset({"zorg"}), frozenset({"bouw"})])),
            is_candidate=candidate, diploma=CARE if candidate and draw(st.booleans()) else None,
            guarantee="o0" if candidate else None))
    openings = []
    for i in range(draw(st.integers(1, max_openings))):
        kind = draw(st.sampled_from([VACANCY, VACANCY, GUARANTEE]))
        openings.append(Opening(
            id=f"o{i}", kind=kind, sector=draw(st.sampled_from(["zorg", "bouw"])),
            hours=draw(st.sampled_from([16, 24, 32])), capacity=draw(st.integers(0, 2)),
            neighbourhood=draw(st.sampled_from([None, *WIJKEN])),
            requirements=draw(st.sampled_from([(), (Requirement("vca", 2, True),), (Requirement("ehbo", 2),)])),
            diploma=CARE if kind == GUARANTEE else None))
    return MatchProblem(tuple(people), tuple(openings), NEIGHBOURS,
                        MatchSettings(min_score=draw(st.sampled_from([0, 40, 60])),
                                      cp_sat_max_pairs=draw(st.sampled_from([0, 10_000]))))


def brute_force(problem: MatchProblem) -> tuple[int, int, int]:
    """The best (matched, lowest score, total) over every assignment that passes the validator."""
    options = [[None, *(o.id for o in problem.openings)] for _ in problem.people]
    best = (0, 0, 0)
    for choice in product(*options):
        chosen = [(who.id, opening) for who, opening in zip(problem.people, choice) if opening is not None]
        report = check_matching(problem, chosen)
        if report.ok:
            best = max(best, report.objective)
    return best


@FAST
@given(problems())
def test_optimum_matches_brute_force(problem):
    result = match(problem)
    report = check_matching(problem, [(p.person, p.opening) for p in result.proposals])
    assert report.ok, report.problems
    assert result.status in ("optimal", "empty")
    assert report.objective == (result.matched, result.min_score or 0, result.total_score) == brute_force(problem)


@FAST
@given(problems())
def test_everyone_unmatched_has_an_explanation(problem):
    result = match(problem)
    matched = {p.person for p in result.proposals}
    assert {u.person for u in result.unmatched} == {p.id for p in problem.people} - matched
    assert all(u.reasons for u in result.unmatched)


@FAST
@given(problems())
def test_every_reason_code_is_a_known_one(problem):
    result = match(problem)
    codes = {r.code for p in result.proposals for r in p.reasons} | {r.code for u in result.unmatched for r in u.reasons}
    assert codes <= SCORE_CODES | HARD_CODES | EXPLAIN_CODES


@pytest.mark.parametrize("code", sorted(SCORE_CODES | HARD_CODES | EXPLAIN_CODES))
def test_every_reason_code_is_documented(code):
    assert f"`{code}`" in (Path(__file__).resolve().parents[2] / "docs" / "matching.md").read_text()


@FAST
@given(problems(max_people=3, max_openings=3))
def test_quick_score_agrees_with_the_explained_score(problem):
    for who, opening in product(problem.people, problem.openings):
        full = score_pair(who, opening, problem.neighbours, problem.settings)
        quick = quick_score(who, opening, problem.neighbours, problem.settings)
        assert (quick == full.score) if full.feasible else isinstance(quick, str)


def test_capacity_is_respected_when_many_want_one_place():
    people = tuple(person(f"p{i}") for i in range(5))
    problem = MatchProblem(people, (vacancy("v", capacity=2),), NEIGHBOURS)
    result = match(problem)
    assert check_matching(problem, [(p.person, p.opening) for p in result.proposals]).ok
    assert result.matched == 2 and {p.opening for p in result.proposals} == {"v"}
    assert all(u.reasons[0].code == "capacity_full" for u in result.unmatched)


def test_an_only_option_is_not_taken_for_a_small_gain():
    # A fits only O (P's 36 hours are too far from A's 20). B fits O better (82 against A's 72)
    # and P only barely (4): total score alone gives O to B (82 > 76) and leaves A without work.
    a = person("A", wanted_hours=20)
    b = person("B", wanted_hours=28, preferred_sectors=frozenset({"zorg"}))
    o = vacancy("O", hours=24)
    p = vacancy("P", hours=36, neighbourhood="Vinkhuizen", sector="bouw",
                requirements=(Requirement("ehbo", 3),))
    result = match(MatchProblem((a, b), (o, p), NEIGHBOURS, MatchSettings(min_score=0)))
    assert {(x.person, x.opening): x.score for x in result.proposals} == {("A", "O"): 72, ("B", "P"): 4}


@pytest.mark.parametrize("who, opening, code", [
    (person("p"), vacancy("v", requirements=(Requirement("vca", 1, True),)), "missing_certificate"),
    (person("p", wanted_hours=16), vacancy("v", hours=36), "hours"),
    (person("p"), vacancy("v", kind=GUARANTEE, diploma=CARE), "guarantee_for_candidates"),
    (person("p", is_candidate=True), vacancy("v", kind=GUARANTEE, diploma=CARE), "no_diploma"),
    (person("p", is_candidate=True, diploma=Diploma("Kok", 2)), vacancy("v", kind=GUARANTEE, diploma=CARE),
     "diploma_mismatch"),
])
def test_unmatched_person_is_told_the_hard_reason(who, opening, code):
    result = match(MatchProblem((who,), (opening,), NEIGHBOURS))
    assert result.matched == 0
    assert result.unmatched[0].reasons[0].code == code
    assert any(r.code == code for r in score_pair(who, opening, NEIGHBOURS, MatchSettings()).reasons)


def test_diploma_matches_by_crebo_and_level():
    candidate = person("c", is_candidate=True, diploma=Diploma("VIG", 4, "25491"), guarantee="g")
    scored = score_pair(candidate, vacancy("g", kind=GUARANTEE, diploma=CARE), NEIGHBOURS, MatchSettings())
    codes = {r.code for r in scored.reasons}
    assert scored.feasible and {"diploma_match", "holds_guarantee"} <= codes


def test_travel_prefers_same_then_neighbouring_neighbourhood():
    scores = [score_pair(person("p"), vacancy("v", neighbourhood=wijk), NEIGHBOURS, MatchSettings()).score
              for wijk in ("Selwerd", "Paddepoel", "Vinkhuizen")]
    assert scores[0] > scores[1] > scores[2]


def test_top_k_keeps_each_persons_best_pairs_and_says_so():
    people = (person("p"),)
    openings = tuple(vacancy(f"v{i}", hours=24 - i, capacity=0 if i == 0 else 1) for i in range(4))
    result = match(MatchProblem(people, openings, NEIGHBOURS, MatchSettings(top_k=1)))
    assert result.pairs_considered == 1 and result.proposals[0].opening == "v1"


def test_nothing_to_match_is_a_status_not_an_error():
    result = match(MatchProblem((person("p"),), (), NEIGHBOURS))
    assert result.status == "empty" and result.unmatched[0].reasons[0].code == "no_openings"


def test_validator_names_each_broken_rule():
    people = (person("a"), person("b", wanted_hours=40))
    problem = MatchProblem(people, (vacancy("v"),), NEIGHBOURS)
    report = check_matching(problem, [("a", "v"), ("a", "v"), ("b", "v"), ("c", "v")])
    assert not report.ok
    assert any("2 proposals" in p for p in report.problems)
    assert any("places" in p for p in report.problems)
    assert any("b-v is not feasible" in p for p in report.problems)
    assert any("unknown pair c-v" in p for p in report.problems)
