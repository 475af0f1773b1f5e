"""Whoosh columns read whole, instead of one document at a time.

Field lengths are held in memory for the searchers the query API keeps open,
and for the writer while it writes a new segment's postings.

BM25 needs each matching document's field length. Whoosh reads it from the
segment file one document at a time, and without mmap (see `Library.ix`) that
is a seek and a read per scored document: about a fifth of a common query's
time. A length is one byte per document and field, so holding the columns of
the searched fields costs 100 KB per field at 100k articles.

Numeric columns (the day every document sorts by) are read with one read per
segment: reading them value by value took 0.25 s for 100k articles and 0.9 s
for their 390k dated events.

This reaches into Whoosh's segment readers (the version is pinned); if their
shape is not the expected one, values are read one at a time as before.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from whoosh.searching import Searcher

__all__ = [
    "bytes_column",
    "bytes_column_whole",
    "keep_lengths_in_memory",
    "lengths_in_memory_at_flush",
    "numeric_column",
]


def keep_lengths_in_memory(searcher: Searcher, fieldnames: Iterable[str]) -> None:
    """Load the length columns of `fieldnames` in every segment of `searcher`."""
    wanted = [name for name in fieldnames if name in searcher.schema]
    for leaf, _base in searcher.reader().leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        if perdoc is not None:
            for name in wanted:
                _load_lengths(perdoc, name)


def lengths_in_memory_at_flush(writer: Any) -> None:
    """Let a Whoosh writer read the new segment's field lengths from memory as it writes.

    Writing the postings looks up the field length of the document of every
    posting (1.4 million lookups for 10,000 Reuters articles), each a read of
    the per-document file just written; the columns are one byte a document.
    """
    opened = writer.per_document_reader

    def per_document_reader() -> Any:
        perdoc = opened()
        for name, field in writer.schema.items():
            if field.scorable:
                _load_lengths(perdoc, name)
        return perdoc

    writer.per_document_reader = per_document_reader


def _load_lengths(perdoc: object, fieldname: str) -> None:
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        column_name = _lenfield(fieldname)
        reader = perdoc._cached_reader(column_name, LENGTHS_COLUMN)  # type: ignore[attr-defined]
        if reader is None or reader._typecode != "B":
            return
        stored = reader._dbfile.get(reader._basepos, reader._count)
        # Documents past the stored ones have length 0, as Whoosh's reader says.
        padding = bytes(max(0, perdoc.doc_count_all() + 1 - len(stored)))  # type: ignore[attr-defined]
        perdoc._readers[column_name] = stored + padding  # type: ignore[attr-defined]
    except (AttributeError, ImportError, OSError):
        return


def numeric_column(searcher: Searcher, fieldname: str) -> Sequence[int]:
    """Every document's value in a numeric column, indexed by the searcher's document number.

    Kept in the column's own type as long as every segment has it: widening
    each value to 64 bits went through a Python integer apiece, 30-50 ms per
    column at 20k articles against 0.3 ms for the read itself.
    """
    values: array | None = None
    for base, segment in _segments(searcher, fieldname, _whole_numbers):
        if len(values or ()) != base:  # segments must follow each other without gaps
            raise ValueError(f"segment at {base} after {len(values or ())} documents")
        if values is None and isinstance(segment, array):
            values = segment
        elif (
            isinstance(segment, array)
            and values is not None
            and segment.typecode == values.typecode
        ):
            values.extend(segment)
        else:
            values = array("q", values or ())
            values.extend(segment)
    return values if values is not None else array("q")


def deleted_docnums(searcher: Searcher) -> set[int]:
    """The searcher's deleted documents: a column holds them too, a posting list does not."""
    deleted: set[int] = set()
    for leaf, base in searcher.reader().leaf_readers():
        if leaf.has_deletions():
            deleted.update(base + n for n in leaf.deleted_docs_set)
    return deleted


def bytes_column(searcher: Searcher, fieldname: str) -> Iterator[bytes]:
    """Every document's value in a bytes column (such as a sortable ID), in document order.

    Each segment's values are read with one read and sliced; the caller
    decides what to keep, so nothing the size of the column stays in memory.
    """
    for _base, segment in _segments(searcher, fieldname, _whole_bytes):
        yield from segment


def bytes_column_whole(searcher: Searcher, fieldname: str) -> tuple[Any, Any, Any] | None:
    """A bytes column as one buffer, with each document's start and length in it.

    As NumPy arrays (uint8 buffer, int64 starts, int32 lengths), for work done on
    the whole column without a bytes object per document (560k of them for the
    article ids at 100k articles). None when a segment's column cannot be read
    whole: the caller reads it value by value.
    """
    import numpy as np

    blob = bytearray()
    starts: list[Any] = []
    lengths: list[Any] = []
    size = 0
    for leaf, _base in searcher.reader().leaf_readers():
        count = leaf.doc_count_all()
        try:
            perdoc = leaf._perdoc  # type: ignore[attr-defined]
            if not perdoc.has_column(fieldname):
                return None
            reader = perdoc.column_reader(fieldname, leaf.schema[fieldname].column_type)
            offsets = np.asarray(reader._offsets, dtype=np.int64)
            sizes = np.asarray(reader._lengths, dtype=np.int32)
            if len(sizes) != count or len(offsets) != count:
                return None
            length = int(offsets[-1] + sizes[-1]) if count else 0
            part = reader._dbfile.get(reader._basepos, length)
        except (AttributeError, IndexError, KeyError, OSError, TypeError, ValueError):
            return None
        if len(part) != length:
            return None
        offsets += size
        starts.append(offsets)
        lengths.append(sizes)
        blob += part
        size += length
    joined = np.frombuffer(blob, dtype=np.uint8)
    return (
        joined,
        np.concatenate(starts) if starts else np.empty(0, dtype=np.int64),
        np.concatenate(lengths) if lengths else np.empty(0, dtype=np.int32),
    )


def _segments(
    searcher: Searcher, fieldname: str, read_whole: Callable[[Any, int], Iterable | None]
) -> Iterator[tuple[int, Iterable]]:
    """(first document number, values) per segment: read whole, else one at a time."""
    for leaf, base in searcher.reader().leaf_readers():
        count = leaf.doc_count_all()
        values = None
        try:
            perdoc = leaf._perdoc  # type: ignore[attr-defined]
            if perdoc.has_column(fieldname):
                reader = perdoc.column_reader(fieldname, leaf.schema[fieldname].column_type)
                values = read_whole(reader, count)
        except (AttributeError, IndexError, KeyError, OSError, TypeError, ValueError):
            values = None
        if values is None:
            column = leaf.column_reader(fieldname, translate=False)
            values = (column[n] for n in range(count))
        yield base, values


def _whole_numbers(reader: Any, count: int) -> array | None:
    stored = reader._count
    numbers = array(reader._typecode)
    if numbers.itemsize != reader._fixedlen:
        return None
    numbers.frombytes(reader._dbfile.get(reader._basepos, stored * reader._fixedlen))
    if sys.byteorder == "little":  # Whoosh writes them big-endian
        numbers.byteswap()
    numbers.extend([reader._default] * (count - stored))
    return numbers


def _whole_bytes(reader: Any, count: int) -> Iterator[bytes] | None:
    offsets, lengths = reader._offsets, reader._lengths
    if len(lengths) != count:
        return None
    blob = reader._dbfile.get(reader._basepos, (offsets[-1] + lengths[-1]) if count else 0)
    return (blob[offset : offset + length] for offset, length in zip(offsets, lengths, strict=True))
