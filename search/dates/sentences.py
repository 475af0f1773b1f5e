"""Where sentences start, and whether a full stop closes an abbreviation.

Kept apart from the date rules: search snippets need sentence starts on every
search, and importing them must not compile the rules (a second of start-up).
"""

from __future__ import annotations

import re

__all__ = ["abbreviation_before", "sentence_bounds"]

# A sentence ends at . ! ? (after any closing quote or bracket) followed by space and a
# capital, digit or opening quote, unless the period closes a common abbreviation; a line
# break always ends one.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*")

_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Inc|Co|Corp|Ltd"
    r"|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])|\b(?:[A-Za-z]\.)+[A-Za-z])"
    r"\.$"
)


def abbreviation_before(text: str, i: int) -> bool:
    """The stop at `i` closes an abbreviation ("Roe vs. Wade", "Birmingham, Ala., killed",
    "the U.S. said"), so the sentence goes on past it."""
    return _ABBREVIATION.search(text, max(0, i - 11), i + 1) is not None


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of `text` (the first is 0)."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if text[m.start() - 1 : m.start()] == "." and abbreviation_before(text, m.start() - 1):
            continue
        starts.append(m.end())
    return starts
