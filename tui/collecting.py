"""What the focused pane has selected or lists, for marking, copying and exporting.

`m`, `y` and `e` work the same in every pane: they ask here for the selected
item (a search hit, a speaker's quote, a timeline entry, the reader's quote or
article) as a `Target`, or for everything the pane lists as export items. The
panes stay unaware of the user store; they only ask `badge` whether an item
is marked when they draw it. The store and the marks on screen hang off the
app (`NewsExploreApp.store`), so a pane in a test app without one simply shows
no marks.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.dom import DOMNode
from textual.widgets import Input

from newsexplore.search import (
    Article,
    Event,
    ExportItem,
    Library,
    ReanchorReport,
    RecentSearch,
    SearchResults,
    StoreError,
    Target,
    UserStore,
    article_target,
    event_record,
    event_target,
    hit_record,
    quote_record,
    quote_target,
    speaker_record,
    with_citation,
)

if TYPE_CHECKING:
    from .screens.main import MainScreen

__all__ = [
    "MARK_BADGE",
    "Listing",
    "HistoryWalk",
    "MarkSet",
    "Selection",
    "badge",
    "listing",
    "reanchor_marks",
    "remember_query",
    "selection",
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
class Selection:
    """The item a key acts on, and how to redraw it once its mark changed."""

    target: Target
    redraw: Callable[[], None] | None = None


@dataclass(frozen=True)
class Listing:
    """Everything a pane lists, for an export: a name for the file and the rows.

    The rows are read when the file is written, off the UI thread: those of a
    search (up to 10,000 results and their articles) take seconds to read.
    """

    name: str
    rows: int
    """How many rows the export will have, for the dialog to say before reading them."""
    read: Callable[[], list[ExportItem]]
    of: int = 0
    """How many the pane has in all, when the rows are only the first of them."""

    @classmethod
    def of_items(cls, name: str, items: list[ExportItem]) -> Listing:
        """Rows already read: a pane's list in memory."""
        return cls(name, len(items), lambda: items)


def selection(screen: MainScreen) -> Selection | None:
    """The item selected in the focused pane, as a mark target."""
    pick = _PICKERS.get(screen.active_pane)
    return pick(screen) if pick else None


def listing(screen: MainScreen, pane: str | None = None) -> Listing | None:
    """What a pane (the focused one by default) lists, as export rows with citations and notes."""
    make = _LISTERS.get(pane or screen.active_pane)
    return make(screen) if make else None


def _highlighted(screen: MainScreen, selector: str) -> tuple[int, str] | None:
    from .widgets.lists import NavList

    nav = screen.query_one(selector, NavList)
    index = nav.highlighted
    if index is None or index >= nav.option_count:
        return None
    option = nav.get_option_at_index(index)
    return (index, option.id) if option.id is not None else None


def _article(screen: MainScreen, article_id: str, cache: dict | None = None) -> Article | None:
    if cache is not None and article_id in cache:
        return cache[article_id]
    article = screen.library.article(article_id)
    if cache is not None:
        cache[article_id] = article
    return article


def _pick_hit(screen: MainScreen) -> Selection | None:
    pane = screen.query_one("#search")
    chosen = _highlighted(screen, "#results")
    if chosen is None or pane.results is None:
        return None
    index, option_id = chosen
    hit = pane.results.hits[int(option_id)]
    article = _article(screen, hit.article_id)
    if hit.quote is not None:
        target = quote_target(hit.quote, article)
    elif article is not None:
        target = article_target(article)
    else:
        return None

    def redraw() -> None:
        pane.results_list.replace_option_prompt_at_index(index, pane._hit_prompt(hit))

    return Selection(target, redraw)


def _pick_quote(screen: MainScreen) -> Selection | None:
    pane = screen.speakers
    chosen = _highlighted(screen, "#speaker-quotes")
    if chosen is None or not pane.quotes:
        return None
    index, option_id = chosen
    quote = pane.quotes[int(option_id)]
    article = pane._article(quote.article_id)

    def redraw() -> None:
        nav = pane.query_one("#speaker-quotes")
        nav.replace_option_prompt_at_index(index, pane._quote_prompt(quote, True, article))

    return Selection(quote_target(quote, article), redraw)


def _pick_event(screen: MainScreen) -> Selection | None:
    pane = screen.query_one("#timeline")
    chosen = _highlighted(screen, "#timeline-list")
    if chosen is None:
        return None
    index, option_id = chosen
    event: Event | None = pane.entry_at(option_id)
    if event is None:
        return None

    def redraw() -> None:
        nav = pane.query_one("#timeline-list")
        nav.replace_option_prompt_at_index(index, pane.entry_prompt(event))

    return Selection(event_target(event, _article(screen, event.article_id)), redraw)


