"""The user's marks and history as the panes meet them, and what an export is.

Every pane draws a marked item with `badge` and the search box keeps its
history with `remember_query`; neither knows the user store, which hangs off
the app (`NewsExploreApp.store`, `marks_shown`, `history_walk`) and is found
through the node asking, so a pane in a test app without one simply shows no
marks. What the focused pane has selected or lists is read by
`screens/selecting.py`, which knows the panes; this module imports nothing of
the app, its screens or its widgets, so any of them can import it.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.dom import DOMNode

from newsexplore.search import (
    ExportItem,
    Library,
    ReanchorReport,
    RecentSearch,
    StoreError,
    UserStore,
)

__all__ = [
    "MARK_BADGE",
    "Listing",
    "HistoryWalk",
    "MarkSet",
    "badge",
    "reanchor_marks",
    "remember_query",
    "store_of",
]

MARK_BADGE = "★ "
"""Drawn before a marked item in the lists and in the reader's header."""


class MarkSet:
    """The spans of every mark, by article, for drawing lists without asking the store each time."""

    def __init__(self, store: UserStore | None) -> None:
        self.store = store
        self._by_article: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        self.reload()

    def reload(self) -> None:
        self._by_article.clear()
        if self.store is not None:
            for article_id, kind, start, end in self.store.marks.places():
                self._by_article[article_id].append((kind, start, end))

    def has(self, article_id: str, kind: str, start: int = 0, end: int = 0) -> bool:
        """True when a mark of this kind in the article meets the span (any, for articles)."""
        for mark_kind, mark_start, mark_end in self._by_article.get(article_id, ()):
            if mark_kind != kind:
                continue
            if kind == "article" or (mark_start < end and start < mark_end):
                return True
        return False

    def spans(self, article_id: str) -> list[tuple[int, int]]:
        return [(s, e) for kind, s, e in self._by_article.get(article_id, ()) if e > s]


def reanchor_marks(library: Library, store: UserStore) -> ReanchorReport:
    """Move marks to where their words are in the current index; report those that are gone."""

    def text_of(article_id: str) -> str | None:
        article = library.article(article_id)
        return article.text if article else None

    return store.marks.reanchor(text_of, partial=library.is_partial())


def store_of(node: DOMNode) -> UserStore | None:
    return getattr(node.app, "store", None)


def marks_of(node: DOMNode) -> MarkSet | None:
    return getattr(node.app, "marks_shown", None)


def badge(node: DOMNode, article_id: str, kind: str, start: int = 0, end: int = 0) -> Text:
    """`★ ` when the item is marked, else nothing: panes put it before an item's first line."""
    marks = marks_of(node)
    if marks is not None and marks.has(article_id, kind, start, end):
        return Text(MARK_BADGE, style="bold", end="")
    return Text("", end="")


def remember_query(node: DOMNode, query: str, scope: str) -> None:
    """Add a query to the corpus's search history, for Up in the search box next time."""
    store = store_of(node)
    if store is not None and query.strip():
        # A store that cannot be written was reported when the app opened; searching
        # goes on without adding to the history.
        with contextlib.suppress(StoreError):
            store.history.add(query, scope)
        walk = getattr(node.app, "history_walk", None)
        if walk is not None:
            walk.reset()


class HistoryWalk:
    """Up and Down through earlier queries in the search box, like a shell's history.

    The first Up keeps what was being typed, and the scope it was to be searched
    in, so Down past the newest query brings both back rather than losing them.
    Each query comes back with the scope it was searched in (`scope`).
    """

    def __init__(self, store: UserStore | None) -> None:
        self.store = store
        self._searches: list[RecentSearch] = []
        self._position: int | None = None
        self._typed = RecentSearch("")
        self.scope = "articles"
        """The scope of the query last handed out."""

    def reset(self) -> None:
        self._position = None

    @property
    def walking(self) -> bool:
        return self._position is not None

    def older(self, typed: str, scope: str = "articles") -> str | None:
        """The query before the one shown; None when there is none."""
        if self._position is None:
            self._searches = self.store.history.recent_searches() if self.store else []
            self._typed = RecentSearch(typed, scope)
            self._position = len(self._searches)
        if self._position == 0:
            return None
        self._position -= 1
        return self._hand_out(self._searches[self._position])

    def newer(self) -> str | None:
        """The query after the one shown, then what was typed; None when not walking."""
        if self._position is None:
            return None
        self._position += 1
        if self._position >= len(self._searches):
            self._position = None
            return self._hand_out(self._typed)
        return self._hand_out(self._searches[self._position])

    def _hand_out(self, search: RecentSearch) -> str:
        self.scope = search.scope
        return search.query


@dataclass(frozen=True)
class Listing:
    """Everything a pane lists, for an export: a name for the file and the rows.

    The rows are read when the file is written, off the UI thread: those of a
    search (up to 10,000 results and their articles) take seconds to read. They
    may come as a stream, each read as it is written: a timeline's 56,000 dates,
    read into a list first, held 160 MB.
    """

    name: str
    rows: int
    """How many rows the export will have, for the dialog to say before reading them."""
    read: Callable[[], Iterable[ExportItem]]
    of: int = 0
    """How many the pane has in all, when the rows are only the first of them."""
    unit: str = "row"
    """What a row is, as the dialog and the notices count them ("Export 56,389 dates")."""

    def counted(self, number: int) -> str:
        """`number` rows in words: "1 row", "56,389 dates"."""
        return f"{number:,} {self.unit}{'s' * (number != 1)}"

    @classmethod
    def of_items(cls, name: str, items: list[ExportItem]) -> Listing:
        """Rows already read: a pane's list in memory."""
        return cls(name, len(items), lambda: items)
