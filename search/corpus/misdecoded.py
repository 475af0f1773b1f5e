"""Text that was mis-decoded before it reached the corpus, read as it was first written.

A page saved as UTF-8 and read back as Latin-1 or Windows-1252 somewhere upstream
reaches the corpus as "PeÃ±a Nieto" or "itâ€™s": a search for "peña" misses the
article and its quotes name "PeÃ±a". Which characters are mis-decoded is a question
of statistics over every codec's byte patterns, and of the many ways correct text
in other languages resembles them ("SÃO PAULO"); the maintained `ftfy` library
answers it (its encoding fix only: its other fixes, of quotes or widths, would
change correct text), rather than rules written here that would miss cases and
break others.

A change `ftfy` proposes is kept only when it is provably the undoing of a
mis-decoding: the characters in the file must be exactly what the repaired ones
become when encoded as UTF-8 and decoded as Latin-1 or Windows-1252 (once or
twice). Anything else it proposes (a guess where bytes were lost, a character
dropped) is left as written, so the repair never puts words in an article that
its bytes do not prove.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from types import ModuleType

__all__ = ["Repair", "repair_misdecoded"]

_CODECS = ("latin-1", "sloppy-windows-1252")
_CHAINS = [chain for n in (1, 2) for chain in itertools.product(_CODECS, repeat=n)]
"""Ways UTF-8 text is mis-decoded: by one of the codecs, or twice over."""

_LEAD = re.compile("[\u00c2-\u00f4]")
"""What a UTF-8 lead byte (0xC2 to 0xF4) reads as in Latin-1 and Windows-1252 alike:
every character mis-decoded by the chains above holds one, so a line without any
has nothing to repair and is not handed to `ftfy` (most lines of most corpora)."""


@functools.cache
def _ftfy() -> tuple[ModuleType, ModuleType]:
    """`ftfy` and its `badness`, imported on the first line that may need them: its
    tables take about 10 MB, which an app opening an up-to-date index never needs."""
    import ftfy
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
    from ftfy import badness

    return ftfy, badness


@dataclass(frozen=True)
class Repair:
    """A text with its mis-decoded characters repaired, and the first word changed."""

    text: str
    was: str
    """A word as the file writes it ("PeÃ±a"), to show the user what was repaired."""
    now: str
    """The same word repaired ("Peña")."""


def repair_misdecoded(text: str) -> Repair | None:
    """The text with its mis-decoded characters repaired, or None when it has none.

    Line by line, as a file's lines are often pasted from different places (one
    mis-decoded quote in an article otherwise right)."""
    if text.isascii():
        return None
    lines = text.splitlines(keepends=True)
    example: tuple[str, str] | None = None
    changed = False
    for number, line in enumerate(lines):
        if line.isascii():
            continue
        repaired = _repair_line(line)
        if repaired is None:
            continue
        lines[number], was, now = repaired
        changed = True
        example = example or (was, now)
    if not changed or example is None:
        return None
    return Repair("".join(lines), *example)


def _repair_line(line: str) -> tuple[str, str, str] | None:
    # Text decomposed after it was mis-decoded ("A" and a combining tilde for "Ã")
    # is composed again first, or its characters cannot be encoded back to bytes.
    composed = unicodedata.normalize("NFC", line)
    if _LEAD.search(composed) is None:
        return None
    ftfy, badness = _ftfy()
    fixed = ftfy.fix_encoding(composed)
    if fixed == composed:
        return None
    pieces: list[tuple[int, int, str, bool]] = []
    first = None
    matcher = difflib.SequenceMatcher(None, composed, fixed, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        written, proposed = composed[i1:i2], fixed[j1:j2]
        # A layer undone where more were mis-decoded ("realÃ¢€world" to
        # "realâ€world") is still garbage: kept as written.
        near = fixed[max(0, j1 - 2) : j2 + 2]
        if op != "equal" and _misdecoding_of(proposed, written) and not badness.is_bad(near):
            pieces.append((i1, i2, proposed, True))
            first = i1 if first is None else first
        else:
            pieces.append((i1, i2, written, False))
    if first is None:
        return None
    start, end = _word_at(composed, first)
    was = composed[start:end]
    now = "".join(
        text if mended else composed[max(i1, start) : min(i2, end)]
        for i1, i2, text, mended in pieces
        if i1 < end and i2 > start
    )
    return "".join(piece[2] for piece in pieces), was, now


def _misdecoding_of(proposed: str, written: str) -> bool:
    """Whether `written` is exactly what `proposed` becomes when mis-decoded."""
    if not proposed or proposed == written:
        return False
    for chain in _CHAINS:
        text = proposed
        try:
            for codec in chain:
                text = text.encode("utf-8").decode(codec)
        except UnicodeError:
            continue
        if text == written:
            return True
    return False


def _word_at(text: str, at: int) -> tuple[int, int]:
    """The whitespace-bounded word around `at` (at most 30 characters each side)."""
    start = at
    while start > 0 and not text[start - 1].isspace() and at - start < 30:
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace() and end - at < 30:
        end += 1
    return start, end
