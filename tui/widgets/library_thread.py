"""A long-lived thread for one pane's `Library` calls.

`Library` keeps one Whoosh searcher per thread, and opening one reads every
segment (100+ ms and tens of MB on a 20k-article index). Textual starts a new
thread for every thread worker, so calling the library straight from a worker
paid that on every keystroke and kept the old searchers' memory alive. A pane's
workers hand their calls to its `LibraryThread` instead: the worker still gives
cancellation and `exclusive=True`, and the searcher stays warm between calls.

A worker cancelled while its call waits or runs stops waiting at once (a call
not started yet is dropped). Thread workers share a small pool, so workers
queued behind a slow call (the timeline's on a large corpus) would otherwise
hold every pool thread and leave the next search waiting for one.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

from textual.worker import get_current_worker

__all__ = ["CallAbandoned", "LibraryThread"]

P = ParamSpec("P")
R = TypeVar("R")

POLL_SECONDS = 0.02
"""How often a waiting worker checks whether it was cancelled."""


class CallAbandoned(Exception):
    """The worker waiting for a call was cancelled; nobody wants the result."""


class LibraryThread:
    """Runs calls one at a time on a single thread that lives as long as its pane."""

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"library-{name}")

    def call(self, function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Run `function` on this thread and wait for its result (or its exception).

        Must be called from a worker; raises `CallAbandoned` if that worker is
        cancelled before the result is in.
        """
        worker = get_current_worker()
        future = self._pool.submit(function, *args, **kwargs)
        while True:
            if worker.is_cancelled:
                future.cancel()
                raise CallAbandoned
            try:
                return future.result(timeout=POLL_SECONDS)
            except TimeoutError:
                continue

    def close(self) -> None:
        """Let the thread end once its current call returns; queued calls are dropped."""
        self._pool.shutdown(wait=False, cancel_futures=True)
