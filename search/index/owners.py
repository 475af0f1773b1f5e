"""Each document's article, and the documents of some articles, as arrays.

Filtering the timeline by a query keeps the events of the articles the query
matches, so every document needs its article's document number. Matching the
article id of each of 560k documents (100k articles) against a dictionary of
the articles' ids took 250-370 ms in Python, on a thread beside the user's
first keystrokes.

An article's quotes and events are written right after it, so the article of
a document is nearly always the nearest live article before it. That guess is
made for every document at once and then checked byte for byte against the
ids in the column; only the documents it is wrong for (those of an article
written again on its own, deleted ones) are looked up by id. The map is the
one the dictionary gives, at about a tenth of its cost.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Collection, Iterable
from typing import Any

__all__ = [
    "article_owners",
    "coded",
    "docnum_mask",
    "keys_kept",
    "owned_by",
    "values_in",
]

_SHIFT = 32
_LOW_BITS = (1 << _SHIFT) - 1


def article_owners(blob: Any, starts: Any, lengths: Any, articles: Any) -> array:
    """For every document, the number of the live article with its article id (-1 for none).

    Args:
        blob, starts, lengths: the article id column, as `memcolumns.bytes_column_whole`
            gives it (every document's id is `blob[start : start + length]`).
        articles: the document numbers of the live articles, a NumPy array (their
            ids are unique: the index gives a record reusing an id one of its own).
    """
    import numpy as np

    count = len(lengths)
    marked = np.zeros(count, dtype=bool)
    marked[articles] = True
    # 32-bit throughout: the map is held at 32 bits, and a build beside the
    # user's keystrokes should not double the process's memory for a moment.
    owners = np.where(marked, np.arange(count, dtype=np.int32), np.int32(-1))
    np.maximum.accumulate(owners, out=owners)  # the nearest article before, as a guess
    guessed = np.flatnonzero(owners >= 0).astype(np.int32)
    wrong = guessed[~_same_ids(blob, starts, lengths, guessed, owners[guessed])]
    owners[wrong] = -1
    left = np.flatnonzero(owners < 0)
    if len(left):
        owners[left] = _looked_up(blob, starts, lengths, left, marked)
    return array("i", owners.tobytes())


CHUNK = 1 << 16
"""Documents whose ids are compared in one step: the arrays of a step stay under 4 MB."""


def _same_ids(blob: Any, starts: Any, lengths: Any, docs: Any, others: Any) -> Any:
    """Whether each document of `docs` has the same id as the one at the same place in
    `others`, compared eight bytes at a time.

    The column is read as overlapping 8-byte words, one starting at each byte,
    so an id of up to 8 bytes is one comparison, of up to 24 three.
    """
    import numpy as np

    padded = np.concatenate((blob, np.zeros(8, dtype=np.uint8)))
    words = np.ndarray((len(blob) + 1,), dtype="<u8", buffer=padded, strides=(1,))
    masks = np.array([(1 << (8 * size)) - 1 for size in range(9)], dtype=np.uint64)
    same = np.empty(len(docs), dtype=bool)
    for first in range(0, len(docs), CHUNK):
        mine, theirs = docs[first : first + CHUNK], others[first : first + CHUNK]
        left = lengths[mine]
        found = same[first : first + CHUNK]
        found[:] = left == lengths[theirs]
        compared = np.flatnonzero(found & (mine != theirs))
        mine, theirs, left = starts[mine[compared]], starts[theirs[compared]], left[compared]
        while len(compared):
            mask = masks[np.minimum(left, 8)]
            differing = (words[mine] ^ words[theirs]) & mask != 0
            found[compared[differing]] = False
            going = ~differing & (left > 8)
            compared, mine, theirs = compared[going], mine[going] + 8, theirs[going] + 8
            left = left[going] - 8
    return same


def _looked_up(blob: Any, starts: Any, lengths: Any, docs: Any, marked: Any) -> Any:
    """The article of each of `docs` found by its id among the live articles' ids."""
    import numpy as np

    raw = blob.tobytes()

    def id_of(n: int) -> bytes:
        return raw[starts[n] : starts[n] + lengths[n]]

    article_of = {id_of(n): n for n in np.flatnonzero(marked).tolist()}
    return np.fromiter(
        (article_of.get(id_of(n), -1) for n in docs.tolist()), dtype=np.int32, count=len(docs)
    )


def docnum_mask(docnums: Iterable[int], size: int) -> Any:
    """A NumPy bool array over `size` document numbers, True at `docnums`.

    One slot more than `size`, always False: an owner of -1 (no article)
    looks up that slot and is never kept.
    """
    import numpy as np

    mask = np.zeros(size + 1, dtype=bool)
    if isinstance(docnums, np.ndarray):
        mask[docnums] = True
        return mask
    found = docnums if isinstance(docnums, Collection) else list(docnums)
    if len(found):
        mask[np.fromiter(found, dtype=np.int64, count=len(found))] = True
    return mask


def owned_by(articles: Any, owners: array) -> Any:
    """A mask like `docnum_mask`'s of the documents whose article is True in `articles`
    (itself such a mask; an owner of -1 reads its last slot, which is False)."""
    import numpy as np

    mine = articles[np.frombuffer(owners, dtype=owners.typecode)] if len(owners) else articles[:0]
    return np.append(mine, False)


def coded(codes: array, flags: dict[int, int]) -> bytearray:
    """A byte per document: `flags[code]` for its code in the column `codes`, else 0."""
    import numpy as np

    found = np.frombuffer(codes, dtype=codes.typecode) if len(codes) else np.empty(0, np.int8)
    made = np.zeros(len(found), dtype=np.uint8)
    for code, flag in flags.items():
        made[found == code] = flag
    return bytearray(made.tobytes())


def values_in(values: bytes | bytearray, wanted: Collection[int]) -> Any:
    """A mask like `docnum_mask`'s of the documents whose byte in `values` is one of `wanted`."""
    import numpy as np

    table = np.zeros(256, dtype=bool)
    table[list(wanted)] = True
    return np.append(table[np.frombuffer(values, dtype=np.uint8)], False)


def keys_kept(keys: array, kept: Any | None, day_test: Callable[[int], bool] | None) -> array:
    """The packed `day << 32 | docnum` keys whose document is True in `kept` (a bool
    array by document number) and whose day passes `day_test`, in their order.

    The keys are in day order, so `day_test` is asked once per distinct day.
    """
    import numpy as np

    packed = np.frombuffer(keys, dtype=np.int64) if len(keys) else np.empty(0, dtype=np.int64)
    chosen = np.ones(len(packed), dtype=bool) if kept is None else kept[packed & _LOW_BITS]
    if day_test is not None and len(packed):
        days = packed >> _SHIFT
        firsts = np.concatenate(([0], np.flatnonzero(np.diff(days)) + 1))
        passed = np.fromiter((day_test(int(day)) for day in days[firsts]), dtype=bool)
        chosen &= np.repeat(passed, np.diff(np.append(firsts, len(days))))
    return array("q", packed[chosen].tobytes())
