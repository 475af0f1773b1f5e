"""Notices given while a screen opens, kept back until that screen has been drawn.

Textual times a toast on the wall clock from when it is given. Building the main
screen takes seconds on a loaded machine, so a notice given at launch (the index
is out of date, the user store was set aside, a mark's words are gone) could run
out before the first frame: the user was never told. The app keeps such notices
here and gives them once the screen is on the terminal, so each is seen for its
whole time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from textual.screen import Screen

__all__ = ["HeldNotices"]


class HeldNotices:
    """Notices kept back while a screen opens; thread-safe, as `App.notify` is."""

    def __init__(self) -> None:
        self._held: list[Callable[[], None]] | None = []
        """Notices waiting for a screen to be drawn; None when none is opening. The app
        starts holding: nothing is on the terminal before its first screen."""
        self._lock = threading.Lock()

    def keep(self, notice: Callable[[], None]) -> bool:
        """Keep `notice` back if a screen is opening; False when it may be given now."""
        with self._lock:
            if self._held is None:
                return False
            self._held.append(notice)
            return True

    def until_drawn(self, screen: Screen[object]) -> None:
        """Keep notices back from now until `screen`, just pushed, has been drawn."""
        with self._lock:
            if self._held is None:
                self._held = []
        screen.call_after_refresh(self.give)

    def give(self) -> None:
        """Give every notice kept back, in order, and stop keeping them."""
        with self._lock:
            held, self._held = self._held or [], None
        for notice in held:
            notice()
