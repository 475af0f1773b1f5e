"""Snippets and match positions: what a hit shows and where its words are.

Done by hand over the one stored string rather than with Whoosh's
highlighter, so that only the hits shown are highlighted and the reader can
ask for the same spans to step through with n / N.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..dates import sentence_bounds
from .accents import fold_accents


@dataclass(frozen=True)
class Snippet:
    """A short excerpt in the article's own characters, with its matches as spans.

    `text` is a run of the article's text with whitespace collapsed; where it
    was cut from a longer text it opens or ends with "…". `spans` are
    (start, end) offsets into `text`, so a front end styles matches without
    markers in the words and an export can give them as numbers.
    """

    text: str = ""
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def plain(self) -> str:
        return self.text

    @property
    def runs(self) -> tuple[tuple[str, bool], ...]:
        """The text as (text, is_match) pieces, in order."""
        pieces: list[tuple[str, bool]] = []
        pos = 0
        for start, end in self.spans:
            pieces += [(self.text[pos:start], False), (self.text[start:end], True)]
            pos = end
        pieces.append((self.text[pos:], False))
        return tuple(piece for piece in pieces if piece[0])


ELLIPSIS = "…"

_WORD = re.compile(r"\w+", re.UNICODE)


def term_spans(text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
    """Spans of words in `text` whose indexed form is one of `terms`.

    Every hit of a search counts its matches over its whole text, 50 hits a
    keystroke: looking at each word of each text in Python was half of what a
    common word's search cost at 100k articles. The words that can match are
    picked first by a regular expression on how they begin (see
    `_openings`), and only those are lowered and stemmed.
    """
    if not terms:
        return
    # Folded as the index folds them, so "García" is marked for the term "garcia";
    # the table maps one character to one, so offsets stay the text's own.
    lowered = fold_accents(text.lower())
    if len(lowered) != len(text):  # a letter lowering to two: offsets would shift
        yield from _each_word_spans(text, terms)
        return
    stem = _stemmer()
    for match in _candidates(frozenset(terms)).finditer(lowered):
        word = match.group()
        if word in terms or stem(word) in terms:
            yield match.span()


def _each_word_spans(text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
    stem = _stemmer()
    for match in _WORD.finditer(text):
        word = fold_accents(match.group().lower())
        if word in terms or stem(word) in terms:
            yield match.span()


@functools.lru_cache(maxsize=64)
def _candidates(terms: frozenset[str]) -> re.Pattern[str]:
    """Whole words (of lowered text) that open as one of the terms could.

    A term matches a word that is the term, or that stems to it. The Porter
    stemmer rewrites only endings: a stem keeps its word's first two letters,
    but for a final y turned i ("uys" stems to "ui") and stems shorter than two
    letters ("ies" to "i"), which keep the first. So a word is looked at if it
    opens with a term's first two letters, or its first and "y" where the
    term's second is "i"; a one-letter term, with its letter.
    """
    openings: set[str] = set()
    for term in terms:
        openings.add(term[:2])
        if term[1:2] == "i":
            openings.add(term[0] + "y")
    alternatives = "|".join(sorted(map(re.escape, openings), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.UNICODE)


@functools.cache
def _stemmer() -> Callable[[str], str]:
    from whoosh.lang.porter import stem

    return functools.lru_cache(maxsize=50_000)(stem)


SNIPPET_CHARS = 220


def make_snippet(
    text: str,
    terms: set[str],
    *,
    whole: bool = False,
    skip: Sequence[Sequence] = (),
    found: Sequence[tuple[int, int]] | None = None,
) -> Snippet:
    """A window of text around the first matches, cut at word edges.

    Done by hand over the one stored string rather than with Whoosh's
    highlighter: only the shown hits are highlighted, and this is a single
    regex pass with no re-analysis of the document. `skip` spans (headline,
    byline, credits) are passed over, so a snippet shows the article's prose.
    """
    if found is None:  # `found`: the terms' spans, when the caller has them already
        found = list(itertools.islice(term_spans(text, terms), 50))
    spans = [sp for sp in found[:50] if not _inside(sp, skip)]
    if whole:
        lo, hi = 0, len(text)
    else:
        start = prose_start(text, skip)
        lo = max(start, spans[0][0] - SNIPPET_CHARS // 3) if spans else start
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        hi = min(len(text), lo + SNIPPET_CHARS)
        while hi < len(text) and not text[hi].isspace():
            hi += 1
    shown = [(a, b) for a, b in spans if lo <= a and b <= hi]
    return _collapsed(text, lo, hi, shown)


def quote_snippet(
    text: str,
    quotes: Sequence[tuple[int, int]],
    quote_terms: set[str],
    other_terms: set[str] = frozenset(),
    skip: Sequence[Sequence] = (),
) -> Snippet:
    """A window opening on the sentence where the best matching quote says the words.

    `quotes` are the (start, end) of the article's quotes a `quote:` query
    matched, best first. Its words are marked inside those quotes only: the
    same word in the prose around is not what was asked for. `other_terms`
    (the query's plain words) are marked anywhere in the window.
    """
    spans = sorted((a + x, a + y) for a, b in quotes for x, y in term_spans(text[a:b], quote_terms))
    best = quotes[0]
    first = next((sp[0] for sp in spans if best[0] <= sp[0] < best[1]), best[0])
    lo = _sentence_start(text, first)
    if first - lo > SNIPPET_CHARS * 2 // 3:  # a long sentence: keep the words in view
        lo = first - SNIPPET_CHARS // 3
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
    hi = min(len(text), lo + SNIPPET_CHARS)
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    others = [(lo + a, lo + b) for a, b in term_spans(text[lo:hi], set(other_terms))]
    spans += [sp for sp in others if not _inside(sp, skip)]
    shown = sorted({(a, b) for a, b in spans if lo <= a and b <= hi})
    return _collapsed(text, lo, hi, shown)


_LOOK_BACK = 600


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding `offset` begins, as the timeline reads sentences; one
    begun more than a few hundred characters back is shown from a word edge nearer."""
    lo = max(0, offset - _LOOK_BACK)
    while 0 < lo < offset and not text[lo - 1].isspace():
        lo += 1
    start = lo + sentence_bounds(text[lo:offset])[-1]
    while start < offset and text[start].isspace():
        start += 1
    return start


def _collapsed(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> Snippet:
    """text[lo:hi] with whitespace runs as one space, cut points marked, spans moved along.

    Only whitespace is changed, never a word or a punctuation mark, so every
    piece between the marks can be found in the article as it is.
    """
    out: list[str] = []
    moved = [0] * (hi - lo + 1)
    after_space = True  # drops leading whitespace
    for i in range(lo, hi):
        moved[i - lo] = len(out)
        if not text[i].isspace():
            out.append(text[i])
            after_space = False
        elif not after_space:
            out.append(" ")
            after_space = True
    moved[hi - lo] = len(out)
    if out and out[-1] == " ":
        out.pop()
    head = f"{ELLIPSIS} " if lo > 0 else ""
    tail = f" {ELLIPSIS}" if hi < len(text) else ""
    body = "".join(out)
    shift = len(head)
    placed = tuple((moved[a - lo] + shift, min(moved[b - lo], len(body)) + shift) for a, b in spans)
    return Snippet(head + body + tail, placed)


def _inside(span: tuple[int, int], skip: Sequence[Sequence]) -> bool:
    return any(s[0] <= span[0] < s[1] for s in skip)


def prose_start(text: str, skip: Sequence[Sequence]) -> int:
    """Where the article's own prose begins, past any leading skipped spans."""
    pos = 0
    moved = True
    while moved:
        moved = False
        while pos < len(text) and (text[pos].isspace() or text[pos] in ".,;:|-–—·"):
            pos += 1
        for span in skip:
            if span[0] <= pos < span[1]:
                pos, moved = span[1], True
    return pos
