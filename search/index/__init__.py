"""The Whoosh index and the query API every front end calls.

Holds the schema and how articles, quotes and events become documents, the
incremental update (records, lock, verified commits), the query language, snippets,
and the speed-ups over Whoosh that keep a 100k-article corpus responsive.
`Library` is the one entry point: the TUI and the CLI never touch Whoosh.
It is the top of the dependency chain and may import every other package of
`search/`; none of them may import it.
"""

from .build_bar import BuildBar, duration
from .extraction import extraction_cut
from .folders import HeldIndex, IndexState, held_indexes, index_dir_for, remove_index
from .library import Hit, Library, SearchResults
from .pending import PendingUpdate
from .snippets import Snippet
from .sortdays import is_day, spills, wider_than_a_year
from .syntax import FIELDS as QUERY_FIELDS
from .syntax import check_syntax, split_filters
from .timeline import (
    TimelineGroup,
    TimelinePage,
    TypedDatesOrigin,
    period_distance,
    period_key,
    spans_overlap,
    value_span,
)
from .update import Progress, UpdateSummary, Waiting

__all__ = [
    "BuildBar",
    "QUERY_FIELDS",
    "HeldIndex",
    "Hit",
    "IndexState",
    "Library",
    "PendingUpdate",
    "Progress",
    "SearchResults",
    "Snippet",
    "TimelineGroup",
    "TimelinePage",
    "TypedDatesOrigin",
    "UpdateSummary",
    "Waiting",
    "check_syntax",
    "duration",
    "extraction_cut",
    "held_indexes",
    "index_dir_for",
    "remove_index",
    "split_filters",
    "period_distance",
    "period_key",
    "spans_overlap",
    "value_span",
    "is_day",
    "spills",
    "wider_than_a_year",
]