def _pick_in_reader(screen: MainScreen) -> Selection | None:
    reader = screen.reader
    article = reader.article
    if article is None:
        return None
    location = reader.location
    target = article_target(article)
    if location is not None and location.has_span and location.kind == "quote":
        quote = next(
            (q for q in reader.quotes if (q.start, q.end) == (location.start, location.end)), None
        )
        if quote is not None:
            target = quote_target(quote, article)
    elif location is not None and location.has_span and location.kind == "event":
        event = _event_at(screen, article.id, location.start, location.end)
        if event is not None:
            target = event_target(event, article)
    return Selection(target, reader.redraw_marks)


def _event_at(screen: MainScreen, article_id: str, start: int, end: int) -> Event | None:
    for event in screen.library.events(article_id=article_id):
        if (event.sentence_start, event.sentence_end) == (start, end):
            return event
        if (event.start, event.end) == (start, end):
            return event
    return None


EXPORT_HITS = 10_000
"""Results an export reads at most; the dialog says when there are more."""


def _list_hits(screen: MainScreen) -> Listing | None:
    """Every result of the search, not only those loaded into the list so far: an
    export of the 20 on screen for a search with 144 looked like the whole set."""
    pane = screen.query_one("#search")
    results = pane.results
    if results is None or not results.hits:
        return None
    read = partial(_hit_items, screen, pane.all_results_reader(EXPORT_HITS))
    more = results.total if results.total > EXPORT_HITS else 0
    name = _slug("search", results.query or "all")
    return Listing(name, min(results.total, EXPORT_HITS), read, of=more)


def _hit_items(screen: MainScreen, fetch: Callable[[], SearchResults | None]) -> list[ExportItem]:
    """Every result of the search as export rows, read on the export's thread."""
    found = fetch()
    cache: dict = {}
    items = []
    for hit in found.hits if found is not None else ():
        article = _article(screen, hit.article_id, cache)
        if hit.quote is not None:
            target = quote_target(hit.quote, article)
        elif article is not None:
            target = article_target(article)
        else:
            continue
        items.append(_item(screen, hit_record(hit), target))
    return items


def _list_quotes(screen: MainScreen) -> Listing | None:
    pane = screen.speakers
    speaker = pane.selected_speaker()
    if speaker is None or not pane.quotes:
        return None
    items = [
        _item(screen, quote_record(q), quote_target(q, pane._article(q.article_id)))
        for q in pane.quotes
    ]
    return Listing.of_items(_slug("quotes", speaker.name), items)


def _list_speakers_pane(screen: MainScreen) -> Listing | None:
    """What the speakers pane shows: a speaker's quotes, or the speakers listed."""
    pane = screen.speakers
    if pane.showing_quotes:
        return _list_quotes(screen)
    speakers = pane.listed_speakers()
    if not speakers:
        return None
    words = pane.query_one("#speaker-filter", Input).value
    items = [ExportItem(speaker_record(s), None) for s in speakers]
    return Listing.of_items(_slug("speakers", words), items)


def _list_events(screen: MainScreen) -> Listing | None:
    pane = screen.query_one("#timeline")
    if not pane.entries:
        return None
    cache: dict = {}
    items = [
        _item(screen, event_record(e), event_target(e, _article(screen, e.article_id, cache)))
        for e in pane.entries
    ]
    return Listing.of_items(_slug("timeline", screen.settled_query or "all"), items)


def _list_reader_quotes(screen: MainScreen) -> Listing | None:
    reader = screen.reader
    if reader.article is None or not reader.quotes:
        return None
    items = [_item(screen, quote_record(q), quote_target(q, reader.article)) for q in reader.quotes]
    return Listing.of_items(_slug("quotes", reader.article.title or reader.article.id), items)


def _item(screen: MainScreen, record: dict, target: Target) -> ExportItem:
    store = store_of(screen)
    mark = store.marks.find(target) if store is not None else None
    return ExportItem(with_citation(record, target, mark), target, mark)


def _slug(kind: str, words: str) -> str:
    cleaned = "".join(c if c.isalnum() else "-" for c in words.casefold())
    cleaned = "-".join(part for part in cleaned.split("-") if part)[:40].strip("-")
    return f"{kind}-{cleaned or 'all'}"


_PICKERS: dict[str, Callable[[MainScreen], Selection | None]] = {
    "search": _pick_hit,
    "speakers": _pick_quote,
    "timeline": _pick_event,
    "reader": _pick_in_reader,
}
_LISTERS: dict[str, Callable[[MainScreen], Listing | None]] = {
    "search": _list_hits,
    "speakers": _list_speakers_pane,
    "quotes": _list_quotes,
    "timeline": _list_events,
    "reader": _list_reader_quotes,
}
