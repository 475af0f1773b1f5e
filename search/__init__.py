"""Everything that is not UI: corpus loading, extraction, the Whoosh index and queries.

This package never imports Textual or Rich, so the CLI's script subcommands stay
fast and the core can be used as a plain library. Front ends import from here.
"""

from .errors import CorpusPathError, IndexLockedError, IndexUnusableError, NewsExploreError
from .index.library import Hit, Library, Progress, SearchResults, UpdateSummary
from .index.snippets import Snippet
from .index.syntax import check_syntax
from .models import Article, Event, FileLoad, Problem, Quote, Span, Speaker
from .paths import bundled_seeds, default_index_dir
from .safe import printable, printable_same_length

__all__ = [
    "Article",
    "CorpusPathError",
    "Event",
    "FileLoad",
    "Hit",
    "IndexLockedError",
    "IndexUnusableError",
    "Library",
    "NewsExploreError",
    "Problem",
    "Progress",
    "Quote",
    "SearchResults",
    "Snippet",
    "Speaker",
    "Span",
    "UpdateSummary",
    "bundled_seeds",
    "check_syntax",
    "default_index_dir",
    "printable",
    "printable_same_length",
]
