"""The search pane: a query bar, a status line and the result list.

Search runs as you type in a thread worker (Whoosh is synchronous). The worker
is exclusive, so a newer keystroke cancels an older search. Searches run one
at a time on the pane's `LibraryThread`, which drops a cancelled search that
has not started: the first keystroke is served at once, and fast typing costs
one search in flight plus the latest, never a queue. Results are rendered in the message handler, never from the thread.

A keystroke asks for a first screenful of hits only: Whoosh's top-N search is
about twice as fast for 20 hits as for 50. Scrolling to the end of the list
asks for more, the way a web search's next page does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from newsexplore.search import Hit, SearchResults, Snippet

from ..collecting import badge, remember_query
from ..messages import JumpRequested, Location
from .library_thread import LibraryThread
from .lists import NavList, report_failure
from .pane import Pane
from .safe_text import safe_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["SearchPane"]

FIRST_HITS = 20
"""Hits asked for per keystroke: a screenful at 120×40, with some to scroll into."""
MORE_HITS = 40
"""Hits added each time the list is scrolled to its end."""

PLACEHOLDER = 'Search: words, "a phrase", pref*, title:word, date:2026-01 (F1: help)'


class SearchPane(Pane):
    """Pane with the query bar and the ranked results."""

    LIST = "#results"
    BOX = "#query"

    HELP = (
        "Press / and type to search; results update as you type. Whoosh syntax: AND / OR / NOT, "
        '"a phrase", prefix*, fuzzy~, and fields title:, text:, source:, author:, '
        "speaker:, date:[2026-01-01 TO 2026-01-31]. Esc or Enter leaves the box, keeping "
        "the query. Enter on a result opens it."
    )
    COMPONENT_CLASSES: ClassVar[set[str]] = {"search--match", "search--meta", "search--error"}
    BINDINGS: ClassVar[list[BindingType]] = [
        # One key, two bindings: the footer names what the key will do now.
        Pane.LEAVE_BOX,
        Pane.TO_LIST,
        Binding(
            "down",
            "newer_query",
            "Newer search",
            show=False,
            tooltip="Walk back towards the query being typed, then down to the results",
            priority=True,
            id="search.newer_query",
        ),
        Binding(
            "ctrl+s",
            "screen.set_sort('date')",
            "By date",
            tooltip="List the results newest first",
            id="search.sort_by_date",
        ),
        Binding(
            "ctrl+s",
            "screen.set_sort('relevance')",
            "By relevance",
            tooltip="List the best matches first",
            id="search.sort_by_relevance",
        ),
        Binding(
            "ctrl+t",
            "screen.set_scope('quotes')",
            "In quotes",
            tooltip="Search only the words people are quoted saying",
            id="search.in_quotes",
        ),
        Binding(
            "ctrl+t",
            "screen.set_scope('articles')",
            "In articles",
            tooltip="Search whole articles again",
            id="search.in_articles",
        ),
    ]

    query_text: var[str] = var("", init=False)
    """The query as typed."""
    scope: var[str] = var("articles", init=False)
    """`articles` or `quotes`."""
    sort: var[str] = var("relevance", init=False)
    """`relevance` or `date`."""

    @dataclass
    class ResultsFetched(Message):
        """A search finished in the worker thread."""

        results: SearchResults
        query: str
        scope: str
        sort: str
        more: bool = False
        """True when these extend the hits already shown."""

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.results: SearchResults | None = None
        self._thread = LibraryThread("search")
        self._requested: tuple[str, str, str] | None = None
        self._worker: Worker | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder=PLACEHOLDER, id="query", select_on_focus=False)
        yield Static(id="search-status")
        yield NavList(id="results")

    @property
    def results_list(self) -> NavList:
        return self.query_one("#results", NavList)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def on_unmount(self) -> None:
        self._thread.close()

    def watch_query_text(self) -> None:
        self.start_search()

    def watch_scope(self) -> None:
        self.start_search()

    def watch_sort(self) -> None:
        self.start_search()

    def start_search(self) -> None:
        """Search for the current query and settings, unless that search is already asked for."""
        wanted = (self.query_text, self.scope, self.sort)
        running = self._worker is not None and not self._worker.is_finished
        if wanted == self._requested and running:
            return  # binding the screen's state at mount fires the watchers too
        self._requested = wanted
        self._worker = self._search(*wanted, FIRST_HITS)

    @on(NavList.NearEnd, "#results")
    def fetch_more(self, event: NavList.NearEnd) -> None:
        """Ask for the next hits once the list is scrolled to the end of those shown."""
        event.stop()
        results = self.results
        if results is None or len(results.hits) >= results.total:
            return
        if self._worker is not None and not self._worker.is_finished:
            return  # a search is on its way; its hits replace these anyway
        wanted = (results.query, self.scope, self.sort)
        if wanted == (self.query_text, self.scope, self.sort):
            self._worker = self._search(*wanted, len(results.hits) + MORE_HITS)

    @work(thread=True, exclusive=True, group="search", description="search", exit_on_error=False)
    def _search(self, query: str, scope: str, sort: str, limit: int) -> None:
        worker = get_current_worker()
        # With nothing typed every article ties on relevance: newest first is the useful order.
        order = sort if query.strip() else "date"
        results = self._thread.call(
            self.library.search, query, scope=scope, sort=order, limit=limit
        )
        if not worker.is_cancelled and (query, scope, sort) == (
            self.query_text,
            self.scope,
            self.sort,
        ):
            more = limit > FIRST_HITS
            self.post_message(self.ResultsFetched(results, query, scope, sort, more))

    @on(ResultsFetched)
    def show_results(self, message: ResultsFetched) -> None:
        results = message.results
        if (message.query, message.scope, message.sort) != (self.query_text, self.scope, self.sort):
            return
        if message.more and self.results is not None:
            self._add_hits(results)
            return
        self.results = results
        self._render_status(results, message.scope, message.sort)
        results_list = self.results_list
        results_list.set_paged_options(
            [Option(self._hit_prompt(hit), id=str(index)) for index, hit in enumerate(results.hits)]
        )
        if results.hits:
            results_list.highlighted = 0

    def _add_hits(self, results: SearchResults) -> None:
        """Append the hits past those already listed, leaving the cursor where it is."""
        shown = len(self.results.hits) if self.results else 0
        if len(results.hits) <= shown:
            return
        self.results = results
        self.results_list.add_options(
            Option(self._hit_prompt(hit), id=str(index))
            for index, hit in enumerate(results.hits[shown:], start=shown)
        )
        self._render_status(results, self.scope, self.sort)

    def _render_status(self, results: SearchResults, scope: str, sort: str) -> None:
        status = self.query_one("#search-status", Static)
        # The class goes on the status line alone: restyling the whole pane costs a keystroke.
        status.set_class(results.error is not None, "-error")
        if results.error is not None:
            message = f"Query error: {results.error}"
            status.update(safe_line(message, self.get_component_rich_style("search--error")))
            return
        if results.total == 0 and not results.query.strip():
            status.update(Text("This corpus has no articles to show."))
            return
        noun = "quote" if scope == "quotes" else "article"
        about = "about " if results.estimated else ""
        count = f"{about}{results.total:,} {noun}{'s' * (results.total != 1)}"
        shown = f" (top {len(results.hits)})" if len(results.hits) < results.total else ""
        # With nothing typed the list is newest first whatever the sort says (see _search).
        order = f"by {sort}" if results.query.strip() else "newest first"
        status.update(Text(f"{count}{shown} · {order}"))

    def _hit_prompt(self, hit: Hit) -> Text:
        meta_style = self.get_component_rich_style("search--meta")
        facts = [hit.date.isoformat() if hit.date else "no date"]
        facts += [value for value in (hit.source,) if value]
        meta = safe_line(" · ".join(facts), meta_style)
        if hit.quote is not None:
            speaker = hit.quote.speaker or hit.quote.mention or "unknown speaker"
            quote = hit.quote
            head = badge(self, hit.article_id, "quote", quote.start, quote.end)
            head.append_text(safe_line(f"“{quote.text}”", "italic"))
            meta = safe_line(f"— {speaker} · {hit.title or '(untitled)'} · ", meta_style) + meta
            return Text("\n", end="").join([head, meta])
        title = badge(self, hit.article_id, "article")
        title.append_text(safe_line(hit.title or "(untitled)", "bold"))
        snippet = self._snippet_text(hit.snippet)
        lines = [title, meta] + ([snippet] if snippet.plain.strip() else [])
        return Text("\n", end="").join(lines)

    def _snippet_text(self, snippet: Snippet) -> Text:
        match_style: Style = self.get_component_rich_style("search--match")
        text = Text(end="")
        for run, is_match in snippet.runs:
            text.append_text(safe_line(run, match_style if is_match else ""))
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "newer_query":
            return self.typing
        return super().check_action(action, parameters)

    def action_leave_box(self) -> None:
        """Leaving the box (Enter, Esc, Down) keeps the query in the search history."""
        remember_query(self, self.query_text, self.scope)
        super().action_leave_box()

    def action_newer_query(self) -> None:
        """Down walks back towards the query being typed, then on to the results."""
        walk = getattr(self.app, "history_walk", None)
        if walk is not None and walk.walking:
            self._show_query(walk.newer())
        else:
            self.action_leave_box()

    def on_key(self, event) -> None:
        query = self.query_one("#query", Input)
        if not query.has_focus or event.key != "up":
            return
        event.stop()
        walk = getattr(self.app, "history_walk", None)
        if walk is not None:
            self._show_query(walk.older(query.value))

    def _show_query(self, text: str | None) -> None:
        """Put an earlier query in the box (and search for it), or ring when there is none."""
        if text is None:
            self.app.bell()
            return
        query = self.query_one("#query", Input)
        query.value = text
        query.cursor_position = len(text)

    @on(OptionList.OptionSelected, "#results")
    def open_article_from_hit(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.results is None or event.option.id is None:
            return
        hit = self.results.hits[int(event.option.id)]
        remember_query(self, self.query_text, self.scope)
        if hit.quote is not None:
            location = Location(hit.article_id, hit.quote.start, hit.quote.end, "quote")
        else:
            location = Location(hit.article_id, kind="hit")
        self.post_message(JumpRequested(location))
