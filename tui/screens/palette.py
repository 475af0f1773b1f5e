"""The command palette, with the app's footer under it, and fitting above it.

Textual's palette is a screen with no footer of its own, so the main screen's
footer showed through under it, offering keys that do something else there:
`q Quit` typed a q into the palette's search, and a click on a key did nothing.
As the dialogs do, the palette composes the app's `KeyFooter`, which shows what
works in it: Esc closes it (Enter and the arrows are its list's own keys).

Its list floats over the screen, as tall as 70 % of it: under 20 rows it ran
over that footer (at 80x10 it ended three rows below the screen). The list is
held to the rows between the search box and the footer, and on a short
terminal the palette opens one row from the top rather than three, so the list
keeps room for more than one command. Its search icon sits on the row typed in,
as the app's one-row inputs have it.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import CommandList, CommandPalette

from ..widgets.key_footer import KeyFooter

__all__ = ["Palette"]


class Palette(CommandPalette):
    """Textual's command palette with the footer every other screen has."""

    DEFAULT_CSS = """
    Palette.-short > Vertical {
        margin-top: 1;
    }

    /* The app's inputs are one row with no border: the icon's margin, made for
       Textual's three-row input, put it alone on the row under the text. */
    Palette SearchIcon {
        margin: 0 0 0 1;
        height: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "escape", "Close", tooltip="Close the palette", id="palette.close"),
    ]

    SHORT_HEIGHT: ClassVar[int] = 20
    """Below this many rows the palette opens one row from the top (`-short`)."""
    LIST_SHARE: ClassVar[float] = 0.7
    """The share of the screen the list may take, as Textual's own palette has it."""
    INPUT_ROWS: ClassVar[int] = 3
    """The search box with its border, above the list."""

    def compose(self) -> ComposeResult:
        yield from super().compose()
        # Ctrl+P does nothing while a palette is open: no palette key in its footer.
        yield KeyFooter(show_command_palette=False)

    def on_mount(self) -> None:
        self._fit_list(self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_list(event.size.height)

    def _fit_list(self, height: int) -> None:
        """Hold the list to the rows above the footer: it shrinks (and scrolls) rather
        than cover the keys that say how to leave it."""
        short = height < self.SHORT_HEIGHT
        self.set_class(short, "-short")
        top = (1 if short else 3) + self.INPUT_ROWS  # the container's margin, then the box
        footer = 1
        room = max(height - top - footer, 1)
        self.query_one(CommandList).styles.max_height = min(int(height * self.LIST_SHARE), room)
