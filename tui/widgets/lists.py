"""Small building blocks shared by the list panes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.visual import VisualType
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from .library_thread import CallAbandoned

__all__ = ["DrawnLater", "NavList", "fit_line", "report_failure"]

ROWS_AWAITED_AT_MOST = 5.0
"""Seconds keys wait for the rows they are meant for at most: a read that fails or never
comes costs no more, and the keys then act on the list as it is."""


def report_failure(widget: Widget, event: Worker.StateChanged) -> None:
    """Show a failed pane worker as an error notification; the app carries on."""
    if event.state == WorkerState.ERROR and not isinstance(event.worker.error, CallAbandoned):
        message = f"{event.worker.description} failed: {event.worker.error}"
        widget.notify(message, severity="error", markup=False)


def fit_line(line: Text, tail: Text, width: int) -> Text:
    """`line` cut with an ellipsis to one row of `width` cells, `tail` ending at the edge.

    Dense lists give each item one row; cutting here rather than letting the list
    wrap keeps a count or a mark at the end in sight however long the title.
    Without a width yet (a pane not laid out), the line is left whole.
    """
    gap = 2 if tail.plain else 0
    if not width:
        return line + Text(" " * gap) + tail
    line.truncate(max(width - tail.cell_len - gap, 1), overflow="ellipsis", pad=bool(gap))
    return line + Text(" " * gap) + tail


class DrawnLater(Option):
    """An option whose prompt is made the first time it is drawn or measured.

    A list page holds many more rows than a screen shows; building every row's
    styled text up front was most of the work of refilling a long list.
    """

    def __init__(
        self, make: Callable[[], Text], id: str | None = None, disabled: bool = False
    ) -> None:
        super().__init__("", id, disabled)
        self._make: Callable[[], Text] | None = make

    @property
    def prompt(self) -> VisualType:
        if self._make is not None:
            self._prompt, self._make = self._make(), None
        return self._prompt

    def _set_prompt(self, prompt: VisualType) -> None:
        self._make = None
        super()._set_prompt(prompt)


class NavList(OptionList):
    """An option list that also moves with j/k, and lays out long lists a page at a time.

    `OptionList` wraps and measures every option as it is added, which for a
    few hundred multi-line entries takes longer than a keystroke should. Only
    the first page is added; the next follows when the cursor or the scroll
    nears the end, so a list costs what is on screen rather than what was found.
    When nothing is left to lay out, `NearEnd` lets the owner fetch more.
    """

    class _FromList(Message):
        """A message about one list, which handlers can pick by the list's id."""

        def __init__(self, nav_list: NavList) -> None:
            super().__init__()
            self.nav_list = nav_list

        @property
        def control(self) -> NavList:
            return self.nav_list

    class NearEnd(_FromList):
        """The cursor or the scroll reached the end of everything the list holds."""

    class Resized(_FromList):
        """A one-line list changed size (shown, zoomed, resized): lines cut to fit it
        must be cut again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        # The scrolling container's ←/→ and Ctrl+PgUp/PgDn scroll sideways, which a list
        # of lines cut to its width never does: left without a description, help does
        # not offer them.
        Binding("left", "scroll_left", show=False, id="list.left"),
        Binding("right", "scroll_right", show=False, id="list.right"),
        Binding("ctrl+pageup", "page_left", show=False, id="list.page_left"),
        Binding("ctrl+pagedown", "page_right", show=False, id="list.page_right"),
    ]
    PAGE = 15
    """Options laid out at a time."""
    _owed = 0
    """Downward moves pressed at the last item while more were on their way."""
    _awaiting: list[events.Key] | None = None
    """Keys typed since the list was told its rows are being replaced (`await_rows`)."""
    _awaiting_timer: Timer | None = None

    def __init__(self, *, id: str | None = None, one_line: bool = False) -> None:
        super().__init__(id=id)
        self._pending: list[Option] = []
        self.one_line = one_line
        """Options are one row each, so a page may not cover a tall list (a zoomed
        pane): such a list lays out, or asks for, enough to fill its height."""

    def await_rows(self) -> None:
        """Keep the keys typed from now on until `rows_arrived`: the rows on screen are
        about to be replaced (a query confirmed, another view asked for), and a key
        typed in the same burst is meant for the new ones. Enter typed straight after
        a query opened the row of the list before the results came."""
        if self._awaiting is None:
            self._awaiting = []
        if self._awaiting_timer is not None:
            self._awaiting_timer.stop()
        self._awaiting_timer = self.set_timer(ROWS_AWAITED_AT_MOST, self.rows_arrived)

    @property
    def awaiting_rows(self) -> bool:
        """True while keys wait for the rows the list is about to show."""
        return self._awaiting is not None

    def rows_arrived(self) -> None:
        """The new rows are shown: the keys kept meanwhile act on them, in order."""
        kept, self._awaiting = self._awaiting, None
        if self._awaiting_timer is not None:
            self._awaiting_timer.stop()
            self._awaiting_timer = None
        for key in kept or ():
            self._forward_event(key)

    async def _on_key(self, event: events.Key) -> None:
        if self._awaiting is not None:
            event.stop()
            event.prevent_default()
            self._awaiting.append(events.Key(event.key, event.character))  # stamped anew

    def on_blur(self) -> None:
        """A key later in the burst moved the focus on (`/`, a pane's key): the keys
        before it are not held past it."""
        if self._awaiting is not None:
            self.rows_arrived()

    def set_paged_options(self, options: list[Option]) -> None:
        """Replace the options, laying out only the first page for now."""
        self._pending = options[self.PAGE :]
        self.set_options(options[: self.PAGE])
        if self.one_line:
            self.call_after_refresh(self.fill_height)

    def on_resize(self) -> None:
        if self.one_line:
            self.post_message(self.Resized(self))
            self.call_after_refresh(self.fill_height)

    def fill_height(self) -> None:
        """Lay out pages until the options cover the list's height; ask for more past them."""
        while self._pending and self.option_count < self.size.height:
            self.add_page()
        if self.option_count and self.option_count < self.size.height:
            self.post_message(self.NearEnd(self))

    def clear_options(self) -> NavList:
        self._owed = 0
        return super().clear_options()

    def add_options(self, new_options: Iterable[Option]) -> NavList:
        """Add options, then make the moves the user pressed while waiting for them."""
        super().add_options(new_options)
        owed, self._owed = self._owed, 0
        if owed and self.highlighted is not None:
            self.highlighted = min(self.highlighted + owed, self.option_count - 1)
        return self

    def action_cursor_down(self) -> None:
        """Move down; at the last item stay, and owe the move to the items still to come.

        OptionList wraps to the top, so keys pressed faster than the next hits
        arrived threw the user back to the first result.
        """
        if self.highlighted is not None and not self._enabled_in(
            self.highlighted + 1, self.option_count
        ):
            self._owed += 1
            self._near_end()
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        """Move up; at the first item stay, rather than wrap to a list that is not all there."""
        self._owed = 0
        if self.highlighted is not None and not self._enabled_in(0, self.highlighted):
            return
        super().action_cursor_up()

    def _move_page(self, direction: int) -> None:
        """A page up or down that runs onto rows no cursor can take ("↑ earlier dates" at
        the top) stops on the last row that can, rather than leaving none highlighted:
        with none, OptionList's next PageUp or PageDown is Home or End."""
        stood = self.highlighted
        super()._move_page(direction)  # type: ignore[arg-type]
        if self.highlighted is None and stood is not None:
            rows = range(stood, -1, -1) if direction < 0 else range(stood, self.option_count)
            enabled = [i for i in rows if not self.get_option_at_index(i).disabled]
            self.highlighted = enabled[-1] if enabled else stood

    def _enabled_in(self, start: int, stop: int) -> bool:
        """Whether any option from `start` up to `stop` can take the cursor."""
        return any(not self.get_option_at_index(i).disabled for i in range(start, stop))

    @property
    def has_more(self) -> bool:
        """True while some options are not laid out yet."""
        return bool(self._pending)

    def add_page(self) -> None:
        """Lay out the next page of options."""
        page, self._pending = self._pending[: self.PAGE], self._pending[self.PAGE :]
        self.add_options(page)

    def highlight(self, index: int) -> None:
        """Move the cursor to an option, laying out pages up to it first."""
        while index >= self.option_count and self._pending:
            self.add_page()
        self.highlighted = min(index, self.option_count - 1)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index >= self.option_count - 3:
            self._near_end()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value > old_value and new_value >= self.max_scroll_y - 2:
            self.call_later(self._near_end)

    def _near_end(self) -> None:
        if self._pending:
            self.add_page()
        elif self.option_count:
            self.post_message(self.NearEnd(self))
