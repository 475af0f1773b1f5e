"""Waiting for the app in tests: on its work, never on the clock."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message import Message
from textual.notifications import Notify
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from newsexplore.tui.screens.indexing import IndexingScreen


async def wait_until_settled(pilot: Pilot, seconds: float = 30) -> None:
    """Return once indexing is over and no worker has run for two turns in a row.

    Raises if that takes longer than `seconds` of wall time: a test that went
    on regardless would press keys into a screen still loading, and fail later
    for a reason that has nothing to do with what it tests.
    """
    app = pilot.app
    deadline = time.monotonic() + seconds
    quiet = 0  # a screen that just opened starts its workers on the next turn: see two quiet turns
    while quiet < 2:
        if time.monotonic() > deadline:
            raise AssertionError(f"the app was still busy after {seconds:.0f} s")
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:  # an exclusive worker gave way to a newer one: wait on
            quiet = 0
            continue
        await pilot.pause()
        if getattr(app.screen, "settling", False):  # the timeline follows once typing pauses
            quiet = 0
            await pilot.pause(0.05)
            continue
        idle = all(worker.is_finished for worker in app.workers)
        opened = len(app.screen_stack) > 1 and not isinstance(app.screen, IndexingScreen)
        quiet = quiet + 1 if idle and opened else 0


async def wait_for(
    pilot: Pilot, ready: Callable[[], bool], what: str = "the awaited state", seconds: float = 20
) -> None:
    """Wait until `ready()` holds, for work that runs outside Textual's workers.

    Panes hand their library calls to a long-lived thread, so an idle worker
    list does not mean their data has arrived. The limit is wall time, not a
    number of turns: on a loaded CI machine one turn can take far longer.
    """
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(f"the app never reached {what} in {seconds:.0f} s")
        await pilot.pause(0.01)


class Notices:
    """Every notification the app gave, kept after its toast has gone.

    Pass one as `run_test(message_hook=...)`. A toast leaves `App._notifications`
    once its timeout (5 s unless told) has passed on the wall clock, and opening
    the app takes longer than that on a loaded machine: a test that looks there
    after waiting for the app can find the notice already gone, and wait in vain
    for it (or, asserting that something was not said, pass without looking).
    """

    def __init__(self) -> None:
        self.messages: list[str] = []
        """The text of each notification, in the order given."""
        self.titled: list[str] = []
        """Each notification as "title: message"."""

    def __call__(self, message: Message) -> None:
        if isinstance(message, Notify):
            told = message.notification
            self.messages.append(str(told.message))
            self.titled.append(f"{told.title}: {told.message}")

    def any(self, words: str) -> bool:
        """Whether some notification so far has these words in it."""
        return any(words in told for told in self.messages)
