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


@dataclass(frozen=True)
class Snippet:
    """A short excerpt as (text, is_match) runs, so a front end styles matches without markup."""

    runs: tuple[tuple[str, bool], ...] = ()

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.runs)


_WORD = re.compile(r"\w+", re.UNICODE)


def term_spans(text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
    """Spans of words in `text` whose indexed form is one of `terms`."""
    if not terms:
        return
    stem = _stemmer()
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in terms or stem(word) in terms:
            yield match.span()


@functools.cache
def _stemmer() -> Callable[[str], str]:
    from whoosh.lang.porter import stem

    return functools.lru_cache(maxsize=50_000)(stem)


SNIPPET_CHARS = 220


def make_snippet(
    text: str, terms: set[str], *, whole: bool = False, skip: Sequence[Sequence] = ()
) -> Snippet:
    """A window of text around the first matches, cut at word edges.

    Done by hand over the one stored string rather than with Whoosh's
    highlighter: only the shown hits are highlighted, and this is a single
    regex pass with no re-analysis of the document. `skip` spans (headline,
    byline, credits) are passed over, so a snippet shows the article's prose.
    """
    spans = [sp for sp in itertools.islice(term_spans(text, terms), 50) if not _inside(sp, skip)]
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
    runs: list[tuple[str, bool]] = []
    pos = lo
    for start, end in spans:
        if start < pos or end > hi:
            continue
        runs.append((text[pos:start], False))
        runs.append((text[start:end], True))
        pos = end
    runs.append((text[pos:hi], False))
    cleaned = [(" ".join(t.split()) if not match else t, match) for t, match in runs]
    if lo > 0:
        cleaned.insert(0, ("… ", False))
    if hi < len(text):
        cleaned.append((" …", False))
    return Snippet(tuple(_join_runs(cleaned, text)))


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


def _join_runs(runs: list[tuple[str, bool]], _text: str) -> Iterator[tuple[str, bool]]:
    """Keep the spaces that whitespace-collapsing removed at run edges."""
    for i, (chunk, match) in enumerate(runs):
        if not match and chunk:
            before = " " if i > 0 and runs[i - 1][1] and not chunk.startswith(" ") else ""
            after = " " if i + 1 < len(runs) and runs[i + 1][1] and not chunk.endswith(" ") else ""
            yield (before + chunk + after, False)
        elif chunk:
            yield (chunk, match)
