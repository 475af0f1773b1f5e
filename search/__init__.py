"""Everything that is not UI: corpus loading, extraction, the Whoosh index and queries.

This package never imports Textual or Rich, so the CLI's script subcommands stay
fast and the core can be used as a plain library. Front ends import from here.

The packages, each importing only those below it:

    index/      the Whoosh index, its incremental update and the query API (`Library`)
    quotes/     quotation marks, cues and attribution inside one article
    speakers/   speakers merged across articles
    dates/      temporal expressions and their resolution
    corpus/     files and records into `Article`s
    store/      what the user adds (marks, notes, tags, search history), in SQLite
    models, errors, paths, safe   shared plain values and helpers, importing nothing
"""

from .errors import CorpusPathError, IndexLockedError, IndexUnusableError, NewsExploreError
from .index import (
    Hit,
    Library,
    Progress,
    SearchResults,
    Snippet,
    UpdateSummary,
    Waiting,
    check_syntax,
)
from .models import (
    FUTURE_REF,
    PAST_REF,
    PRESENT_REF,
    Article,
    Event,
    FileLoad,
    Problem,
    Quote,
    Span,
    Speaker,
)
from .paths import bundled_seeds, default_index_dir, default_store_path
from .safe import printable, printable_same_length
from .store import (
    Citation,
    Mark,
    ReanchorReport,
    SavedSearch,
    Target,
    UserStore,
    article_target,
    event_target,
    quote_target,
)

__all__ = [
    "FUTURE_REF",
    "PAST_REF",
    "PRESENT_REF",
    "Article",
    "Citation",
    "CorpusPathError",
    "Event",
    "FileLoad",
    "Hit",
    "IndexLockedError",
    "IndexUnusableError",
    "Library",
    "Mark",
    "NewsExploreError",
    "Problem",
    "Progress",
    "Quote",
    "ReanchorReport",
    "SavedSearch",
    "SearchResults",
    "Snippet",
    "Speaker",
    "Span",
    "Target",
    "UpdateSummary",
    "UserStore",
    "Waiting",
    "article_target",
    "bundled_seeds",
    "check_syntax",
    "default_index_dir",
    "default_store_path",
    "event_target",
    "printable",
    "printable_same_length",
    "quote_target",
]
