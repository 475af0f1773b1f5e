"""Field lengths held in memory for the searchers the query API keeps open.

BM25 needs each matching document's field length. Whoosh reads it from the
segment file one document at a time, and without mmap (see `Library.ix`) that
is a seek and a read per scored document: about a fifth of a common query's
time. A length is one byte per document and field, so holding the columns of
the searched fields costs 100 KB per field at 100k articles.

This reaches into Whoosh's segment readers (the version is pinned); if their
shape is not the expected one, lengths are simply read as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from whoosh.searching import Searcher

__all__ = ["keep_lengths_in_memory"]


def keep_lengths_in_memory(searcher: Searcher, fieldnames: Iterable[str]) -> None:
    """Load the length columns of `fieldnames` in every segment of `searcher`."""
    wanted = [name for name in fieldnames if name in searcher.schema]
    for leaf, _base in searcher.reader().leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        if perdoc is not None:
            for name in wanted:
                _load_lengths(perdoc, name)


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
