"""The reader's text model: a styled copy of an article plus exact offset mapping.

The reader inserts speaker labels after quotes, so the text on screen is longer
than `Article.text`. Offsets from `search` are mapped through the insertions,
and the body is wrapped here (not by Rich) so that every screen line knows which
character range it shows: a jump can then scroll to the exact line of a span.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.style import Style
from rich.text import Span as StyleSpan
from rich.text import Text

from newsexplore.search import Article, Quote, Span

from .safe_text import clean, clean_line

__all__ = ["ArticleText", "TextStyles", "build_article_text", "wrap_lines"]

_BLOCK = 2048
"""Characters per block of the style index behind `ArticleText.line`."""
_CLOSING_MARKS = "\"'”’»›"
_TOKEN = re.compile(r"\S+\s*|\s+")
_SPACES = re.compile(" *")


@dataclass(frozen=True)
class TextStyles:
    """Rich styles for each kind of span, taken from the reader's component classes."""

    boilerplate: Style = field(default_factory=Style)
    quote: Style = field(default_factory=Style)
    speaker: Style = field(default_factory=Style)
    hit: Style = field(default_factory=Style)
    current_hit: Style = field(default_factory=Style)
    target: Style = field(default_factory=Style)
    focus: Style = field(default_factory=Style)


@dataclass
class ArticleText:
    """An article's display text and the map from article offsets to display offsets."""

    text: Text
    positions: list[int]
    """Article offsets where a label was inserted, ascending."""
    shifts: list[int]
    """`shifts[i]` is the total length of the first `i` insertions."""
    _blocks: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _indexed: int = field(default=-1, repr=False)

    def line(self, start: int, end: int) -> Text:
        """The styled text of display range `[start, end)`, as `text[start:end]` gives it.

        Rich slices a `Text` by dividing the whole of it, which costs the
        length of the article for every screen line: a 20,000-paragraph
        article took seconds per screenful. The styles that reach into the
        range are found through an index of fixed-size blocks instead.
        """
        spans = self.text.spans
        if self._indexed != len(spans):
            self._index(spans)
        picked: set[int] = set()
        for block in range(start // _BLOCK, max(start, end - 1) // _BLOCK + 1):
            picked.update(self._blocks.get(block, ()))
        line = Text(self.text.plain[start:end], style=self.text.style, end="")
        for i in sorted(picked):
            span = spans[i]
            if span.start < end and span.end > start:
                clipped = StyleSpan(
                    max(span.start, start) - start, min(span.end, end) - start, span.style
                )
                line.spans.append(clipped)
        return line

    def _index(self, spans: list[StyleSpan]) -> None:
        self._blocks = {}
        for i, span in enumerate(spans):
            for block in range(span.start // _BLOCK, max(span.start, span.end - 1) // _BLOCK + 1):
                self._blocks.setdefault(block, []).append(i)
        self._indexed = len(spans)

    def display_start(self, offset: int) -> int:
        """Where a span starting at `offset` begins on screen (after labels inserted there)."""
        return offset + self.shifts[bisect_right(self.positions, offset)]

    def display_end(self, offset: int) -> int:
        """Where a span ending at `offset` ends on screen (before labels inserted there)."""
        return offset + self.shifts[bisect_left(self.positions, offset)]

    def article_offset(self, display: int) -> int:
        """The article offset shown at a display offset; a label maps to where it was inserted."""
        shift = 0
        for index, position in enumerate(self.positions):
            if display < position + self.shifts[index]:
                break
            if display < position + self.shifts[index + 1]:
                return position
            shift = self.shifts[index + 1]
        return display - shift

    def stylize(self, style: Style, start: int, end: int) -> None:
        if end > start:
            self.text.stylize(style, self.display_start(start), self.display_end(end))


def _label_position(text: str, quote: Quote) -> int:
    """Put a speaker label after the closing quotation mark, if there is one."""
    end = quote.end
    while end < len(text) and end < quote.end + 2 and text[end] in _CLOSING_MARKS:
        end += 1
    return end


def evidence_mark(quote: Quote) -> str:
    """A quiet sign of how far to trust a speaker: nothing for a name at the cue.

    `~` for a speaker reached through a pronoun or description the text ties
    closely, `?` for a guess from nearness or the sentence's shape, or for a
    description at the cue that no one in the article was found for, `✓` once
    the user has checked it. The words behind it are shown on demand.
    """
    if quote.checked:
        return " ✓"
    if quote.speaker is None:
        # `a former minister` with no one found: the words at the cue, not a speaker
        return " ?" if quote.mention else ""
    if quote.confidence == "low":
        return " ?"
    if quote.confidence == "medium" and quote.evidence in ("pronoun", "description"):
        return " ~"
    return ""


def _speaker_labels(text: str, quotes: Iterable[Quote]) -> list[tuple[int, str]]:
    labels = []
    for quote in quotes:
        name = clean_line(quote.speaker or quote.mention or "?")
        labels.append((_label_position(text, quote), f" ‹{name}{evidence_mark(quote)}›"))
    return sorted(labels, key=lambda label: label[0])


def _assemble(text: str, labels: list[tuple[int, str]], styles: TextStyles) -> ArticleText:
    display = Text(end="")
    positions, shifts, last = [], [0], 0
    for position, label in labels:
        display.append(text[last:position])
        display.append(label, styles.speaker)
        positions.append(position)
        shifts.append(shifts[-1] + len(label))
        last = position
    display.append(text[last:])
    return ArticleText(display, positions, shifts)


def build_article_text(
    article: Article,
    quotes: Sequence[Quote],
    hits: Sequence[Span],
    styles: TextStyles,
    current_hit: int | None = None,
    target: tuple[int, int] | None = None,
    focus: tuple[int, int] | None = None,
) -> ArticleText:
    """Build the styled display text of an article.

    Args:
        article: The article, whose text is cleaned of control characters one-for-one.
        quotes: Quotes in this article, styled and labelled with their speaker.
        hits: Where the current query matches, highlighted.
        styles: Styles per kind of span.
        current_hit: Index into `hits` of the hit `n`/`N` moved to.
        target: The jump target span, highlighted.
        focus: A part of the target to mark more strongly.
    """
    text = clean(article.text)
    result = _assemble(text, _speaker_labels(text, quotes), styles)
    for span in article.boilerplate:
        result.stylize(styles.boilerplate, span.start, span.end)
    for quote in quotes:
        result.stylize(styles.quote, quote.start, quote.end)
    if target is not None:
        result.stylize(styles.target, *target)
    for span in hits:
        result.stylize(styles.hit, span.start, span.end)
    if focus is not None:
        result.stylize(styles.focus, *focus)
    if current_hit is not None and 0 <= current_hit < len(hits):
        result.stylize(styles.current_hit, hits[current_hit].start, hits[current_hit].end)
    return result


def wrap_lines(plain: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap returning each screen line as a `(start, end)` range of `plain`.

    Ranges are contiguous and cover every character (trailing spaces stay on the
    line they follow), so any offset belongs to exactly one line.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    base = 0
    for paragraph in plain.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, base, width))
        base += len(paragraph) + 1
    return lines


def _wrap_paragraph(paragraph: str, base: int, width: int) -> list[tuple[int, int]]:
    if all(map(_one_cell, set(paragraph))):
        quick = _wrap_plain(paragraph, base, width)
        if quick is not None:
            return quick
    lines: list[tuple[int, int]] = []
    line_start, used = 0, 0
    for match in _TOKEN.finditer(paragraph):
        token = match.group()
        word = token.rstrip()
        word_cells = cell_len(word)
        if used and used + word_cells > width:
            lines.append((base + line_start, base + match.start()))
            line_start, used = match.start(), 0
        if word_cells > width:
            for index in range(match.start(), match.start() + len(word)):
                cells = cell_len(paragraph[index])
                if used and used + cells > width:
                    lines.append((base + line_start, base + index))
                    line_start, used = index, 0
                used += cells
            used += cell_len(token) - word_cells
        else:
            used += cell_len(token)
    lines.append((base + line_start, base + len(paragraph)))
    return lines


@functools.cache
def _one_cell(char: str) -> bool:
    """A character one cell wide that is not a break between words other than a space."""
    return char == " " or (cell_len(char) == 1 and not char.isspace())


def _wrap_plain(paragraph: str, base: int, width: int) -> list[tuple[int, int]] | None:
    """`_wrap_paragraph` for text of a cell per character and words between spaces,
    jumping a line at a time instead of a word at a time; None when a word is wider
    than the line, which only the word-by-word wrap splits."""
    lines: list[tuple[int, int]] = []
    line_start, length = 0, len(paragraph)
    text_end = len(paragraph.rstrip(" "))
    while text_end > line_start + width:
        limit = line_start + width
        if paragraph[limit] == " ":
            # The words up to here fit; the next line starts at the next word.
            cut = _SPACES.match(paragraph, limit).end()  # type: ignore[union-attr]
        else:
            cut = paragraph.rfind(" ", line_start, limit) + 1
            if cut <= line_start:
                return None
        lines.append((base + line_start, base + cut))
        line_start = cut
    lines.append((base + line_start, base + length))
    return lines
