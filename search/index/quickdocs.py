"""Whoosh's `add_document` for the build, with a repeated field value's terms made once.

Every quote and dated event of an article is a document of its own that
carries the article's id, source and date again, and its kind; events are
the most numerous documents (4 to 5 an article on Reuters). Whoosh turns a
field value into its terms afresh for every document: a token through the
analyzer's generators for an id or a source, eight trie terms for a date.
Here the terms of a value already seen in the same field are taken from a
small table, and the rest of the work (the stored values, field lengths,
columns and postings) is Whoosh's, in Whoosh's order, so the index is the
same document for document and posting for posting.

Installed on one writer at a time, over the pinned Whoosh; a writer of
another class or shape (a subclass, a patched method), a schema with
spelling or vector fields, or a document with boosts goes through the
writer's own method.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh.writing import SegmentWriter

__all__ = ["quick_add_document"]

REMEMBERED = 4096
"""Values whose terms are kept, all fields together; the table starts again when full."""

_EXPECTED = ("_check_state", "_check_fields", "perdocwriter", "pool", "docnum", "schema")
_WHOOSHS = SegmentWriter.add_document
"""The Whoosh method the `add_document` here follows step by step; a writer whose class has
another (a subclass, a test that loses documents on purpose) is left alone."""


def quick_add_document(writer: Any) -> None:
    """Give `writer` (a Whoosh `SegmentWriter`) an `add_document` that makes a repeated
    value's terms once. Fields with a unique value per document (`id`) or whose text
    is indexed by `QuickPositions` (titles, article text, quotes) are indexed as before."""
    from .quickwords import QuickPositions

    if type(writer).add_document is not _WHOOSHS:
        return
    if not all(hasattr(writer, name) for name in _EXPECTED):
        return
    schema = writer.schema
    fields = dict(schema.items())
    if any(field.vector or field.separate_spelling() for field in fields.values()):
        return
    repeated = {
        name
        for name, field in fields.items()
        if field.indexed and not field.unique and not isinstance(field.format, QuickPositions)
    }
    terms: dict[tuple, list] = {}
    whooshs = writer.add_document

    def add_document(**values: Any) -> None:
        if any(name.startswith("_") for name in values):
            whooshs(**values)  # boosts and custom stored values: Whoosh's own way
            return
        writer._check_state()
        perdoc = writer.perdocwriter
        docnum = writer.docnum
        add_post = writer.pool.add
        names = sorted(values)
        writer._check_fields(schema, names)
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = values[name]
                if value is None:
                    continue
                field = fields[name]
                length = 0
                if field.indexed:
                    if name in repeated:
                        items = _terms(terms, field, name, value, repeated)
                    else:
                        items = field.index(value)
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        # Whoosh multiplies by the field's boost, 1.0 without a `_boost`.
                        add_post((name, tbytes, docnum, weight * 1.0, vbytes))
                perdoc.add_field(name, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdoc.add_column_value(name, column, field.to_column_value(value))
        except ValueError:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        writer._added = True
        writer.docnum += 1

    writer.add_document = add_document


def _terms(
    terms: dict[tuple, list], field: Any, name: str, value: Any, repeated: set[str]
) -> Iterable[tuple]:
    """The field's terms for `value`, made once; Whoosh's own for a value that cannot be a key.

    A field whose terms carry bytes (positions, frequencies) is left to Whoosh from its
    first value on: one bytes object shared by many postings pickles shorter than as
    many copies, and the posting file would differ from Whoosh's.
    """
    key = (name, type(value), value)
    try:
        found = terms.get(key)
    except TypeError:  # a list or dict value: no key, Whoosh indexes it as usual
        return field.index(value)
    if found is None:
        found = list(field.index(value))
        if any(vbytes for *_, vbytes in found):
            repeated.discard(name)
            return found
        if len(terms) >= REMEMBERED:
            terms.clear()
        terms[key] = found
    return found
