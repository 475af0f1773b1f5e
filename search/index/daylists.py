"""Documents of one kind in day order, packed for a long-lived searcher.

Date filters, "newest first" and the timeline's order all walk the same list
of (day, document) built once per searcher. At 100k articles the event list
holds about 400k entries; as tuples it was 400k objects for Python's garbage
collector to scan, and each full collection stalled the app for 50–60 ms.
Packed as `day << 32 | docnum` in an array they are 8 bytes each and invisible
to the collector, and sorting plain integers is faster than sorting tuples.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence

__all__ = ["ByOwner", "DayList", "unpack"]

_SHIFT = 32
_LOW_BITS = (1 << _SHIFT) - 1


class DayList:
    """(day, docnum) pairs sorted by day, then document number."""

    def __init__(self, docnums: Iterable[int], days: Sequence[int]) -> None:
        keys = [days[n] << _SHIFT | n for n in docnums]
        keys.sort()
        self._keys = array("q", keys)

    @classmethod
    def of_kind(
        cls, codes: array, days: array, wanted: Collection[int], deleted: Collection[int]
    ) -> DayList:
        """The live documents whose kind code is one of `wanted`, from whole columns.

        Done on the columns as arrays: the same list built a document at a time
        took 203 ms for the 282k dates mentioned of 100k articles (24 ms this
        way), at every start and after every update, before the timeline could
        show anything. NumPy is imported here, by the first list a process
        needs: about 0.1 s that commands needing none should not pay.
        """
        import numpy as np

        kinds = np.frombuffer(codes, dtype=codes.typecode) if len(codes) else np.empty(0, "q")
        chosen = np.isin(kinds, np.fromiter(wanted, "q", len(wanted)))
        if deleted:
            chosen[np.fromiter(deleted, "q", len(deleted))] = False
        docnums = np.flatnonzero(chosen).astype("q")
        on = (
            np.frombuffer(days, dtype=days.typecode)[docnums].astype("q")
            if len(docnums)
            else docnums
        )
        keys = np.sort(on << _SHIFT | docnums)
        made = cls((), ())
        made._keys.frombytes(keys.tobytes())
        return made

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def keys(self) -> array:
        """The packed `day << 32 | docnum` keys, in order (not to be changed)."""
        return self._keys

    def span(self, low: int, high: int) -> range:
        """Positions of the entries whose day lies in [low, high]."""
        start = bisect_left(self._keys, low << _SHIFT)
        end = bisect_right(self._keys, high << _SHIFT | _LOW_BITS)
        return range(start, end)

    def pairs(self, positions: Iterable[int] | None = None) -> Iterator[tuple[int, int]]:
        """(day, docnum) in day order, over all entries or the given positions."""
        keys = self._keys
        for index in positions if positions is not None else range(len(keys)):
            key = keys[index]
            yield key >> _SHIFT, key & _LOW_BITS

    def docnums(self, positions: range) -> set[int]:
        keys = self._keys
        return {keys[index] & _LOW_BITS for index in positions}


class ByOwner:
    """The entries of a `DayList` grouped by the article each belongs to.

    Filtering the timeline by a query walked every event of the corpus (390k
    at 100k articles, 0.3-0.8 s) to keep those of the matching articles. When
    a query matches a few thousand articles, gathering just their events and
    sorting those is a hundred times less work.
    """

    def __init__(self, day_list: DayList, owners: array, articles: int) -> None:
        """Counted and grouped as arrays (see `DayList.of_kind`): a key at a time it took
        about 0.5 s at 100k articles, on a thread beside the user's first keystrokes."""
        import numpy as np

        keys = np.frombuffer(day_list._keys, dtype="q")
        # -1 (no article) lands in slot 0.
        slots = np.frombuffer(owners, dtype=owners.typecode)[keys & _LOW_BITS] + 1
        counts = np.bincount(slots, minlength=articles + 1)
        starts = np.zeros(articles + 2, dtype="q")
        np.cumsum(counts, out=starts[1:])
        # A stable sort keeps each article's keys in day order.
        grouped = keys[np.argsort(slots, kind="stable")]
        self._starts = array("q", starts.tobytes())
        self._grouped = array("q", grouped.tobytes())

    def keys_of(self, owners: Iterable[int]) -> list[int]:
        """Packed keys of the entries of these articles, in day order."""
        starts, grouped = self._starts, self._grouped
        found: list[int] = []
        for owner in owners:
            found.extend(grouped[starts[owner + 1] : starts[owner + 2]])
        found.sort()
        return found


def unpack(keys: Iterable[int]) -> Iterator[tuple[int, int]]:
    """(day, docnum) for packed keys."""
    for key in keys:
        yield key >> _SHIFT, key & _LOW_BITS
