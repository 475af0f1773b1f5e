"""The reader's header: rows that share a fixed height, each part given its share.

A headline can be as long as a paragraph, or written in a script whose every
character takes two cells: left to wrap freely it filled the header at 80x24
and pushed out the lines saying which article and file the text comes from.
Each part gets a number of rows here, worked out for the width the header is
drawn at, and a part cut short ends with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

__all__ = ["HeaderPart", "HeaderRows"]

ELLIPSIS = "…"


@dataclass(frozen=True)
class HeaderPart:
    """One part of the header and the rows it may take."""

    text: Text
    most: int = 1
    """The rows it is sure of, when it needs them."""
    grows: int = 0
    """Unless 0, it may take rows the other parts leave unused: 1 before 2, and so on."""


def _cut(rows: list[Content], most: int, width: int) -> list[Content]:
    """The first `most` rows, the last ending with an ellipsis when any were left out."""
    if len(rows) <= most:
        return rows
    last = rows[most - 1].rstrip()
    if last.cell_length >= width:
        last = last.truncate(width - 1).rstrip()  # a wide character cut leaves a space
    return [*rows[: most - 1], last + ELLIPSIS]


class HeaderRows(Visual):
    """Parts laid out in at most `rows` rows; those that grow share what is left."""

    def __init__(self, parts: Sequence[HeaderPart], rows: int) -> None:
        self.parts = tuple(parts)
        self.rows = rows
        self._contents = tuple(Content.from_rich_text(part.text) for part in self.parts)
        self._laid_out: tuple[int, Content] | None = None

    def __str__(self) -> str:
        """All the header's words, uncut: what a test or a screen reader reads."""
        return "\n".join(content.plain for content in self._contents)

    def _lay_out(self, width: int) -> Content:
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out[1]
        wrapped = [content.wrap(max(width, 2)) or [Content()] for content in self._contents]
        given = [min(len(rows), part.most) for part, rows in zip(self.parts, wrapped, strict=True)]
        spare = max(0, self.rows - sum(given))
        growing = sorted((p.grows, i) for i, p in enumerate(self.parts) if p.grows)
        for _rank, index in growing:
            more = min(spare, len(wrapped[index]) - given[index])
            given[index] += more
            spare -= more
        shown = [
            row
            for rows, most in zip(wrapped, given, strict=True)
            for row in _cut(rows, most, width)
        ]
        laid_out = Content("\n").join(shown)
        self._laid_out = (width, laid_out)
        return laid_out

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self._lay_out(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(content.get_optimal_width(rules, container_width) for content in self._contents)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._lay_out(width).get_height(rules, width)
