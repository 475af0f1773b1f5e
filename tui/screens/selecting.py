"""What the focused pane of the main screen has selected or lists, for `m`, `y` and `e`.

Marking, copying and exporting work the same in every pane: they ask here for
the selected item (a search hit, a speaker's quote, a timeline entry, the
reader's quote or article) as a `Target`, or for everything the pane lists as
export rows. Only this module knows where each pane keeps them; the panes know
nothing of the user store. It reads the screen through `ShowsPanes`, not the
screen class: the screen's keys (`collect_actions`) call it, so importing the
screen would tie the two in a circle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from textual.widgets import Input

from newsexplore.search import (
    Article,
    Event,
    ExportItem,
    Library,
    Mark,
    SearchResults,
    Target,
    article_target,
    event_record,
    event_target,
    hit_record,
    quote_record,
    quote_target,
    speaker_record,
    with_citation,
)

from ..collecting import Listing, store_of

if TYPE_CHECKING:
    from textual.app import App

    from ..widgets.reader import ArticleReader
    from ..widgets.speakers import SpeakersPane
    from ..widgets.timeline import View

__all__ = ["Selection", "ShowsPanes", "listing", "selection"]


class ShowsPanes(Protocol):
    """What reading a selection or a listing needs of the screen (`MainScreen` has it)."""

    library: Library
    focused: Any
    """The widget with focus, moved at once (a widget's `has_focus` follows a turn later)."""
    settled_query: str
    """The query the panes show results of."""

    @property
    def app(self) -> App[Any]: ...

    @property
    def active_pane(self) -> str:
        """The pane with focus: "search", "speakers", "timeline" or "reader"."""
        ...

    @property
    def speakers(self) -> SpeakersPane: ...

    @property
    def reader(self) -> ArticleReader: ...

    def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...


@dataclass(frozen=True)
class Selection:
    """The item a key acts on, and how to redraw it once its mark changed."""

    target: Target
    redraw: Callable[[], None] | None = None


def selection(screen: ShowsPanes) -> Selection | None:
    """The item selected in the focused pane, as a mark target."""
    pick = _PICKERS.get(screen.active_pane)
    return pick(screen) if pick else None


def listing(screen: ShowsPanes, pane: str | None = None) -> Listing | None:
    """What a pane (the focused one by default) lists, as export rows with citations and notes."""
    make = _LISTERS.get(pane or screen.active_pane)
    return make(screen) if make else None


def _highlighted(screen: ShowsPanes, selector: str) -> tuple[int, str] | None:
    from ..widgets.lists import NavList

    nav = screen.query_one(selector, NavList)
    index = nav.highlighted
    if index is None or index >= nav.option_count:
        return None
    option = nav.get_option_at_index(index)
    return (index, option.id) if option.id is not None else None


def _article(screen: ShowsPanes, article_id: str, cache: dict | None = None) -> Article | None:
    if cache is not None and article_id in cache:
        return cache[article_id]
    article = screen.library.article(article_id)
    if cache is not None:
        cache[article_id] = article
    return article


def _pick_hit(screen: ShowsPanes) -> Selection | None:
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


def _pick_quote(screen: ShowsPanes) -> Selection | None:
    pane = screen.speakers
    if screen.focused is not pane.quote_list:
        # The speaker list's row is a speaker: the quotes below are of the speaker
        # viewed before, not on screen once the list is filtered again.
        return None
    chosen = _highlighted(screen, "#speaker-quotes")
    if chosen is None or not pane.quotes:
        return None
    index, option_id = chosen
    at = int(option_id)
    quote = pane.quotes[at]
    article = pane._article(quote.article_id)
    above = pane.quotes[at - 1].article_id if at else None

    def redraw() -> None:
        nav = pane.query_one("#speaker-quotes")
        nav.replace_option_prompt_at_index(index, pane._quote_prompt(quote, True, article, above))

    return Selection(quote_target(quote, article), redraw)


def _pick_event(screen: ShowsPanes) -> Selection | None:
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

    article = _article(screen, event.article_id)
    if event.kind == "published" and article is not None:
        # A publication date has no words in the text to mark (it would be lost at once):
        # the row stands for its article, so `m` marks and unmarks the article.
        return Selection(article_target(article), redraw)
    return Selection(event_target(event, article), redraw)


def _pick_in_reader(screen: ShowsPanes) -> Selection | None:
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


def _event_at(screen: ShowsPanes, article_id: str, start: int, end: int) -> Event | None:
    for event in screen.library.events(article_id=article_id):
        if (event.sentence_start, event.sentence_end) == (start, end):
            return event
        if (event.start, event.end) == (start, end):
            return event
    return None


EXPORT_HITS = 10_000
"""Results an export reads at most; the dialog says when there are more."""


def _list_hits(screen: ShowsPanes) -> Listing | None:
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


def _hit_items(screen: ShowsPanes, fetch: Callable[[], SearchResults | None]) -> list[ExportItem]:
    """Every result of the search as export rows, read on the export's thread."""
    found = fetch()
    cache: dict = {}
    find = _marks_finder(screen)
    items = []
    for hit in found.hits if found is not None else ():
        article = _article(screen, hit.article_id, cache)
        if hit.quote is not None:
            target = quote_target(hit.quote, article)
        elif article is not None:
            target = article_target(article)
        else:
            continue
        items.append(_item(find, hit_record(hit), target))
    return items


def _list_quotes(screen: ShowsPanes) -> Listing | None:
    pane = screen.speakers
    speaker = pane.selected_speaker()
    if speaker is None or not pane.quotes:
        return None
    find = _marks_finder(screen)
    items = [
        _item(find, quote_record(q), quote_target(q, pane._article(q.article_id)))
        for q in pane.quotes
    ]
    return Listing.of_items(_slug("quotes", speaker.name), items)


def _list_speakers_pane(screen: ShowsPanes) -> Listing | None:
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


def _list_events(screen: ShowsPanes) -> Listing | None:
    """Every entry the timeline lists in its view, not only those read into the list
    so far: an export of the 47 on screen of 56,389 looked like the whole chronology."""
    pane = screen.query_one("#timeline")
    shown, read = pane.shown, pane.all_entries_reader()
    if shown is None or read is None or not shown.total:
        return None
    name = _timeline_name(shown.query, shown.view)
    return Listing(name, shown.total, partial(_event_items, screen, read), unit="date")


def _event_items(
    screen: ShowsPanes, fetch: Callable[[], Iterable[tuple[Event, Article | None]]]
) -> Iterator[ExportItem]:
    """The timeline's entries as export rows, read on the export's thread one at a time
    as they are written."""
    find = _marks_finder(screen)
    for event, article in fetch():
        yield _item(find, event_record(event), event_target(event, article))


def _timeline_name(query: str, view: View) -> str:
    """What a timeline export holds: the query, which dates, and the period drilled into
    or the bar chosen, named as the caption names it ("timeline-coffee-dates-mentioned-1987-03",
    "…-1987-03-02-to-1987-03-08")."""
    from ..widgets.timeline import period_words

    which = "publication-dates" if view.dates == "published" else "dates-mentioned"
    name = f"{_slug('timeline', query)}-{which}" if query.strip() else f"timeline-{which}"
    low, high = view.date_range()
    if low is None or high is None:
        return name
    return f"{name}-{period_words(low, high).replace(' … ', '-to-')}"


def _list_reader_quotes(screen: ShowsPanes) -> Listing | None:
    reader = screen.reader
    if reader.article is None or not reader.quotes:
        return None
    find = _marks_finder(screen)
    items = [_item(find, quote_record(q), quote_target(q, reader.article)) for q in reader.quotes]
    return Listing.of_items(_slug("quotes", reader.article.title or reader.article.id), items)


def _marks_finder(screen: ShowsPanes) -> Callable[[Target], Mark | None]:
    """Each row's mark, the marks read once for all the rows of an export."""
    store = store_of(screen)
    return store.marks.finder() if store is not None else lambda _target: None


def _item(find: Callable[[Target], Mark | None], record: dict, target: Target) -> ExportItem:
    mark = find(target)
    return ExportItem(with_citation(record, target, mark), target, mark)


def _slug(kind: str, words: str) -> str:
    cleaned = "".join(c if c.isalnum() else "-" for c in words.casefold())
    cleaned = "-".join(part for part in cleaned.split("-") if part)[:40].strip("-")
    return f"{kind}-{cleaned or 'all'}"


_PICKERS: dict[str, Callable[[ShowsPanes], Selection | None]] = {
    "search": _pick_hit,
    "speakers": _pick_quote,
    "timeline": _pick_event,
    "reader": _pick_in_reader,
}
_LISTERS: dict[str, Callable[[ShowsPanes], Listing | None]] = {
    "search": _list_hits,
    "speakers": _list_speakers_pane,
    "quotes": _list_quotes,
    "timeline": _list_events,
    "reader": _list_reader_quotes,
}
