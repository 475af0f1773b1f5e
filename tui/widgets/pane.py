"""What every pane of the main screen shares: a list that owns the keys, and maybe a box.

The keyboard follows the normal mode of list UIs (lazygit, k9s, newsboat): a
pane's list has focus and single keys act on it; a pane with a box to type in
(the query, the speaker filter) is entered with `/` and left with Esc, which
keeps the text and hands focus back to the list. Keys a pane adds (marks,
copies, exports) go in its own `BINDINGS` and show in the footer only while the
pane has focus, so a new key needs no change here.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input

__all__ = ["Pane"]


class Pane(Vertical):
    """A framed pane: where its focus goes, and how its box is entered and left."""

    ALLOW_MAXIMIZE = True
    LIST: ClassVar[str] = ""
    """Selector of the widget focus goes to when the pane is chosen."""
    BOX: ClassVar[str | None] = None
    """Selector of the pane's text box, if it has one."""
    OWN_SLASH: ClassVar[bool] = False
    """True when `/` enters this pane's own box rather than the search box."""
    # Keys that move focus into or out of a box are priority bindings: they run
    # before the keys typed after them are handed to whichever widget had focus,
    # so `/Farage` lands in the box whole; they wait for the keys typed before
    # them (`key_order`), so "c/tag" opens the collection before `/`.
    LEAVE_BOX = Binding(
        "escape",
        "leave_box",
        "Done",
        tooltip="Leave the box, keeping its text, and return to the list",
        priority=True,
        id="pane.leave_box",
    )
    TO_LIST = Binding(
        "enter",
        "leave_box",
        "To the list",
        show=False,
        tooltip="Go down to the list, keeping the text in the box",
        priority=True,
        id="pane.to_list",
    )
    DOWN_TO_LIST = Binding(
        "down",
        "leave_box",
        "To the list",
        show=False,
        tooltip="Go down to the list, keeping the text in the box",
        priority=True,
        id="pane.down_to_list",
    )
    BINDINGS: ClassVar[list[BindingType]] = [LEAVE_BOX, TO_LIST, DOWN_TO_LIST]

    @property
    def focus_target(self) -> Widget:
        """The widget that takes focus when the pane is chosen."""
        return self.query_one(self.LIST)

    @property
    def box(self) -> Input | None:
        return self.query_one(self.BOX, Input) if self.BOX else None

    @property
    def typing(self) -> bool:
        """True while the pane's box has focus: letters are text, not commands.

        Asks the screen rather than `has_focus`, which only changes once the
        box has handled its Focus event: keys typed fast arrive before that.
        """
        box = self.box
        return box is not None and self.screen.focused is box

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave_box":
            return self.typing
        return True

    def action_leave_box(self) -> None:
        self.screen.set_focus(self.focus_target)

    def action_focus_box(self) -> None:
        """Put the cursor in the box, at the end of what is already typed.

        Focus moves at once, not after a refresh (`Widget.focus`): keys
        typed straight after `/` are already queued and must land in the box.
        """
        box = self.box
        if box is not None:
            self.screen.set_focus(box)
            box.cursor_position = len(box.value)
