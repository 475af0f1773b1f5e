"""Whoosh's BM25F scores for AND / OR / NOT of plain words, computed a posting block at a time.

A search of words typed as they come ("in", "bank of") has to rank and count
every matching article. Whoosh does it one document at a time through a tree
of matchers, several Python calls per document and word: at 100k articles
"bank of" (15k matches) took 300-400 ms. Reading each word's postings a block
at a time and adding the scores up in dictionaries gives the same numbers in
about half the time.

The scores are Whoosh's own, bit for bit: the matcher tree Whoosh builds for
each segment is walked as it is (so sums are added in its order), each leaf's
own scorer supplies idf, average length and parameters, and the BM25 formula
is written with the same operations in the same order. Any part of a query
this module does not know (phrases, patterns, boosts, sets of documents, a
scorer other than BM25F) makes it step aside, and Whoosh runs as before.
"""

from __future__ import annotations

import heapq
import threading
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Collection, Sequence
from itertools import accumulate

from whoosh import matching
from whoosh.codec import whoosh3
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25FScorer
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

__all__ = ["LeafScores", "Ranked", "ranked"]

_LENGTHS = [byte_to_length(code) for code in range(256)]
"""Whoosh stores a field's length as one byte; these are the lengths it reads back."""

Ranked = tuple[int, list[tuple[float, int]]]
"""The number of matching documents, and the best (score, docnum) pairs, best first."""


class _Unknown(Exception):
    """A matcher this module cannot score the way Whoosh would."""


class LeafScores:
    """Each word's scores in one field of one segment, for the last words searched.

    Typing "bank of japan" searches "bank" again at every key after it, and
    unpacking a common word's postings is most of a search (16k documents at
    100k articles, 90k for "of"). One version of an index gives a word the same
    scores in every search (idf and average lengths are the index's), so they
    are kept for the last words, up to `MAX_ENTRIES` documents in all. They are
    kept as two arrays, 12 bytes a document (6 MB in all), not as dictionaries
    (about 90 bytes); making one back costs 1-2 ms per 10k documents.
    """

    MAX_ENTRIES = 500_000

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple, tuple[array, array]] = OrderedDict()
        self._entries = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> dict[int, float] | None:
        found = self._used(key)
        return None if found is None else dict(zip(*found, strict=True))

    def docnums(self, key: tuple) -> array | None:
        """The documents of a kept word (deleted ones too, as its postings hold them)."""
        found = self._used(key)
        return None if found is None else found[0]

    def _used(self, key: tuple) -> tuple[array, array] | None:
        """A kept word's (documents, scores), now the last used."""
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
            return found

    def put(self, key: tuple, scores: dict[int, float]) -> None:
        kept = (array("q", scores.keys()), array("d", scores.values()))
        with self._lock:
            if key in self._kept:
                return
            self._kept[key] = kept
            self._entries += len(scores)
            while self._entries > self.MAX_ENTRIES and len(self._kept) > 1:
                _key, (dropped, _scores) = self._kept.popitem(last=False)
                self._entries -= len(dropped)


def ranked(
    searcher: Searcher,
    query,
    limit: int | None,
    allowed: Collection[int] | None = None,
    kept: LeafScores | None = None,
) -> Ranked | None:
    """The count and best `limit` documents of `query`, ties in document order, as Whoosh
    ranks them; None when the query has a part Whoosh must score itself.

    `allowed`, like Whoosh's `filter`, keeps only those documents without changing scores.
    `kept` holds words' scores from earlier searches of the same index version.
    """
    best: list[tuple[float, int]] = []
    total = 0
    try:
        for sub, offset in searcher.leaf_searchers():
            segment = sub.reader().segment()
            context = _Context(sub, kept, segment.segment_id() if segment is not None else None)
            scores = _scores(query.matcher(sub, sub.context()), context)
            reader = sub.reader()
            if reader.has_deletions():
                deleted = reader.deleted_docs_set
                scores = {doc: s for doc, s in scores.items() if doc not in deleted}
            if allowed is not None:
                scores = {doc: s for doc, s in scores.items() if offset + doc in allowed}
            total += len(scores)
            pairs = ((-score, offset + doc) for doc, score in scores.items())
            best.extend(pairs if limit is None else heapq.nsmallest(limit, pairs))
    except _Unknown:
        return None
    best.sort()
    if limit is not None:
        del best[limit:]
    return total, [(-negative, docnum) for negative, docnum in best]


class _Context:
    """The segment being scored, and where words' scores are kept."""

    def __init__(self, searcher: Searcher, kept: LeafScores | None, segment: str | None) -> None:
        self.searcher = searcher
        self.kept = kept if segment is not None else None
        self.segment = segment


def _scores(matcher, context: _Context, within: list[int] | None = None) -> dict[int, float]:
    """Each document `matcher` matches in one segment (of `within`, sorted, if given),
    with the score Whoosh gives it."""
    kind = type(matcher)
    if kind is matching.NullMatcherClass:
        return {}
    if kind is whoosh3.W3LeafMatcher:
        return _leaf_scores(matcher, context, within)
    if kind is matching.UnionMatcher:
        a = _scores(matcher.a, context, within)
        return _union(a, _scores(matcher.b, context, within))
    if kind is matching.IntersectionMatcher:
        return _intersection(matcher, context, within)
    if kind is matching.AndNotMatcher:
        kept = _scores(matcher.a, context, within)
        left_out = _scores(matcher.b, context, sorted(kept)) if kept else {}
        return {doc: score for doc, score in kept.items() if doc not in left_out}
    if kind is FilterMatcher and matcher.boost == 1.0:
        inner = _scores(matcher.child, context, within)
        ids, exclude = matcher._ids, matcher._exclude
        return {doc: score for doc, score in inner.items() if (doc in ids) != exclude}
    raise _Unknown(kind.__name__)


