"""Messages that cross panes, and the `Location` they carry.

A jump from a search hit, a quote or a timeline entry all end the same way: the
reader opens an article at a span. Keeping that as one message lets the main
screen record history (back/forward) in a single place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message

__all__ = ["JumpRequested", "Location"]


@dataclass(frozen=True)
class Location:
    """A place in an article the reader can show and highlight."""

    article_id: str
    start: int = 0
    end: int = 0
    """Half-open span to scroll to and highlight; empty (`start == end`) for the top."""
    kind: str = "article"
    """What the span is: `article`, `hit`, `quote` or `event`."""
    focus: tuple[int, int] | None = None
    """A part of the span to mark more strongly, such as a date inside its sentence."""
    top: int | None = field(default=None, compare=False)
    """Where the user was reading when they left: the offset of the top line on screen.

    Back and Forward return there rather than to the span, and it is kept as
    an offset into the text rather than a scroll position, so the same sentence
    comes back to the top even if the reader is wider or narrower by then.
    """
    hit: int | None = field(default=None, compare=False)
    """The search hit that was current when the user left (its number, from 0)."""

    @property
    def has_span(self) -> bool:
        return self.end > self.start


class JumpRequested(Message):
    """A pane asked the reader to open an article at a location."""

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
