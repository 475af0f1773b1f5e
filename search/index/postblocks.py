"""A word's postings as NumPy arrays of documents and weights, its positions left packed.

Whoosh stores a word's postings in blocks of up to 128: a small pickled header
(count, last document, compression), then one pickled, usually compressed tuple
of the block's document gaps, weights and positions. The positions are one
byte string per posting, which pickle's protocol 2 writes as a call to
`_codecs.encode`: unpickling a block makes 128 such calls, and for a word in
most articles ("in", "said": 500-600 blocks at 100k articles) that was most of
the first search's 300-450 ms, although ranking and counting need only the
documents and weights.

This reads each block's header from its bytes, inflates the data only as far as
the positions begin, and unpickles the documents and weights alone (the
positions' tuple replaced by None before the end of the pickle). Anything not of
the expected shape (a block without positions, an unknown opcode where the
positions should begin) is unpickled whole, as Whoosh would.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from array import array
from collections.abc import Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from whoosh.codec import whoosh3

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Block", "blocks", "fits", "read_arrays", "read_block_ids"]

_ENCODED_BYTES = (b"c_codecs\nencode\n", b"c__builtin__\nbytes\n")
"""How protocol 2 begins a `bytes` value: the first value of the positions' tuple.

Neither can occur earlier in a block's pickle: the gaps are small integers (opcodes
K, M, J every few bytes) and the weights floats (opcode G every nine bytes)."""
_TUPLE3_END = b"N\x87."
"""None for the positions, the three-tuple, the end of the pickle."""
_INFLATE_STEP = 2048
"""Bytes inflated at a time while looking for the positions (128 gaps and weights
take 0.4-1.5 KB; the positions five times that)."""
_INT = struct.Struct("!i")


class Block:
    """One posting block: how many documents, the last of them, and its stored data."""

    __slots__ = ("compressed", "count", "data", "last")

    def __init__(self, count: int, last: int, compressed: bool, data: memoryview) -> None:
        self.count = count
        self.last = last
        self.compressed = compressed
        self.data = data


def fits(matcher: object) -> bool:
    """Whether `matcher` is Whoosh's block-postings reader in the shape read here."""
    names = ("_postfile", "_startoffset", "_baseoffset", "_length", "_byteids", "_dataoffset")
    return (
        type(matcher) is whoosh3.W3LeafMatcher
        and all(hasattr(matcher, name) for name in names)
        and hasattr(matcher._postfile, "get")
    )


def blocks(matcher: whoosh3.W3LeafMatcher) -> list[Block]:
    """Every block of the word's postings from its first, whatever the matcher has read.

    The postings are read in one piece (their extent is in the word's entry), not a
    header and a block at a time.
    """
    extent = matcher._length
    if isinstance(extent, tuple):  # Whoosh reads it back as a 1-tuple (W3TermInfo.from_bytes)
        (extent,) = extent
    whole = memoryview(matcher._postfile.get(matcher._startoffset, extent))
    position = matcher._baseoffset - matcher._startoffset
    found: list[Block] = []
    while True:
        (length,) = _INT.unpack_from(whole, position)
        last_block = length < 0
        length = -length if last_block else length
        start = position + _INT.size
        end = start + length
        if end > len(whole):
            raise ValueError("a posting block runs past the word's postings")
        # The header is a pickled six-tuple of small numbers, well under 64 bytes.
        header = io.BytesIO(whole[start : min(end, start + 64)])
        count, last, _maxweight, compression, _minlen, _maxlen = pickle.load(header)
        found.append(Block(count, last, bool(compression), whole[start + header.tell() : end]))
        if last_block:
            return found
        position = end


def read_arrays(
    matcher: whoosh3.W3LeafMatcher, chosen: list[Block] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The documents (int64, ascending) and weights (float64) of the word's postings,
    of every block or of the `chosen` ones, as Whoosh's matcher reads them."""
    import numpy as np  # here, not at import: a run that never searches does without it

    gaps: list[int] = []
    counts: list[int] = []
    weights: list[float] = []
    for block in blocks(matcher) if chosen is None else chosen:
        ids, block_weights = _gaps_and_weights(block.data, block.compressed, block.count)
        if len(ids) != block.count:
            raise ValueError("a posting block holds another number of documents")
        gaps.extend(ids)
        counts.append(block.count)
        weights.extend(_weights(block_weights, block.count))
    if not counts:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    docs = np.array(gaps, dtype=np.int64)
    if not matcher._byteids:
        # Each block's first entry is its first document, the others gaps: a running
        # sum over all blocks, less the sum before each block, gives the documents.
        sums = np.cumsum(docs)
        ends = np.cumsum(counts)
        before = np.concatenate(([0], sums[ends[:-1] - 1]))
        docs = sums - np.repeat(before, counts)
    return docs, np.array(weights, dtype=np.float64)


def _weights(stored: object, count: int) -> Sequence[float]:
    """A block's weights as Whoosh's `_read_weights` gives them: one weight for the
    whole block is held as a 32-bit float, a tuple as it is."""
    if stored is None:
        return [1.0] * count
    if isinstance(stored, float):
        return array("f", [stored]).tolist() * count
    if not isinstance(stored, tuple) or len(stored) != count:
        raise ValueError("a posting block holds another number of weights")
    return stored


def read_block_ids(matcher: whoosh3.W3LeafMatcher) -> None:
    """Whoosh's `_read_ids` for the current block, which also sets its weights: the
    positions are unpickled only if something asks for them (`_read_values`)."""
    raw = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
    stored, weights = _gaps_and_weights(raw, bool(matcher._compression), matcher._blocklength)
    count = matcher._blocklength
    if len(stored) != count:
        raise ValueError("a posting block holds another number of documents")
    matcher._ids = stored if matcher._byteids else tuple(accumulate(stored))
    if weights is None:
        matcher._weights = array("f", [1.0]) * count
    elif isinstance(weights, float):
        matcher._weights = array("f", [weights]) * count
    else:
        matcher._weights = weights


def _gaps_and_weights(
    raw: bytes | memoryview, compressed: bool, count: int
) -> tuple[tuple[int, ...], object]:
    """A block's stored document gaps and weights, its positions not unpickled."""
    inflater = zlib.decompressobj() if compressed else None
    data = inflater.decompress(raw, _INFLATE_STEP) if inflater else bytes(raw)
    while True:
        begins = _positions_start(data)
        if begins is not None:
            # Before the positions' first value: a MARK when the tuple has more
            # than three values (TUPLE1-3 close the shorter ones, with no MARK).
            if count > 3:
                if data[begins - 1 : begins] != b"(":
                    break
                begins -= 1
            try:
                found = pickle.loads(data[:begins] + _TUPLE3_END)
            except pickle.UnpicklingError:
                break
            return found[0], found[1]
        if inflater is None or not inflater.unconsumed_tail:
            break
        data += inflater.decompress(inflater.unconsumed_tail, _INFLATE_STEP)
    if inflater is not None:
        data += inflater.decompress(inflater.unconsumed_tail) + inflater.flush()
    found = pickle.loads(data)
    return found[0], found[1]


def _positions_start(data: bytes) -> int | None:
    found = [at for at in (data.find(mark) for mark in _ENCODED_BYTES) if at > 0]
    return min(found) if found else None
