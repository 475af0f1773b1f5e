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

__all__ = ["install"]

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