def _union(a: dict[int, float], b: dict[int, float]) -> dict[int, float]:
    """Whoosh's union adds a's score and b's where both match (`a.score() + b.score()`)."""
    both = dict(a)
    for doc, score in b.items():
        mine = both.get(doc)
        both[doc] = score if mine is None else mine + score
    return both


def _intersection(matcher, context: _Context, within: list[int] | None) -> dict[int, float]:
    """The smaller side first, so the other reads only the blocks holding its documents.

    "bank of j" reads the few blocks of "of" where "j" is, not all 750 of them.
    """
    small, large = sorted((matcher.a, matcher.b), key=lambda side: _size(side, context))
    first = _scores(small, context, within)
    second = _scores(large, context, sorted(first)) if first else {}
    a, b = (first, second) if small is matcher.a else (second, first)
    # a + b in Whoosh's order (IntersectionMatcher.score).
    return {doc: score + b[doc] for doc, score in a.items() if doc in b}


def _size(matcher, context: _Context) -> int:
    """At most how many documents `matcher` can match, from the words' document counts."""
    searcher = context.searcher
    kind = type(matcher)
    if kind is whoosh3.W3LeafMatcher:
        return searcher.reader().doc_frequency(*matcher.term())
    if kind is matching.UnionMatcher:
        return _size(matcher.a, context) + _size(matcher.b, context)
    if kind is matching.IntersectionMatcher:
        return min(_size(matcher.a, context), _size(matcher.b, context))
    if kind is matching.AndNotMatcher:
        return _size(matcher.a, context)
    if kind is FilterMatcher:
        return _size(matcher.child, context)
    return 0 if kind is matching.NullMatcherClass else searcher.doc_count_all()


WHOLE_FROM = 8
"""A word is read whole when the documents wanted of it are at least 1/8 of its own."""


def _leaf_scores(
    matcher: whoosh3.W3LeafMatcher, context: _Context, within: list[int] | None
) -> dict[int, float]:
    """One word's documents in one field, from the kept scores or its postings."""
    if context.kept is None:
        return _read_leaf_scores(matcher, context.searcher, within)
    key = (context.segment, *matcher.term())
    whole = context.kept.get(key)
    if whole is None:
        # A few wanted documents are read on their own; many (an AND with another
        # common word) touch most blocks anyway, and the whole word is then kept.
        if within is not None and len(within) * WHOLE_FROM < _size(matcher, context):
            return _read_leaf_scores(matcher, context.searcher, within)
        # Whoosh's intersections and exclusions move their words past documents they
        # rule out as they are built: kept, a word must be read from its first posting.
        # The documents read again are ruled out by the caller as before.
        matcher.reset()
        whole = _read_leaf_scores(matcher, context.searcher, None)
        context.kept.put(key, whole)
    if within is None:
        return whole
    return {doc: whole[doc] for doc in within if doc in whole}


def _read_leaf_scores(
    matcher: whoosh3.W3LeafMatcher, searcher: Searcher, within: list[int] | None
) -> dict[int, float]:
    """One word's documents in one field, a block of postings at a time.

    With `within`, a block none of whose documents is wanted is passed over on
    its header alone: unpacking a block (ids, weights and every position) is
    most of the cost.
    """
    scorer = matcher.scorer
    if type(scorer) is not BM25FScorer:
        raise _Unknown(type(scorer).__name__)
    fieldname = matcher.term()[0]
    lengths = _lengths(searcher, fieldname)
    idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    wanted = None if within is None else set(within)
    passed = 0  # how many of `within` come before the current block
    known: dict[tuple[float, int], float] = {}
    found: dict[int, float] = {}
    while matcher.is_active():
        if within is not None:
            last = matcher.block_max_id()
            if passed == len(within):
                break
            if within[passed] > last:  # nothing wanted in this block
                matcher._next_block()
                continue
            passed = bisect_right(within, last, passed)
        ids = _block_ids(matcher)
        if matcher._weights is None:
            matcher._read_weights()
        weights = matcher._weights
        for i in range(matcher._i, matcher._blocklength):
            doc = ids[i]
            if wanted is not None and doc not in wanted:
                continue
            key = (weights[i], lengths[doc])
            score = known.get(key)
            if score is None:
                tf, fl = key[0], _LENGTHS[key[1]]
                # whoosh.scoring.bm25, operation for operation, so the float is the same.
                score = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
                known[key] = score
            found[doc] = score
        matcher._next_block()
    return found


def _block_ids(matcher: whoosh3.W3LeafMatcher) -> Sequence[int]:
    """The block's document ids; Whoosh's own decoding (`numlists.delta_decode`) is a
    Python generator, one step per id, where `accumulate` adds them up in C."""
    if matcher._ids is None:
        if matcher._data is None:
            matcher._read_data()
        stored = matcher._data[0]
        matcher._ids = stored if matcher._byteids else tuple(accumulate(stored))
    return matcher._ids


def _lengths(searcher: Searcher, fieldname: str) -> bytes:
    """The field's length byte per document, as `memcolumns` holds it in memory."""
    perdoc = getattr(searcher.reader(), "_perdoc", None)
    lengths = getattr(perdoc, "_readers", {}).get(whoosh3._lenfield(fieldname))
    if not isinstance(lengths, bytes):
        raise _Unknown("lengths not in memory")
    return lengths
