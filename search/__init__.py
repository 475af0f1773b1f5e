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
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


# Where each public name lives. Names are imported on first use, so that a front end
# pays only for the rooms it reaches: `newsexplore --version` or the app's first
# message need none of Whoosh, the corpus readers or the extraction rules.
_LAZY = {
    "ProblemGroup": ".corpus",
    "group_problems": ".corpus",
    "read_reference_date": ".corpus",
    "summarise_problems": ".corpus",
    "counted_from_note": ".counted",
    "counted_from_text": ".counted",
    "dates_counted_from": ".counted",
    "CorpusPathError": ".errors",
    "IndexDamagedError": ".errors",
    "IndexIncompleteError": ".errors",
    "IndexLockedError": ".errors",
    "IndexUnusableError": ".errors",
    "NewsExploreError": ".errors",
    "StoreError": ".errors",
    "EVENT_COLUMNS": ".export",
    "EXPORT_FORMATS": ".export",
    "EXPORT_SUFFIXES": ".export",
    "MARK_COLUMNS": ".export",
    "QUOTE_COLUMNS": ".export",
    "SPEAKER_COLUMNS": ".export",
    "ExportItem": ".export",
    "cite_markdown": ".export",
    "cite_plain": ".export",
    "cited_date": ".export",
    "event_record": ".export",
    "hit_record": ".export",
    "mark_record": ".export",
    "quote_record": ".export",
    "speaker_record": ".export",
    "with_citation": ".export",
    "write_items": ".export",
    "write_records": ".export",
    "QUERY_FIELDS": ".index",
    "HeldIndex": ".index",
    "Hit": ".index",
    "Library": ".index",
    "PendingUpdate": ".index",
    "Progress": ".index",
    "SearchResults": ".index",
    "Snippet": ".index",
    "TimelineGroup": ".index",
    "TimelinePage": ".index",
    "TypedDatesOrigin": ".index",
    "UpdateSummary": ".index",
    "Waiting": ".index",
    "check_syntax": ".index",
    "extraction_cut": ".index",
    "held_indexes": ".index",
    "index_dir_for": ".index",
    "is_day": ".index",
    "period_distance": ".index",
    "period_key": ".index",
    "remove_index": ".index",
    "spans_overlap": ".index",
    "spills": ".index",
    "split_filters": ".index",
    "value_span": ".index",
    "wider_than_a_year": ".index",
    "FUTURE_REF": ".models",
    "PAST_REF": ".models",
    "PRESENT_REF": ".models",
    "Article": ".models",
    "Correction": ".models",
    "Event": ".models",
    "FileLoad": ".models",
    "Period": ".models",
    "Problem": ".models",
    "Quote": ".models",
    "Span": ".models",
    "Speaker": ".models",
    "published_value": ".models",
    "bundled_seeds": ".paths",
    "default_index_dir": ".paths",
    "default_store_path": ".paths",
    "index_root": ".paths",
    "csv_cell": ".safe",
    "json_text": ".safe",
    "printable": ".safe",
    "user_name": ".safe",
    "find_speaker": ".speakers",
    "orphaned_correction": ".speakers",
    "SPEAKER_KINDS": ".speakers.corrections",
    "correction_problems": ".speakers.corrections",
    "lost_correction": ".speakers.corrections",
    "split_refusal": ".speakers.corrections",
    "Citation": ".store",
    "Mark": ".store",
    "ReanchorReport": ".store",
    "RecentSearch": ".store",
    "SavedSearch": ".store",
    "Target": ".store",
    "UserStore": ".store",
    "article_target": ".store",
    "dated_now": ".store",
    "event_target": ".store",
    "passage_target": ".store",
    "quote_target": ".store",
    "read_tag": ".store",
    "read_tags": ".store",
    "shown_tag": ".store",
    "tag_list": ".store",
}


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value
