"""Screens that take the keys typed straight after the key that opened them.

A terminal hands a burst over at once ("atyped fast⏎", "cj⏎", pasted or typed
fast): every key of it went to the list that had the focus, came back up to
the app once the new screen was on top, found no binding there and was
dropped; the Enter, arriving once the screen had its focus, acted on what the
cursor was on first (an empty note saved with a ★, the first mark opened), and
no word said. Such keys, stamped before the screen was made, are the screen's
(`take_stray`), as are those sent to it before anything in it has the focus;
they go to what it focuses first, in order, the moment it has it.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget

__all__ = ["TypedAhead", "TypedAheadDialog"]

ResultType = TypeVar("ResultType")

FOCUS_MOVES = {"tab": "focus_next", "shift+tab": "focus_previous"}
"""Keys typed ahead that move the focus on these screens, and the screen's way to."""


class TypedAhead:
    """Mixed into a screen (before its Screen class, which Textual takes its CSS from):
    its first focus takes the keys typed in the burst that opened it."""

    focused: Widget | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._opened_at = Message().time  # on the clock keys are stamped with
        self._typed_ahead: list[events.Key] | None = []
        """Keys that came before the first focus; None once handed over."""
        self._handing = False

    def take_stray(self, key: events.Key) -> bool:
        """Take a key pressed before the screen opened and come up to the app since
        (see `NewsExploreApp._on_key`): it is this screen's, not the list's behind."""
        if key.time >= self._opened_at:
            return False
        fresh = events.Key(key.key, key.character)  # stamped now: its way on is as any key's
        if self._typed_ahead is not None:
            self._typed_ahead.append(fresh)
        elif self.focused is not None:
            self.focused._forward_event(fresh)
        else:
            return False
        return True

    def wait_in_line(self, key: events.Key) -> bool:
        """Queue a key that comes while the keys typed ahead are still to be handed over:
        once the screen has its focus, the app sends keys straight to it, where they
        would overtake those still waiting."""
        if self._typed_ahead is None:
            return False
        self._typed_ahead.append(key)
        return True

    def _forward_event(self, event: events.Event) -> None:
        # Until the keys typed ahead are handed over, later ones wait behind them.
        if isinstance(event, events.Key) and self._typed_ahead is not None:
            self._typed_ahead.append(event)
            return
        super()._forward_event(event)  # type: ignore[misc]

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        super().set_focus(widget, scroll_visible, from_app_focus)  # type: ignore[misc]
        if self._typed_ahead is not None and self.focused is not None and not self._handing:
            # Once what the screen shows first is laid out: a list filled in `on_mount`
            # has its items and its cursor, which the keys move.
            self._handing = True
            self.call_after_refresh(self._hand_over)  # type: ignore[attr-defined]

    def _hand_over(self) -> None:
        typed, self._typed_ahead = self._typed_ahead or [], None
        for key in typed:
            if key.key in FOCUS_MOVES:
                # Moved here, not handed on: the keys after it go where it leads, and a
                # Tab handed to the box would move the focus only once they were all in.
                getattr(self, FOCUS_MOVES[key.key])()
            elif self.focused is not None:
                self.focused._forward_event(key)


class TypedAheadDialog(TypedAhead, ModalScreen[ResultType]):
    """A dialog whose box takes the keys typed in the burst that opened it."""

    # Priority, so that Tab waits for the keys typed before it and those typed after it
    # wait behind it (`key_order`): looked up only once it had come back up from the
    # box, Tab moved on after the tags typed behind it had gone into the note.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "app.focus_next",
            "Next box",
            show=False,
            priority=True,
            tooltip="Go to the dialog's next box or button",
            id="dialog.next",
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous box",
            show=False,
            priority=True,
            tooltip="Go to the dialog's previous box or button",
            id="dialog.previous",
        ),
    ]
