"""Binary search inside a posting block when Whoosh skips ahead.

An AND of two words, a phrase or a NOT walks one word's postings and asks the
other's to skip to each document id. Whoosh jumps to the right block of up to
128 ids and then steps through it one id at a time, three Python calls per
step: a quarter of the time of the slowest queries at 100k articles. The ids
of a block are sorted, so a bisect finds the same place. And a block's ids
are read without unpickling its positions (`postblocks`), which only phrases
ask for: Whoosh's AND finds its first common document as it is built, and
that alone read 8-20 blocks of each common word at 100k articles.

Installed once, on import of the query API, over the pinned Whoosh; a Whoosh
whose matcher does not have the expected shape is left as it is.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from whoosh.codec import whoosh3
from whoosh.matching import ReadTooFar
from whoosh.reading import TermNotFound

from . import postblocks

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "common_to",
    "install",
    "live_in",
    "segment_docnum_array",
    "segment_docnums",
    "term_docnums",
    "union_of",
]

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


_WHOOSH_READ_IDS = whoosh3.W3LeafMatcher._read_ids


def _read_ids(self: whoosh3.W3LeafMatcher) -> None:
    if self._data is None and postblocks.fits(self):
        try:
            postblocks.read_block_ids(self)
            return
        except ValueError:
            pass
    _WHOOSH_READ_IDS(self)


KEPT_TERMS = 8192
"""Word entries a segment's word list keeps after reading them (about 1 MB at most)."""


def _entry(self: whoosh3.W3TermsReader, fieldname: str, tbytes: bytes) -> bytes | None:
    """A word's entry in the segment's word list, read from the file once."""
    kept = self.__dict__.get("_kept_entries")
    if kept is None or len(kept) > KEPT_TERMS:
        kept = self._kept_entries = {}
    key = self._keycoder(fieldname, tbytes)
    if key in kept:
        return kept[key]
    found = kept[key] = self._tindex.get(key)
    return found


def _contains(self: whoosh3.W3TermsReader, term: tuple[str, bytes]) -> bool:
    return _entry(self, *term) is not None


def _term_info(self: whoosh3.W3TermsReader, fieldname: str, tbytes: bytes):
    found = _entry(self, fieldname, tbytes)
    if found is None:
        raise TermNotFound(f"No term {fieldname}:{tbytes!r}")
    return whoosh3.W3TermInfo.from_bytes(found)


def _doc_frequency(self: whoosh3.W3TermsReader, fieldname: str, tbytes: bytes) -> int:
    found = _entry(self, fieldname, tbytes)
    if found is None:
        raise KeyError(tbytes)  # as Whoosh's own look-up, which its reader answers with 0
    return whoosh3.W3TermInfo.from_bytes(found).doc_frequency()


def _frequency(self: whoosh3.W3TermsReader, fieldname: str, tbytes: bytes) -> float:
    found = _entry(self, fieldname, tbytes)
    if found is None:
        raise KeyError(tbytes)
    return whoosh3.W3TermInfo.from_bytes(found).weight()


def _keep_word_entries() -> bool:
    """Whoosh looks a word up in a segment's word list (a hash file read a few bytes
    at a time) for each question about it: whether the segment has it, how many
    documents hold it, its postings' place. Building the matchers of a two-word
    query asked 95 times over 8 segments, most of a search whose words' scores
    were already kept. The entries of a segment never change, so each is read once."""
    reader = whoosh3.W3TermsReader
    if not all(hasattr(reader, name) for name in ("_keycoder", "_tindex", "term_info")):
        return False
    reader.__contains__ = _contains
    reader.term_info = _term_info
    reader.doc_frequency = _doc_frequency
    reader.frequency = _frequency
    return True


def install() -> bool:
    """Put the bisecting `skip_to`, and a block's ids read without its positions, on
    Whoosh's leaf matcher, and keep the word entries read; False if it does not fit."""
    matcher = whoosh3.W3LeafMatcher
    if matcher.skip_to is _skip_to:
        return True
    if not all(hasattr(matcher, name) for name in _EXPECTED):
        return False
    matcher.skip_to = _skip_to
    matcher._read_ids = _read_ids
    return _keep_word_entries()


def term_docnums(searcher, fieldname: str, text: str) -> list[int]:
    """Document numbers holding a term, read a posting block at a time.

    `Searcher.docs_for_query` steps through the postings one id at a time,
    several Python calls each: 1 s for the 80k events of Reuters. A block's
    ids are one array, so taking them whole (`postblocks`, without unpickling
    the positions) is much faster. Deleted documents are left out, as Whoosh
    leaves them out.
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
    return segment_docnum_array(leaf, fieldname, text).tolist()


def segment_docnum_array(leaf, fieldname: str, text: str | bytes) -> np.ndarray:
    """`segment_docnums` as an ascending int64 array."""
    import numpy as np

    matcher = leaf.postings(fieldname, text)
    raw = getattr(matcher, "child", matcher) if leaf.has_deletions() else matcher
    if not postblocks.fits(raw):
        return np.fromiter(matcher.all_ids(), np.int64)
    return live_in(leaf, postblocks.read_arrays(raw)[0])


def live_in(leaf, docs: np.ndarray) -> np.ndarray:
    """The documents of `docs` (numbered within the segment `leaf`) it has not deleted."""
    import numpy as np

    if not leaf.has_deletions() or not len(docs):
        return docs
    gone = np.zeros(leaf.doc_count_all(), bool)
    gone[list(leaf.deleted_docs_set)] = True
    return docs[~gone[docs]]


def union_of(parts: list[np.ndarray]) -> np.ndarray:
    """The documents in any of `parts` (each ascending, no repeats), ascending."""
    import numpy as np

    if len(parts) == 1:
        return parts[0]
    found = np.sort(np.concatenate(parts))
    if len(found) > 1:
        found = found[np.concatenate(([True], found[1:] != found[:-1]))]
    return found


def common_to(parts: list[np.ndarray]) -> np.ndarray:
    """The documents in every one of `parts` (each ascending, no repeats), ascending."""
    import numpy as np

    found = parts[0]
    for other in parts[1:]:
        if not len(other):
            return other
        at = np.searchsorted(other, found)
        at[at == len(other)] = 0
        found = found[other[at] == found]
    return found
