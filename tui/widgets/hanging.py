"""Lines that keep their indent when they wrap, for list rows of several lines.

A row of the collection is a heading after a badge ("★ ") and lines under it
indented by two spaces. Written as one `Text`, a line too long for the list (a
settings file's path at 80 columns, a long title) wrapped back to the list's
left edge, under the badge, and its second half read as a row of its own. Here
each line's lead (its badge or its indent) stands in a column of its own, so
what wraps stays under the words it continues.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

__all__ = ["HangingLines"]


class HangingLines:
    """Lines drawn one under another, each wrapping under the words after its lead.

    A line's lead is its leading spaces, or for the first line, `first_lead`
    characters (a badge). `str()` gives the lines as they read, as a `Text` would.
    """

    def __init__(self, lines: list[Text], *, first_lead: int = 0) -> None:
        self.lines = lines
        self.first_lead = first_lead

    def __str__(self) -> str:
        return "\n".join(line.plain for line in self.lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for number, line in enumerate(self.lines):
            plain = line.plain
            lead = self.first_lead if number == 0 else len(plain) - len(plain.lstrip(" "))
            if not lead or lead >= len(plain) or lead >= options.max_width // 2:
                whole = line.copy()
                whole.end = "\n"  # a Text made with end="" ran into the next line
                yield whole
                continue
            grid = Table.grid(expand=True)
            grid.add_column(width=lead, no_wrap=True)
            grid.add_column(ratio=1, overflow="fold")  # a path longer than a line breaks
            grid.add_row(line[:lead], line[lead:])
            yield grid
