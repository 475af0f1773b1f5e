"""Finding a marked passage again after its article's text changed.

A mark keeps the words it points at as well as their offsets. When a file is
edited (a paragraph added above a quote) or extraction rules change how the
text is normalised, the offsets drift but the words are still there. The
nearest exact occurrence to the old place is taken: first within a window
around it, then anywhere in the text. Words that are gone leave the mark
unanchored, for the front end to report; nothing here deletes a mark.
"""

from __future__ import annotations

__all__ = ["NEAR", "reanchor"]

NEAR = 2_000
"""Characters either side of the old offset searched before the whole text."""


def reanchor(text: str, start: int, end: int, words: str) -> tuple[int, int] | None:
    """Where `words` are in `text` now, nearest to where they were; None when they are gone.

    Args:
        text: The article's text as indexed now.
        start: Where the words began when they were marked.
        end: Where they ended (used when `words` is empty: a span with no words to find).
        words: The marked words exactly as they were.
    """
    if not words:
        return (start, end) if end <= len(text) else None
    if text[start : start + len(words)] == words:
        return start, start + len(words)
    low = max(0, start - NEAR)
    high = min(len(text), start + len(words) + NEAR)
    found = _nearest(text, words, start, low, high)
    if found is None:
        found = _nearest(text, words, start, 0, len(text))
    return None if found is None else (found, found + len(words))


def _nearest(text: str, words: str, origin: int, low: int, high: int) -> int | None:
    best: int | None = None
    at = text.find(words, low, high)
    while at != -1:
        if best is None or abs(at - origin) < abs(best - origin):
            best = at
        elif at > origin:
            break  # further occurrences only move away
        at = text.find(words, at + 1, high)
    return best
