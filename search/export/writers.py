"""Records into CSV, JSON, JSONL or Markdown, for the CLI's stdout and the app's export files.

CSV cells that a spreadsheet would run as a formula (starting `=`, `+`, `-`,
`@`) are prefixed with an apostrophe: an export of untrusted corpus text must
not execute when opened. Markdown is written for reading, one item a block
with its citation, note and tags.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ..safe import csv_cell, json_text, printable
from ..store import shown_tag
from .cite import cite_markdown, speaker_markdown
from .records import ExportItem

__all__ = ["EXPORT_FORMATS", "EXPORT_SUFFIXES", "write_items", "write_records"]

EXPORT_FORMATS = ("csv", "json", "jsonl", "md")
EXPORT_SUFFIXES = {"csv": ".csv", "json": ".json", "jsonl": ".jsonl", "md": ".md"}


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    out: TextIO,
    columns: Sequence[str] = (),
) -> None:
    """Write plain records (no citation) as `json`, `jsonl` or `csv`.

    `columns` head a CSV even when there are no records, so a script reading
    it finds the same header whether or not anything matched. Records given
    as a stream rather than a list are written as they come, never all held.
    """
    if fmt == "json":
        _write_json(records, out)
    elif fmt == "csv":
        _write_csv(records, out, columns)
    else:
        for record in records:
            out.write(json_text(record) + "\n")


def write_items(
    items: Iterable[ExportItem], fmt: str, out: TextIO, columns: Sequence[str] = ()
) -> None:
    """Write export items in any of `EXPORT_FORMATS`; Markdown cites each one.

    `columns` head a CSV even when there is no item, as in `write_records`.
    Items given as a stream are written one at a time (an export of a whole
    timeline need not hold its 56,000 rows).
    """
    if fmt == "md":
        _write_markdown(items, out)
    elif isinstance(items, Sequence):
        write_records([item.record for item in items], fmt, out, columns)
    else:
        write_records((item.record for item in items), fmt, out, columns)


def _write_json(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One JSON array, as `json.dumps(list, indent=2)` writes it, an element at a time:
    a JSON string holds no raw line break, so indenting each line of an element is
    indenting the element."""
    opened = False
    for record in records:
        out.write(",\n" if opened else "[\n")
        out.write("\n".join(f"  {line}" for line in json_text(record, indent=2).split("\n")))
        opened = True
    out.write("\n]\n" if opened else "[]\n")


def _write_csv(records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str]) -> None:
    """A list's header names every column any of its records has (a search's quote hits
    add the quote's to its articles'); a stream cannot be read ahead, so its rows, all
    of one kind, share the columns of the first."""
    if isinstance(records, Sequence):
        names = list(dict.fromkeys([*columns, *(name for record in records for name in record)]))
    else:
        records = iter(records)
        first = next(records, None)
        names = list(dict.fromkeys([*columns, *(first or ())]))
        records = itertools.chain([first] if first is not None else [], records)
    if not names:
        return
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({name: csv_cell(value) for name, value in record.items()})


def _write_markdown(items: Iterable[ExportItem], out: TextIO) -> None:
    out = _Printable(out)
    for number, item in enumerate(items, start=1):
        if item.target is None:
            out.write(f"{number}. {speaker_markdown(item.record)}\n\n")
            continue
        changed = " · **date changed since marked**" if item.target.citation.date_changed else ""
        out.write(f"{number}. {item.target.kind} `{item.target.article_id}`{changed}\n\n")
        out.write(cite_markdown(item.target) + "\n")
        if item.mark is not None and item.mark.note:
            out.write("\nNote: " + item.mark.note.replace("\n", "\n  ") + "\n")
        if item.mark is not None and item.mark.tags:
            # As the collection and `marks` show them, so a tag of two words reads as one.
            out.write("\nTags: " + " ".join(shown_tag(tag) for tag in item.mark.tags) + "\n")
        out.write("\n")


class _Printable:
    """A stream that writes only printable text: Markdown is read on a terminal too."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(printable(text))
