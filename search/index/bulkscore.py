"""Whoosh's BM25F scores for AND / OR / NOT of plain words, computed a posting block at a time.

A search of words typed as they come ("in", "bank of") has to rank and count
every matching article. Whoosh does it one document at a time through a tree
of matchers, several Python calls per document and word: at 100k articles
"bank of" (15k matches) took 300-400 ms. Here each word's documents and
weights are read into NumPy arrays without unpickling their positions
(`postblocks`), scored as arrays, and added up, intersected and ranked on
arrays: the first search of "in" at 100k articles went from 500-650 ms to
140-200 ms on a loaded machine.

The scores are Whoosh's own, bit for bit: the matcher tree Whoosh builds for
each segment is walked as it is (so sums are added in its order), each leaf's
own scorer supplies idf, average length and parameters, and the BM25 formula
is written with the same operations in the same order (NumPy's elementwise
double arithmetic rounds as Python's does). Any part of a query
this module does not know (phrases, patterns, boosts, sets of documents, a
scorer other than BM25F) makes it step aside, and Whoosh runs as before.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection

import numpy as np
from whoosh import matching
from whoosh.codec import whoosh3
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25FScorer
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from . import postblocks

__all__ = ["LeafScores", "Ranked", "ranked"]

_LENGTH_OF_BYTE = np.array([byte_to_length(code) for code in range(256)], np.float64)
"""Whoosh stores a field's length as one byte; these are the lengths it reads back."""

Ranked = tuple[int, list[tuple[float, int]]]
"""The number of matching documents, and the best (score, docnum) pairs, best first."""


class _Unknown(Exception):
    """A matcher this module cannot score the way Whoosh would."""


Scored = tuple[np.ndarray, np.ndarray]
"""A segment's matching documents (int64, ascending) and their scores (float64)."""

_NONE: Scored = (np.zeros(0, np.int64), np.zeros(0, np.float64))


class LeafScores:
    """Each word's scores in one field of one segment, for the last words searched.

    Typing "bank of japan" searches "bank" again at every key after it, and
    reading a common word's postings is much of a search (16k documents at
    100k articles, 90k for "of"). One version of an index gives a word the same
    scores in every search (idf and average lengths are the index's), so they
    are kept for the last words, up to `MAX_ENTRIES` documents in all, as two
    arrays of 12 bytes a document (6 MB in all).
    """

    MAX_ENTRIES = 500_000

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple, Scored] = OrderedDict()
        self._entries = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Scored | None:
        found = self._used(key)
        return None if found is None else (found[0].astype(np.int64), found[1])

    def docnums(self, key: tuple) -> np.ndarray | None:
        """The documents of a kept word (deleted ones too, as its postings hold them)."""
        found = self._used(key)
        return None if found is None else found[0]

    def _used(self, key: tuple) -> Scored | None:
        """A kept word's (documents, scores), now the last used."""
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
            return found

    def put(self, key: tuple, scores: Scored) -> None:
        kept = (scores[0].astype(np.int32), scores[1])
        with self._lock:
            if key in self._kept:
                return
            self._kept[key] = kept
            self._entries += len(kept[0])
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
    allowed_docs = None if allowed is None else _as_array(allowed)
    found_docs: list[np.ndarray] = []
    found_scores: list[np.ndarray] = []
    total = 0
    try:
        for sub, offset in searcher.leaf_searchers():
            segment = sub.reader().segment()
            context = _Context(sub, kept, segment.segment_id() if segment is not None else None)
            docs, scores = _scores(query.matcher(sub, sub.context()), context)
            reader = sub.reader()
            keep = None
            if reader.has_deletions():
                keep = ~_member(docs, _as_array(reader.deleted_docs_set))
            if allowed_docs is not None:
                inside = _member(docs + offset, allowed_docs)
                keep = inside if keep is None else keep & inside
            if keep is not None:
                docs, scores = docs[keep], scores[keep]
            total += len(docs)
            if limit is not None and len(docs) > limit:
                docs, scores = _best(docs, scores, limit)
            found_docs.append(docs + offset)
            found_scores.append(scores)
    except _Unknown:
        return None
    if not found_docs:
        return 0, []
    docs, scores = _best(np.concatenate(found_docs), np.concatenate(found_scores), limit)
    return total, list(zip(scores.tolist(), docs.tolist(), strict=True))


def _best(docs: np.ndarray, scores: np.ndarray, limit: int | None) -> Scored:
    """The `limit` best, highest score first and ties in document order.

    Only the documents scoring at least the `limit`-th best score are sorted (all of
    that score, so ties are broken as in a sort of every document): sorting the 65k
    matches of "in" was 5 ms a segment.
    """
    if limit is not None and len(docs) > limit:
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        contenders = scores >= threshold
        docs, scores = docs[contenders], scores[contenders]
    order = np.lexsort((docs, -scores))
    if limit is not None:
        order = order[:limit]
    return docs[order], scores[order]


def _as_array(docs: Collection[int]) -> np.ndarray:
    """Document numbers, ascending, as an array."""
    found = np.fromiter(docs, np.int64, len(docs))
    found.sort()
    return found


