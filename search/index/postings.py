"""Binary search inside a posting block when Whoosh skips ahead.

An AND of two words, a phrase or a NOT walks one word's postings and asks the
other's to skip to each document id. Whoosh jumps to the right block of up to
128 ids and then steps through it one id at a time, three Python calls per
step: a quarter of the time of the slowest queries at 100k articles. The ids
of a block are sorted, so a bisect finds the same place.

Installed once, on import of the query API, over the pinned Whoosh; a Whoosh
whose matcher does not have the expected shape is left as it is.
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh.codec import whoosh3
from whoosh.matching import ReadTooFar

__all__ = ["install", "segment_docnums", "term_docnums"]

_EXPECTED = ("_read_ids", "_next_block", "_skip_to_block", "block_max_id", "is_active", "id")


def _skip_to(self: whoosh3.W3LeafMatcher, targetid: int) -> None:
    if not self.is_active():
        raise ReadTooFar
    if targetid <= self.id():
        return
    block_max_id = self.block_max_id
    if targetid > block_max_id():
        self._skip_to_block(lambda: targetid > block_max_id())
    while self.is_active():
        if self._ids is None:
            self._read_ids()
        self._i = bisect_left(self._ids, targetid, self._i, self._blocklength)
        if self._i < self._blocklength:
            return
        self._next_block()  # only if a block's recorded maximum was too low


def install() -> bool:
    """Put the bisecting `skip_to` on Whoosh's leaf matcher; False if it does not fit."""
    matcher = whoosh3.W3LeafMatcher
    if matcher.skip_to is _skip_to:
        return True
    if not all(hasattr(matcher, name) for name in _EXPECTED):
        return False
    matcher.skip_to = _skip_to
    return True


def term_docnums(searcher, fieldname: str, text: str) -> list[int]:
    """Document numbers holding a term, read a posting block at a time.

    `Searcher.docs_for_query` steps through the postings one id at a time,
    several Python calls each: 1 s for the 80k events of Reuters. A block's
    ids are one array, so taking them whole is ten times faster. Deleted
    documents are left out, as Whoosh leaves them out.
    """
    found: list[int] = []
    for leaf, base in searcher.reader().leaf_readers():
        if (fieldname, text) not in leaf:
            continue
        ids = segment_docnums(leaf, fieldname, text)
        found.extend([base + n for n in ids] if base else ids)
    return found


def segment_docnums(leaf, fieldname: str, text: str | bytes) -> list[int]:
    """One segment's live documents holding a term it has, numbered within the segment."""
    deleted = leaf.deleted_docs_set if leaf.has_deletions() else frozenset()
    matcher = leaf.postings(fieldname, text)
    raw = getattr(matcher, "child", matcher) if deleted else matcher
    if not isinstance(raw, whoosh3.W3LeafMatcher) or not all(
        hasattr(raw, name) for name in _EXPECTED
    ):
        return list(matcher.all_ids())
    found: list[int] = []
    while raw.is_active():
        if raw._ids is None:
            raw._read_ids()
        ids = raw._ids[raw._i : raw._blocklength]
        found.extend([n for n in ids if n not in deleted] if deleted else ids)
        raw._next_block()
    return found
