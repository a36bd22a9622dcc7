"""The lasting-outflow figure: the share of due follow-ups answered "yes", never over-claimed."""

from __future__ import annotations

from datetime import date

from tests.builders import make_worker
from tests.progression_helpers import set_today
from wijkwerk.outflow.lasting import FollowUpResult, lasting_outflow
from wijkwerk.outflow.services import lasting_outflow_figures

TODAY = date(2027, 6, 1)


def _result(weeks=26, due=date(2027, 1, 1), kind="job", answer="yes") -> FollowUpResult:
    return FollowUpResult(weeks, due, kind, answer)


def test_share_counts_unanswered_and_unreachable_as_not_confirmed():
    figures = lasting_outflow([_result(), _result(answer="no"), _result(answer="unreachable"), _result(answer=None)],
                              TODAY)
    f = figures[26]
    assert (f.due, f.yes, f.no, f.unreachable, f.unanswered, f.percent) == (4, 1, 1, 1, 1, 25)
    assert figures[52].due == 0 and figures[52].percent is None


def test_follow_ups_not_yet_due_and_other_exit_kinds_are_left_out():
    figures = lasting_outflow([_result(), _result(due=date(2027, 6, 2)), _result(kind="moved", answer="no")], TODAY)
    assert (figures[26].due, figures[26].percent) == (1, 100)
    assert lasting_outflow([_result(kind="education")], TODAY, kinds=("education",))[26].yes == 1


async def test_figures_from_the_database(manager_client, monkeypatch):
    set_today(monkeypatch, date(2026, 3, 1))
    for employer in ("Bakkerij", "Zorggroep"):
        worker = await make_worker()
        await manager_client.post(f"/api/v1/workers/{worker['id']}/exits", json={
            "exit_on": "2026-02-02", "kind": "job", "employer": employer})
    set_today(monkeypatch, date(2026, 8, 10))
    due = (await manager_client.get("/api/v1/outflow/follow-ups/due")).json()
    await manager_client.post(f"/api/v1/outflow/follow-ups/{due[0]['id']}/answer",
                              json={"answer": "yes", "answered_on": "2026-08-05"})
    figures = await lasting_outflow_figures(date(2026, 8, 10))
    assert (figures[26].due, figures[26].yes, figures[26].percent) == (2, 1, 50)
    api = (await manager_client.get("/api/v1/outflow/lasting")).json()
    assert api[0] == {"weeks": 26, "due": 2, "yes": 1, "no": 0, "unreachable": 0, "unanswered": 1, "percent": 50}
    assert (await lasting_outflow_figures(date(2026, 8, 10), exits_from=date(2026, 3, 1)))[26].due == 0
