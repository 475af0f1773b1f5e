"""Prefixes and wildcards that stand for many words, searched as one set of documents.

Whoosh scores a pattern (`a*`, `con*`, `*tion`, `title:[a TO c]`, `coffe~`)
by scoring every word it expands to and merging them through a tree of union
matchers, block by block: `a*` expands to about 3,000 words on Reuters-21578
and took 10 to 30 s, `con*` (379 words) 3.5 s. Whoosh's `ConstantScoreQuery`
still reads the documents through that tree (3.4 s for `a*`). Past
`MAX_SCORED_WORDS` words a pattern is therefore taken, as Lucene's and
Elasticsearch's constant-score rewrite takes it, for the set of documents
holding any of its words, read from each segment's postings straight into one
set (0.7 s for `a*` at 20k articles, kept per index version), every document
of it scoring the same. The documents found are the same; only their ranking
within such a pattern is given up, and a query made of nothing else ranks
nothing, so it is listed newest first.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from whoosh import query as query_mod
from whoosh.reading import IndexReader, TermInfo

from .postings import segment_docnums
from .speakerquery import DocSet

__all__ = [
    "MAX_SCORED_WORDS",
    "WordsSet",
    "is_broad",
    "is_pattern",
    "pattern_docnums",
    "ranks_nothing",
]

MAX_SCORED_WORDS = 32
"""A pattern expanding to more words than this is a set of documents, not scored.

On Reuters-21578 at 20k articles (scored search, top 20, shared 2-core
machine): `oil*` (20 words) 0.07 s, `bank*` (32) 0.2 s, `pri*` (82) 0.5 s,
`comp*` (122) 1.1 s; each of them as a set 10 to 70 ms."""


class WordsSet(DocSet):
    """The documents of a pattern too broad to score word by word."""


def is_pattern(reader: IndexReader, node: query_mod.Query) -> bool:
    """A leaf standing for the words of a field that it matches."""
    field = getattr(node, "fieldname", None)
    return (
        isinstance(node, query_mod.MultiTerm) and field in reader.schema and not _means_every(node)
    )


def is_broad(reader: IndexReader, node: query_mod.Query) -> bool:
    """A pattern expanding to more than `MAX_SCORED_WORDS` words of the index."""
    if not is_pattern(reader, node):
        return False
    words = itertools.islice(node._btexts(reader), MAX_SCORED_WORDS + 1)
    return sum(1 for _ in words) > MAX_SCORED_WORDS


def pattern_docnums(reader: IndexReader, node: query_mod.MultiTerm) -> list[int]:
    """Every live document holding a word of the pattern, by number in the whole index.

    Each segment expands the pattern in its own word list, so a word is looked
    up only where it occurs.
    """
    found: list[int] = []
    for segment, offset in reader.leaf_readers():
        docs = _segment_docnums(segment, node)
        if segment.has_deletions():
            docs = {docnum for docnum in docs if not segment.is_deleted(docnum)}
        found.extend(offset + docnum for docnum in sorted(docs))
    return found


def _segment_docnums(segment: IndexReader, node: query_mod.MultiTerm) -> set[int]:
    """Most of a broad pattern's words are in one or two documents: a word's first and
    last document, which its entry in the word list holds, are then all of them, and
    its postings are not opened; the others are read a block of ids at a time."""
    docs: set[int] = set()
    for word, info in _words_with_info(segment, node):
        if info.doc_frequency() <= 2:
            docs.update((info.min_id(), info.max_id()))
        else:
            docs.update(segment_docnums(segment, node.fieldname, word))
    return docs


def _words_with_info(
    segment: IndexReader, node: query_mod.MultiTerm
) -> Iterator[tuple[bytes, TermInfo]]:
    if isinstance(node, query_mod.Prefix):  # one pass along the word list, no look-ups
        return segment.iter_prefix(node.fieldname, node.text)
    field = node.fieldname
    return ((word, segment.term_info(field, word)) for word in node._btexts(segment))


def ranks_nothing(node: query_mod.Query) -> bool:
    """A query whose every part scores the same for every document (a broad pattern's
    set, a fixed set of documents, a date range): all its documents tie, so newest first
    is the only order that means anything."""
    if (isinstance(node, DocSet) and node.ties) or isinstance(node, query_mod.Not):
        return True
    if isinstance(node, query_mod.NumericRange) and node.constantscore:
        return True
    if isinstance(node, query_mod.AndNot):
        return ranks_nothing(node.a)
    if isinstance(node, query_mod.CompoundQuery):
        return bool(node.subqueries) and all(ranks_nothing(sub) for sub in node.subqueries)
    return False


def _means_every(node: query_mod.Query) -> bool:
    """Whoosh answers `*` and an empty prefix with every document, not word by word."""
    text = getattr(node, "text", None)
    return (isinstance(node, query_mod.Prefix) and text == "") or (
        isinstance(node, query_mod.Wildcard) and text == "*"
    )
