"""Finding a marked or corrected passage again after its article's text changed.

A mark or a quote correction keeps the words it points at, their offsets, and
the article's text those offsets were taken in. When the article is edited
(a paragraph added above a quote, a sentence deleted) the old text is aligned
with the new one, word by word, and the passage goes where its own words went.
Words the edit deleted leave it unplaced, for the front end to report as lost,
even when the same words are still elsewhere in the article (a headline that
repeats the first sentence, two speakers saying the same line): the nearest
copy of the words is someone else's. Nothing here deletes a mark or a correction.
"""

from __future__ import annotations

import hashlib
import re
from difflib import SequenceMatcher

__all__ = ["follow", "place_again", "text_key"]

_WORDS = re.compile(r"\w+|\s+|[^\w\s]")
_LINES = re.compile(r"[^\n]*\n|[^\n]+")
_FINE_LIMIT = 200_000
"""Characters of changed text above which the alignment is done line by line
rather than word by word, so a rewritten long article is followed in time."""


def text_key(text: str) -> str:
    """A short name for an article's text, so one copy serves every item made in it."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def place_again(
    original: str | None, text: str, start: int, end: int, words: str
) -> tuple[int, int] | None:
    """Where `words` (at `start` in `original`) are in `text` now; None when they are gone.

    Args:
        original: The article's text when the item was made, or None when the
            store does not have it (an item made before texts were kept): then
            only words still at their old offsets are found.
        text: The article's text as indexed now.
        start: Where the words began in `original`.
        end: Where they ended (used when `words` is empty: a span with no words to find).
        words: The words exactly as they were.
    """
    if not words:
        return (start, end) if end <= len(text) else None
    stop = start + len(words)
    if original is None or original[start:stop] != words:
        return (start, stop) if text[start:stop] == words else None
    return follow(original, text, start, stop)


def follow(original: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the span `original[start:end]` went in `text`, when the edit left it whole.

    Text before the first change and after the last one is matched as it is;
    a span that meets the changed middle is looked for among the words the
    middle kept, in order, so it can only land on its own words.
    """
    if original == text:
        return start, end
    same_head = _common_prefix(original, text)
    if end <= same_head:
        return start, end
    same_tail = _common_suffix(original, text, min(len(original), len(text)) - same_head)
    shift = len(text) - len(original)
    if start >= len(original) - same_tail:
        return start + shift, end + shift
    # The span meets the change: align from its own edges at the latest.
    head = min(same_head, start)
    tail = min(same_tail, len(original) - end)
    old, new = (head, len(original) - tail), (head, len(text) - tail)
    return _aligned(original, text, old, new, start, end)


def _aligned(
    original: str,
    text: str,
    old: tuple[int, int],
    new: tuple[int, int],
    start: int,
    end: int,
) -> tuple[int, int] | None:
    pattern = _WORDS if max(old[1] - old[0], new[1] - new[0]) <= _FINE_LIMIT else _LINES
    old_cuts = [m.span() for m in pattern.finditer(original, *old)]
    new_cuts = [m.span() for m in pattern.finditer(text, *new)]
    matcher = SequenceMatcher(
        None,
        [original[a:b] for a, b in old_cuts],
        [text[a:b] for a, b in new_cuts],
        autojunk=False,
    )
    for i, j, size in matcher.get_matching_blocks():
        if size and old_cuts[i][0] <= start and end <= old_cuts[i + size - 1][1]:
            moved = new_cuts[j][0] - old_cuts[i][0]
            return start + moved, end + moved
    return None


def _common_prefix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low
