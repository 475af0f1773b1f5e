"""Where the quoted runs are: quotation marks paired into spans.

News text uses straight `"`, curly `“ ”` and (NYT) `''` marks, often
inconsistently, and re-opens a mark at each new paragraph of a long quotation
without closing the previous one. Marks are paired per paragraph, using the
characters around each mark to tell an opening mark from a closing one, so an
unbalanced mark can never run past its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK_RE = re.compile(r"''|[\"“”„]")
_WORD_RE = re.compile(r"[^\W_]+")
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{—–―-/")
_CLOSE_AFTER = frozenset(" \t\n\u00a0.,;:!?)]}—–―-/'’")
_APOSTROPHE_RE = re.compile(r"(?<=[^\W_])(?:''|\")(?=(?:s|t|d|m|ll|re|ve)(?![^\W_]))")
"""A straight mark between a word and its ending (`Turkey"s`, `didn"t`, `company''s`) is a mistyped apostrophe."""
MIN_WORDS = 3
"""One- and two-word quoted runs are mostly scare quotes or titles, not quotations:
they count only with a speech cue beside them (`"No comment," she said`)."""


@dataclass
class QuoteSpan:
    """One quotation: its words, and where its marks are."""

    start: int
    """First character of the quoted words."""
    end: int
    """One past the last quoted word (before the closing mark, if any)."""
    open_mark: int
    """Where the opening mark starts."""
    close_end: int | None
    """One past the closing mark, or None when the quotation is left unclosed."""
    paragraph: int
    """Index of the paragraph (segment) holding the opening mark."""
    last_paragraph: int
    chunks: int = 1
    """How many re-opened pieces (paragraphs) the quotation spans."""


def _kind(text: str, start: int, end: int) -> str:
    """`open`, `close` or `either`, judged from the characters around a mark."""
    mark = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opens = before in _OPEN_BEFORE or before in "“\"'"
    closes = after in _CLOSE_AFTER or after in '”"'
    if opens and not after.isspace():
        if closes and not before.isspace():
            return "either"
        return "open"
    if closes and not before.isspace():
        return "close"
    if mark == "“" or mark == "„":
        return "open"
    if mark == "”":
        return "close"
    return "either"


@dataclass
class _Open:
    start: int
    mark: int
    paragraph: int
    chunks: int = 1


def find_quote_spans(
    text: str, segments: list[tuple[int, int]], min_words: int = MIN_WORDS
) -> list[QuoteSpan]:
    """Pair the marks in each segment (paragraph) into quotation spans.

    A quotation left open at the end of a segment continues into the next one
    when that segment starts with an opening mark (the multi-paragraph
    convention); otherwise it ends with its segment.
    """
    spans: list[QuoteSpan] = []
    carry: tuple[_Open, int] | None = None
    for index, (seg_start, seg_end) in enumerate(segments):
        marks = [
            m
            for m in MARK_RE.finditer(text, seg_start, seg_end)
            if not _APOSTROPHE_RE.match(text, m.start())
        ]
        current: _Open | None = None
        if carry is not None:
            if marks and _continues(text, seg_start, marks[0]):
                current = carry[0]
                current.chunks += 1
                marks = marks[1:]
            else:
                _emit(text, spans, carry[0], carry[1], None, index - 1)
        for m in marks:
            current = _step(text, spans, current, m, _kind(text, m.start(), m.end()), index)
        carry = (current, seg_end) if current is not None else None
    if carry is not None:
        _emit(text, spans, carry[0], carry[1], None, len(segments) - 1)
    return [s for s in spans if word_count(text, s) >= min_words]


def word_count(text: str, span: QuoteSpan) -> int:
    return len(_WORD_RE.findall(text, span.start, span.end))


def _continues(text: str, seg_start: int, m: re.Match[str]) -> bool:
    """A paragraph that opens with an opening mark carries on an unclosed quotation."""
    if text[seg_start : m.start()].strip():
        return False
    return _kind(text, m.start(), m.end()) != "close"


def _step(
    text: str,
    spans: list[QuoteSpan],
    current: _Open | None,
    m: re.Match[str],
    kind: str,
    index: int,
) -> _Open | None:
    if current is None:
        if kind == "close":
            return None
        return _Open(m.end(), m.start(), index)
    if kind == "open" and _reopens(text, current, m.start()):
        current.chunks += 1
        return current
    if kind == "open" and m.group() != "“":
        # A straight mark that looks like an opening is a closing mark with odd spacing.
        _emit(text, spans, current, m.start(), m.end(), index)
        return None
    if kind == "open":
        _emit(text, spans, current, _trim_end(text, m.start()), None, index)
        return _Open(m.end(), m.start(), index)
    _emit(text, spans, current, m.start(), m.end(), index)
    return None


def _reopens(text: str, current: _Open, at: int) -> bool:
    """An opening mark after a finished sentence re-opens a run-together quotation."""
    before = text[current.start : at].rstrip()
    return bool(before) and before[-1] in ".?!" and at - current.start > 2


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _emit(
    text: str, spans: list[QuoteSpan], op: _Open, end: int, close_end: int | None, last: int
) -> None:
    end = _trim_end(text, end)
    start = op.start
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        spans.append(QuoteSpan(start, end, op.mark, close_end, op.paragraph, last, op.chunks))