def _member(docs: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Which of `docs` are in `among` (ascending, no repeats).

    A binary search, where NumPy's `isin` sorts both and imports `numpy.ma`
    (70 ms) on its first use.
    """
    if not len(among):
        return np.zeros(len(docs), bool)
    at = np.searchsorted(among, docs)
    at[at == len(among)] = 0
    return among[at] == docs


class _Context:
    """The segment being scored, and where words' scores are kept."""

    def __init__(self, searcher: Searcher, kept: LeafScores | None, segment: str | None) -> None:
        self.searcher = searcher
        self.kept = kept if segment is not None else None
        self.segment = segment


def _scores(matcher, context: _Context, within: np.ndarray | None = None) -> Scored:
    """Each document `matcher` matches in one segment (of `within`, ascending, if given),
    with the score Whoosh gives it."""
    kind = type(matcher)
    if kind is matching.NullMatcherClass:
        return _NONE
    if kind is whoosh3.W3LeafMatcher:
        return _leaf_scores(matcher, context, within)
    if kind is matching.UnionMatcher:
        a = _scores(matcher.a, context, within)
        return _union(a, _scores(matcher.b, context, within))
    if kind is matching.IntersectionMatcher:
        return _intersection(matcher, context, within)
    if kind is matching.AndNotMatcher:
        kept = _scores(matcher.a, context, within)
        if not len(kept[0]):
            return kept
        left_out = _scores(matcher.b, context, kept[0])[0]
        return _where(kept, ~_member(kept[0], left_out))
    if kind is FilterMatcher and matcher.boost == 1.0:
        inner = _scores(matcher.child, context, within)
        inside = _member(inner[0], _as_array(matcher._ids))
        return _where(inner, ~inside if matcher._exclude else inside)
    raise _Unknown(kind.__name__)


def _where(scored: Scored, keep: np.ndarray) -> Scored:
    return scored[0][keep], scored[1][keep]


def _union(a: Scored, b: Scored) -> Scored:
    """Whoosh's union adds a's score and b's where both match (`a.score() + b.score()`):
    a's scores are put in place, then b's added (0.0 + b is b, to the bit)."""
    docs = np.concatenate((a[0], b[0]))
    docs.sort()
    if len(docs) > 1:
        docs = docs[np.concatenate(([True], docs[1:] != docs[:-1]))]
    scores = np.zeros(len(docs), np.float64)
    scores[np.searchsorted(docs, a[0])] = a[1]
    scores[np.searchsorted(docs, b[0])] += b[1]
    return docs, scores


def _intersection(matcher, context: _Context, within: np.ndarray | None) -> Scored:
    """The smaller side first, so the other reads only the blocks holding its documents.

    "bank of j" reads the few blocks of "of" where "j" is, not all 750 of them.
    """
    small, large = sorted((matcher.a, matcher.b), key=lambda side: _size(side, context))
    first = _scores(small, context, within)
    second = _scores(large, context, first[0]) if len(first[0]) else _NONE
    a, b = (first, second) if small is matcher.a else (second, first)
    docs, a_scores = _where(a, _member(a[0], b[0]))
    # a + b in Whoosh's order (IntersectionMatcher.score).
    return docs, a_scores + b[1][np.searchsorted(b[0], docs)]


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
    matcher: whoosh3.W3LeafMatcher, context: _Context, within: np.ndarray | None
) -> Scored:
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
        # Read from the first posting, wherever Whoosh's intersections and exclusions
        # moved the matcher as they were built; the documents read again are ruled
        # out by the caller as before.
        whole = _read_leaf_scores(matcher, context.searcher, None)
        context.kept.put(key, whole)
    if within is None:
        return whole
    return _where(whole, _member(whole[0], within))


def _read_leaf_scores(
    matcher: whoosh3.W3LeafMatcher, searcher: Searcher, within: np.ndarray | None
) -> Scored:
    """One word's documents in one field and their BM25 scores, from its postings.

    With `within`, a block none of whose documents is wanted is passed over on
    its header alone: unpacking a block is most of the cost.
    """
    scorer = matcher.scorer
    if type(scorer) is not BM25FScorer:
        raise _Unknown(type(scorer).__name__)
    if not postblocks.fits(matcher):
        raise _Unknown("postings of another shape")
    lengths = _lengths(searcher, matcher.term()[0])
    if within is not None and not len(within):
        return _NONE
    chosen = None if within is None else _blocks_holding(matcher, within)
    docs, tf = postblocks.read_arrays(matcher, chosen)
    if within is not None:
        docs, tf = _where((docs, tf), _member(docs, within))
    fl = _LENGTH_OF_BYTE[np.frombuffer(lengths, np.uint8)[docs]]
    idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    # whoosh.scoring.bm25, operation for operation, so each float is the same.
    return docs, idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))


def _blocks_holding(matcher: whoosh3.W3LeafMatcher, within: np.ndarray) -> list:
    """The word's posting blocks that may hold one of `within` (ascending)."""
    every = list(postblocks.blocks(matcher))
    lasts = np.array([block.last for block in every], np.int64)
    # A block holds the documents after the previous block's last, up to its own.
    upto = np.searchsorted(within, lasts, side="right")
    wanted = np.diff(upto, prepend=0) > 0
    return [block for block, keep in zip(every, wanted.tolist(), strict=True) if keep]


def _lengths(searcher: Searcher, fieldname: str) -> bytes:
    """The field's length byte per document, as `memcolumns` holds it in memory."""
    perdoc = getattr(searcher.reader(), "_perdoc", None)
    lengths = getattr(perdoc, "_readers", {}).get(whoosh3._lenfield(fieldname))
    if not isinstance(lengths, bytes):
        raise _Unknown("lengths not in memory")
    return lengths
