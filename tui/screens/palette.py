"""The command palette, with the app's footer under it.

Textual's palette is a screen with no footer of its own, so the main screen's
footer showed through under it, offering keys that do something else there:
`q Quit` typed a q into the palette's search, and a click on a key did nothing.
As the dialogs do, the palette composes the app's `KeyFooter`, which shows what
works in it: Esc closes it (Enter and the arrows are its list's own keys).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import CommandPalette

from ..widgets.key_footer import KeyFooter

__all__ = ["Palette"]


class Palette(CommandPalette):
    """Textual's command palette with the footer every other screen has."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "escape", "Close", tooltip="Close the palette", id="palette.close"),
    ]

    def compose(self) -> ComposeResult:
        yield from super().compose()
        # Ctrl+P does nothing while a palette is open: no palette key in its footer.
        yield KeyFooter(show_command_palette=False)
