"""The Problems view: what was wrong with the corpus as last indexed, by kind, worst first.

The user's corrections that apply to nothing now (a re-index took their speaker
or their quote's words away) are listed here too, as one more kind: they are
kept, and this is where the user looks for what did not go right. So are a user
store that had to be set aside or cannot be written, and an update that failed,
leaving the last index shown: their notices pass, and what they say stays true.

A build never stops to list its problems (a scraped corpus has hundreds of
duplicates); it ends on the main screen with one notification counting them
by kind, and this view, opened from the palette or with `!`, lists each one
with its file, line and reason. The list is read from the index, so it is the
same after a restart.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option

from newsexplore.search import Problem, group_problems, summarise_problems

from ..widgets.key_footer import KeyFooter
from ..widgets.lists import NavList
from ..widgets.safe_text import safe_line

__all__ = ["ProblemsScreen", "problem_options"]

INDENT = "\u00a0\u00a0"
"""Sets a problem under its kind's heading; no-break spaces, which wrapping keeps."""
LAID_OUT = 200
"""Options laid out when the view opens, enough to fill any screen; the rest follow on scroll."""


def problem_options(problems: Sequence[Problem], width: int | None = None) -> list[Option]:
    """A heading per kind, worst kind first, then each problem of the kind on one line,
    or, when the path and the reason do not fit `width` together, the path (cut in
    the middle if need be) above its reason, wrapped: the reason is what the user
    must read, whole."""
    options: list[Option] = []
    for number, group in enumerate(group_problems(problems)):
        heading = Text("\n" * bool(number), end="")
        heading.append(group.counted, style="bold")
        if group.meaning:
            # Wrapped here as the reasons are: the list cuts a longer line with "…".
            meaning = Text(group.meaning, style="italic")
            lines = meaning.wrap(_measuring(), width) if width else [meaning]
            for part in lines:
                part.rstrip()
                heading.append("\n")
                heading.append_text(part)
        options.append(Option(heading, disabled=True))
        for problem in group.problems:
            where = problem.path if problem.line is None else f"{problem.path}:{problem.line}"
            options.append(Option(_problem_line(where, problem.message, width)))
    return options


def _problem_line(where: str, message: str, width: int | None) -> Text:
    line = Text(INDENT, end="")
    one_line = len(INDENT) + cell_len(where) + 2 + cell_len(message)
    if width is None or one_line <= width:
        line.append_text(safe_line(where, "bold"))
        line.append("  ")
        line.append_text(safe_line(message))
        return line
    line.append_text(safe_line(cut_middle(where, width - len(INDENT)), "bold"))
    # Wrapped here, each line set under the first: the list does not wrap (a line it
    # wrapped starts at the edge, among the files), and cut the rest off with "…".
    room = max(width - 2 * len(INDENT), 10)
    for part in safe_line(message).wrap(_measuring(), room, overflow="fold"):
        part.rstrip()
        line.append("\n" + INDENT * 2)
        line.append_text(part)
    return line


@cache
def _measuring() -> Console:
    """The console Rich wraps text with; it only reads settings from it."""
    return Console(file=io.StringIO())


def cut_middle(path: str, room: int) -> str:
    """A path cut to `room` cells in the middle, keeping its start and its file name."""
    if cell_len(path) <= room or room < 5:
        return path
    tail = (room - 1) * 2 // 3
    head = room - 1 - tail
    return path[:head] + "…" + path[len(path) - tail :]


class ProblemList(NavList):
    """The problems' list: at its first problem, its kind's heading shows above it."""

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Home (or Up at the top) put the first problem at the top of the view, and the
        heading of the worst kind above it out of sight, where no key could bring it."""
        super().scroll_to_highlight(top)
        index = self.highlighted
        if index is not None and not self._enabled_in(0, index):
            self.scroll_to(y=0, animate=False, immediate=True)


class ProblemsScreen(Screen[None]):
    """Every problem of the last build, grouped by kind, worst first."""

    HELP = (
        "What was wrong with the corpus when it was last indexed: an index that could "
        "not be brought up to date first, then files that could not be read, records "
        "skipped, the file of your marks if it could not be used, your corrections "
        "that apply to nothing now, text repaired or decoded another way, and "
        "duplicates last. Each line names the file (and line), or the correction, "
        "and the reason."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", tooltip="Back to the panes", id="problems.close"),
    ]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)
        self.border_title = "Problems"  # names the view's section in help
        self._width = 0
        """The width the problems' lines were last fitted to."""

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="problems-title")
        yield ProblemList(id="problems-list")
        yield KeyFooter()

    def _title(self) -> Text:
        if not self.problems:
            return Text("Problems · none: every file of the corpus was read whole", style="bold")
        return Text("Problems · ", style="bold", end="") + safe_line(
            summarise_problems(self.problems)
        )

    def on_mount(self) -> None:
        nav = self.query_one("#problems-list", NavList)
        self._lay_out(1)
        nav.scroll_home(animate=False)
        nav.focus()

    def _lay_out(self, cursor: int | None) -> None:
        """The problems as lines fitted to the screen's width, the cursor on option `cursor`."""
        nav = self.query_one("#problems-list", NavList)
        # The list spans the screen; two cells are kept for the scrollbar, which only
        # comes once the options are in.
        self._width = self.app.size.width - 2
        options = problem_options(self.problems, self._width)
        nav.set_paged_options(
            options or [Option(Text("Nothing to show.", style="dim"), disabled=True)]
        )
        nav.highlight(max(LAID_OUT, cursor or 0))
        nav.highlighted = cursor if cursor is not None and len(options) > 1 else None

    def on_resize(self) -> None:
        """Lines fitted to another width would be cut with "…": fit them to this one."""
        if self.is_mounted and self.app.size.width - 2 != self._width:
            nav = self.query_one("#problems-list", NavList)
            top = nav.scroll_y
            self._lay_out(nav.highlighted)
            # Laying out moved the scroll to the last option and back to the cursor, at
            # the top: the list stays where it was, the cursor in sight.
            nav.scroll_to(y=top, animate=False, immediate=True)
            nav.call_after_refresh(nav.scroll_to_highlight)

    def action_close(self) -> None:
        self.dismiss(None)
