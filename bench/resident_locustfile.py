"""Locust users for bench/resident_load.py: each is one signed-in resident opening their week.

A resident looks at the page, reads it and comes back a little later: RESIDENT_THINK ("5,15"
by default) seconds of "think time" between views, uniformly drawn. The run stops after
RESIDENT_MAX_REQUESTS requests (or at -t).
"""

from __future__ import annotations

import os
import random

import gevent

from locust import between, events, task
from locust.contrib.fasthttp import FastHttpUser

TOKENS = open(os.environ["RESIDENT_TOKENS"]).read().split()
MAX_REQUESTS = int(os.environ.get("RESIDENT_MAX_REQUESTS", "20000"))
THINK = [float(part) for part in os.environ.get("RESIDENT_THINK", "5,15").split(",")]
_state = {"sent": 0, "environment": None}


@events.init.add_listener
def _remember(environment, **_kwargs) -> None:
    _state["environment"] = environment


@events.request.add_listener
def _bound(**_kwargs) -> None:
    _state["sent"] += 1
    if _state["sent"] == MAX_REQUESTS and _state["environment"].runner:
        _state["environment"].runner.quit()


class Resident(FastHttpUser):
    wait_time = between(*THINK)

    def on_start(self) -> None:
        self.cookie = f"wijkwerk_session={random.choice(TOKENS)}"
        # Residents do not all open the page in the same second: the first view of each falls
        # somewhere in the first think period, as it would in a steady stream of visits.
        gevent.sleep(random.uniform(0, THINK[1]))

    @task
    def my_week(self) -> None:
        with self.client.get("/mijn", headers={"cookie": self.cookie}, name="/mijn", catch_response=True) as response:
            if response.status_code != 200 or "Mijn rooster" not in response.text:
                response.failure(f"status {response.status_code}")
