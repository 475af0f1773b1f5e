"""Records into CSV, JSON, JSONL or Markdown, for the CLI's stdout and the app's export files.

CSV cells that a spreadsheet would run as a formula (starting `=`, `+`, `-`,
`@`) are prefixed with an apostrophe: an export of untrusted corpus text must
not execute when opened. Markdown is written for reading, one item a block
with its citation, note and tags.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from .cite import cite_markdown
from .records import ExportItem

__all__ = ["EXPORT_FORMATS", "EXPORT_SUFFIXES", "write_items", "write_records"]

EXPORT_FORMATS = ("csv", "json", "jsonl", "md")
EXPORT_SUFFIXES = {"csv": ".csv", "json": ".json", "jsonl": ".jsonl", "md": ".md"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_records(records: Sequence[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Write plain records (no citation) as `json`, `jsonl` or `csv`."""
    if fmt == "json":
        json.dump(list(records), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        _write_csv(records, out)
    else:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_items(items: Sequence[ExportItem], fmt: str, out: TextIO) -> None:
    """Write export items in any of `EXPORT_FORMATS`; Markdown cites each one."""
    if fmt == "md":
        _write_markdown(items, out)
    else:
        write_records([item.record for item in items], fmt, out)


def _write_csv(records: Sequence[dict[str, Any]], out: TextIO) -> None:
    if not records:
        return
    columns = list(dict.fromkeys(name for record in records for name in record))
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({name: _cell(value) for name, value in record.items()})


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        value = "; ".join(str(part) for part in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_markdown(items: Iterable[ExportItem], out: TextIO) -> None:
    for number, item in enumerate(items, start=1):
        out.write(f"{number}. {item.target.kind} `{item.target.article_id}`\n\n")
        out.write(cite_markdown(item.target) + "\n")
        if item.mark is not None and item.mark.note:
            out.write("\nNote: " + item.mark.note.replace("\n", "\n  ") + "\n")
        if item.mark is not None and item.mark.tags:
            out.write("\nTags: " + ", ".join(item.mark.tags) + "\n")
        out.write("\n")
