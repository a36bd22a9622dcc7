"""What runs in the solver's own process: solve, then send the plain result back through a pipe.

A separate process keeps CP-SAT's CPU work off the web server's event loop and lets a
manager's "cancel" end it at once.
"""

from __future__ import annotations

import dataclasses
import traceback


def solve_in_child(problem, options, connection) -> None:
    try:
        from optimiser import solve

        # Better rosters are reported as they come, so the manager sees the best objective so far.
        options = dataclasses.replace(options, progress=lambda event: connection.send(("progress", event)))
        solution = solve(problem, options)
        connection.send(("ok", solution.to_dict()))
    except Exception as error:  # report every failure to the parent instead of dying silently
        connection.send(("error", f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=3)}"))
    finally:
        connection.close()
