"""Whoosh's positions format, with the stemming analyzer's words found in one pass.

Whoosh indexes a text field by passing one `Token` object through a chain of
generators (tokenizer, lower case, stemmer) for every word, then collecting
positions. On a 50 MB article that was 14 of its 37 CPU seconds, and a large
share of every build. `QuickPositions` gives the same words, positions and
weights (checked against Whoosh in the tests) from one regular-expression
scan and one stem per distinct word. Anything but our own analyzer indexing a
string goes through Whoosh's own code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.formats import Positions

_WHOOSH_WORDS = r"[\w\*]+(\.?[\w\*]+)*"
"""Whoosh's default word pattern (`analysis.tokenizers.default_pattern`)."""
_WORDS = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*")
"""The same pattern with its group not capturing, so `findall` returns whole words."""


PIECE = 1 << 20
"""Characters scanned at a time: a whole 50 MB text's words at once took 300 MB more."""
_SPACE = re.compile(r"\s")


def _words(text: str) -> Iterator[str]:
    """The words of `text` in order, found a piece at a time.

    Pieces end at a whitespace character, which no word contains, so every
    word is found whole and exactly as one scan of the whole text finds it.
    """
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + PIECE) if len(text) - start > PIECE else None
        end = space.start() if space else len(text)
        yield from _WORDS.findall(text, start, end)
        start = end


def _stemmer(analyzer: Any):
    """(stem, words not stemmed, accent table or None) when `analyzer` is exactly
    tokenizer, lower case, an optional character table, stemmer; else None."""
    if not isinstance(analyzer, CompositeAnalyzer) or len(analyzer.items) not in (3, 4):
        return None
    tokenizer, lower, *charset, stemmer = analyzer.items
    plain = (
        type(tokenizer) is RegexTokenizer
        and not tokenizer.gaps
        and tokenizer.expression.pattern == _WHOOSH_WORDS
        and type(lower) is LowercaseFilter
        and all(type(step) is CharsetFilter for step in charset)
        and type(stemmer) is StemFilter
    )
    table = charset[0].charmap if charset else None
    return (stemmer._stem, stemmer.ignore, table) if plain else None


class QuickPositions(Positions):
    """Positions, indexed without a `Token` per word."""

    def word_values(
        self, value: Any, analyzer: Any, **kwargs: Any
    ) -> Iterator[tuple[str, int, float, bytes]]:
        stemming = _stemmer(analyzer)
        if (
            stemming is None
            or not isinstance(value, str)
            or kwargs.get("mode") != "index"
            or set(kwargs) - {"mode", "start_pos"}
        ):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        stem, ignore, table = stemming
        positions: dict[str, list[int]] = {}
        stem_of: dict[str, str] = {}
        for position, word in enumerate(_words(value), kwargs.get("start_pos", 0)):
            stemmed = stem_of.get(word)
            if stemmed is None:
                lowered = word.lower()
                if table is not None and not lowered.isascii():
                    lowered = lowered.translate(table)
                stemmed = stem_of[word] = lowered if lowered in ignore else stem(lowered)
            found = positions.get(stemmed)
            if found is None:
                positions[stemmed] = [position]
            else:
                found.append(position)
        boost = self.field_boost
        for word, found in positions.items():
            yield (word, len(found), float(len(found)) * boost, self.encode(found))
