"""A long-lived thread for one pane's `Library` calls.

`Library` keeps one Whoosh searcher per thread, and opening one reads every
segment (100+ ms and tens of MB on a 20k-article index). Textual starts a new
thread for every thread worker, so calling the library straight from a worker
paid that on every keystroke and kept the old searchers' memory alive. A pane's
workers hand their calls to its `LibraryThread` instead: the worker still gives
cancellation and `exclusive=True`, and the searcher stays warm between calls.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

__all__ = ["LibraryThread"]

P = ParamSpec("P")
R = TypeVar("R")


class LibraryThread:
    """Runs calls one at a time on a single thread that lives as long as its pane."""

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"library-{name}")

    def call(self, function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Run `function` on this thread and wait for its result (or its exception)."""
        return self._pool.submit(function, *args, **kwargs).result()

    def close(self) -> None:
        """Let the thread end once its current call returns; queued calls are dropped."""
        self._pool.shutdown(wait=False, cancel_futures=True)
