"""Everything that is not UI: corpus loading, extraction, the Whoosh index and queries.

This package never imports Textual or Rich, so the CLI's script subcommands stay
fast and the core can be used as a plain library. Front ends import from here.

The packages, each importing only those below it:

    index/      the Whoosh index, its incremental update and the query API (`Library`)
    quotes/     quotation marks, cues and attribution inside one article
    speakers/   speakers merged across articles
    dates/      temporal expressions and their resolution
    corpus/     files and records into `Article`s
    export/     records, citations and export files (CSV, JSON, JSONL, Markdown)
    store/      what the user adds (marks, notes, tags, search history, speaker
                corrections), in SQLite
    models, errors, paths, safe, anchor, counted   shared plain values and helpers,
                importing nothing but `models` (anchor: a marked or corrected span followed
                through an edit; counted: what an inferred date was counted from, in words)
"""

import datetime as _dt

from .corpus import ProblemGroup, group_problems, read_reference_date, summarise_problems
from .counted import counted_from_note, counted_from_text, dates_counted_from
from .errors import (
    CorpusPathError,
    IndexDamagedError,
    IndexIncompleteError,
    IndexLockedError,
    IndexUnusableError,
    NewsExploreError,
    StoreError,
)
from .export import (
    EVENT_COLUMNS,
    EXPORT_FORMATS,
    EXPORT_SUFFIXES,
    MARK_COLUMNS,
    QUOTE_COLUMNS,
    SPEAKER_COLUMNS,
    ExportItem,
    cite_markdown,
    cite_plain,
    cited_date,
    event_record,
    hit_record,
    mark_record,
    quote_record,
    speaker_record,
    with_citation,
    write_items,
    write_records,
)
from .index import (
    QUERY_FIELDS,
    HeldIndex,
    Hit,
    Library,
    PendingUpdate,
    Progress,
    SearchResults,
    Snippet,
    TimelineGroup,
    TimelinePage,
    TypedDatesOrigin,
    UpdateSummary,
    Waiting,
    check_syntax,
    extraction_cut,
    held_indexes,
    index_dir_for,
    is_day,
    period_distance,
    period_key,
    remove_index,
    spans_overlap,
    spills,
    split_filters,
    value_span,
    wider_than_a_year,
)
from .models import (
    FUTURE_REF,
    PAST_REF,
    PRESENT_REF,
    Article,
    Correction,
    Event,
    FileLoad,
    Period,
    Problem,
    Quote,
    Span,
    Speaker,
    published_value,
)
from .paths import bundled_seeds, default_index_dir, default_store_path, index_root
from .safe import csv_cell, json_text, printable, user_name
from .speakers import find_speaker, orphaned_correction
from .speakers.corrections import (
    SPEAKER_KINDS,
    correction_problems,
    lost_correction,
    split_refusal,
)
from .store import (
    Citation,
    Mark,
    ReanchorReport,
    RecentSearch,
    SavedSearch,
    Target,
    UserStore,
    article_target,
    dated_now,
    event_target,
    passage_target,
    quote_target,
    read_tag,
    read_tags,
    shown_tag,
    tag_list,
)

__all__ = [
    "read_tag",
    "read_tags",
    "shown_tag",
    "tag_list",
    "Correction",
    "find_speaker",
    "split_refusal",
    "SPEAKER_KINDS",
    "orphaned_correction",
    "correction_problems",
    "lost_correction",
    "EVENT_COLUMNS",
    "QUOTE_COLUMNS",
    "MARK_COLUMNS",
    "SPEAKER_COLUMNS",
    "FUTURE_REF",
    "PAST_REF",
    "PRESENT_REF",
    "Article",
    "published_value",
    "Citation",
    "EXPORT_FORMATS",
    "EXPORT_SUFFIXES",
    "ExportItem",
    "CorpusPathError",
    "Event",
    "FileLoad",
    "Hit",
    "IndexDamagedError",
    "IndexIncompleteError",
    "IndexLockedError",
    "IndexUnusableError",
    "StoreError",
    "Library",
    "Mark",
    "NewsExploreError",
    "PendingUpdate",
    "Period",
    "Problem",
    "ProblemGroup",
    "Progress",
    "Quote",
    "ReanchorReport",
    "RecentSearch",
    "SavedSearch",
    "SearchResults",
    "Snippet",
    "Speaker",
    "TimelineGroup",
    "TimelinePage",
    "TypedDatesOrigin",
    "Span",
    "Target",
    "UpdateSummary",
    "UserStore",
    "Waiting",
    "article_target",
    "bundled_seeds",
    "QUERY_FIELDS",
    "HeldIndex",
    "check_syntax",
    "held_indexes",
    "index_dir_for",
    "remove_index",
    "extraction_cut",
    "split_filters",
    "period_distance",
    "period_key",
    "spans_overlap",
    "value_span",
    "is_day",
    "spills",
    "wider_than_a_year",
    "cite_markdown",
    "cite_plain",
    "cited_date",
    "counted_from_note",
    "counted_from_text",
    "dates_counted_from",
    "default_index_dir",
    "index_root",
    "default_store_path",
    "event_record",
    "dated_now",
    "event_target",
    "group_problems",
    "hit_record",
    "mark_record",
    "passage_target",
    "csv_cell",
    "json_text",
    "printable",
    "user_name",
    "read_reference_date",
    "read_typed_date",
    "quote_record",
    "quote_target",
    "speaker_record",
    "summarise_problems",
    "with_citation",
    "write_items",
    "write_records",
]


def read_typed_date(text: str, reference: _dt.date | None = None) -> str | None:
    """The TimeML value of a date a user typed ("March 1987", "last week"), or None.

    A wrapper so that importing `search` does not compile the date rules: a
    front end pays for them only when someone first jumps to a date.
    """
    from .dates.typed import read_typed_date as read

    return read(text, reference)
