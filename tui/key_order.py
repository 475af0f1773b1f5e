"""Keys act in the order they were typed, those bound with priority included.

Textual runs a key's priority binding the moment the key reaches the app, and
hands any other key to the focused widget, the key's binding being looked up
once it has come back up from there. The keys that move focus (`/`, F2 to F5,
Esc out of a box) are priority bindings so that the keys typed straight after
them go where they lead: `/Farage` typed fast goes into the search box whole,
not to the list, where `a` would have opened the note dialog. But a priority
key thereby overtook the keys typed before it that were still on their way:
in "c/tag" the `/` moved to the search box before the `c` had opened the
collection, "tag" went into the query, and the `c`, looked up from the box,
did nothing.

Here a key with a priority binding waits while keys typed before it are on
their way, and the keys typed after it wait behind it. Each key handed to a
widget is followed along the same way by a `KeyHandled` marker: messages are
handled in order at each step, so the marker comes back to the app only once
the key has been dealt with. A marker whose widget has gone (a dialog closed
by the key) no longer counts, and keys are never held longer than
`HOLD_AT_MOST`, whatever happens to the markers.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from textual import events
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget

__all__ = ["KeyHandled", "KeysInOrder"]

HOLD_AT_MOST = 0.5
"""Seconds a key waits for the keys before it at most: a lost marker costs no more."""


class KeyHandled(Message):
    """Follows a key to the widget it was handed to and comes back up to the app after it."""


class KeysInOrder:
    """Mixed into the App, before `App`: holds a priority key behind the keys typed before it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_their_way: dict[KeyHandled, Widget] = {}
        """Markers sent after keys handed to widgets, with the widget each went to."""
        self._held: deque[events.Key] = deque()
        self._hold_timer: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held or (self._keys_on_their_way() and self._bound_with_priority(event.key)):
                self._hold(event)
            else:
                await self._hand_on(event)
            return
        await super().on_event(event)  # type: ignore[misc]

    def on_key_handled(self, marker: KeyHandled) -> None:
        self._on_their_way.pop(marker, None)
        if self._held and not self._keys_on_their_way():
            self.call_later(self._release)  # type: ignore[attr-defined]

    async def _hand_on(self, key: events.Key) -> None:
        """Let Textual run the key's priority binding or hand it to the focused widget;
        in the latter case send a marker after it."""
        await super().on_event(key)  # type: ignore[misc]
        if key.is_forwarded:
            target = self.focused or self.screen  # type: ignore[attr-defined]
            marker = KeyHandled()
            self._on_their_way[marker] = target
            target.post_message(marker)

    def _hold(self, key: events.Key) -> None:
        self._held.append(key)
        if self._hold_timer is None:
            self._hold_timer = self.set_timer(HOLD_AT_MOST, self._stop_waiting)  # type: ignore[attr-defined]

    async def _release(self) -> None:
        while self._held and not (
            self._keys_on_their_way() and self._bound_with_priority(self._held[0].key)
        ):
            await self._hand_on(self._held.popleft())
        if not self._held and self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None

    async def _stop_waiting(self) -> None:
        self._hold_timer = None
        self._on_their_way.clear()
        await self._release()

    def _keys_on_their_way(self) -> bool:
        for marker, target in list(self._on_their_way.items()):
            if not target.is_attached:
                del self._on_their_way[marker]
        return bool(self._on_their_way)

    def _bound_with_priority(self, key: str) -> bool:
        active = self.screen.active_bindings.get(key)  # type: ignore[attr-defined]
        return active is not None and active.binding.priority and active.enabled
