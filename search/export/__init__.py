"""What leaves the app for other tools: records, citations and the files they go in.

The columns of each kind of item (search hits, quotes, dated sentences,
marks) are defined once here, so the CLI's output and the TUI's exports carry
the same columns; exports add each item's citation and the user's note and
tags. Citations are the text a user pastes into a piece: the words, who said
them and where they were published.

It may import `store` (marks and what they are cited with) and the shared
values at the top of `search/`; nothing below may import it.
"""

from .cite import cite_markdown, cite_plain, cited_date
from .records import (
    EVENT_COLUMNS,
    MARK_COLUMNS,
    QUOTE_COLUMNS,
    SPEAKER_COLUMNS,
    ExportItem,
    event_record,
    hit_record,
    mark_record,
    quote_record,
    speaker_record,
    with_citation,
)
from .writers import EXPORT_FORMATS, EXPORT_SUFFIXES, write_items, write_records

__all__ = [
    "EVENT_COLUMNS",
    "EXPORT_FORMATS",
    "EXPORT_SUFFIXES",
    "ExportItem",
    "QUOTE_COLUMNS",
    "MARK_COLUMNS",
    "SPEAKER_COLUMNS",
    "cite_markdown",
    "cite_plain",
    "cited_date",
    "event_record",
    "hit_record",
    "mark_record",
    "quote_record",
    "speaker_record",
    "with_citation",
    "write_items",
    "write_records",
]
