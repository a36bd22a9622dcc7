"""Fire-and-forget work (sending mail) that must neither block a request nor vanish silently."""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger("wijkwerk")


class BackgroundTasks:
    def __init__(self) -> None:
        # Holding a reference keeps a task from being garbage-collected mid-flight.
        self._tasks: set[asyncio.Task] = set()

    def add(self, work) -> asyncio.Task:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task failed", exc_info=task.exception())

    async def drain(self) -> None:
        """Wait for everything started so far (tests, and a clean shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
