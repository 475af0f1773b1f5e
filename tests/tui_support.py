"""Waiting for the app in tests: on its work, never on the clock."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from newsexplore.tui.screens.indexing import IndexingScreen


async def wait_until_settled(pilot: Pilot) -> None:
    """Return once indexing is over and no worker has run for two turns in a row."""
    app = pilot.app
    quiet = 0  # a screen that just opened starts its workers on the next turn: see two quiet turns
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if getattr(app.screen, "settling", False):  # the timeline follows once typing pauses
            quiet = 0
            await pilot.pause(0.05)
            continue
        idle = all(worker.is_finished for worker in app.workers)
        opened = len(app.screen_stack) > 1 and not isinstance(app.screen, IndexingScreen)
        quiet = quiet + 1 if idle and opened else 0
        if quiet >= 2:
            return


async def wait_for(pilot: Pilot, ready: Callable[[], bool], turns: int = 300) -> None:
    """Wait until `ready()` holds, for work that runs outside Textual's workers.

    Panes hand their library calls to a long-lived thread, so an idle worker
    list does not mean their data has arrived.
    """
    for _ in range(turns):
        if ready():
            return
        await pilot.pause(0.01)
    raise AssertionError("the app never reached the awaited state")
