"""The search pane: a query bar, a status line and the result list.

Search runs as you type in a thread worker (Whoosh is synchronous). The worker
is exclusive, so a newer keystroke cancels an older search. Searches run one
at a time on the pane's `LibraryThread`, which drops a cancelled search that
has not started: the first keystroke is served at once, and fast typing costs
one search in flight plus the latest, never a queue. Results are rendered in the message handler, never from the thread.

The list is dense, one line per hit (date, title, how often it matches), so a
screenful shows a dozen or more; the highlighted hit's words are shown in the
preview under the list, which follows the cursor.

A keystroke asks for a first screenful of hits only: Whoosh's top-N search is
about twice as fast for 20 hits as for 50. Scrolling to the end of the list
asks for more, the way a web search's next page does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
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

from newsexplore.search import QUERY_FIELDS, Hit, SearchResults, Snippet, published_value

from ..collecting import badge, remember_query
from ..counts import counted
from ..messages import JumpRequested, Location
from .article_text import evidence_mark
from .boxes import Box
from .library_thread import LibraryThread
from .lists import NavList, fit_line, report_failure
from .pane import Pane
from .safe_text import safe_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["SearchPane"]

FIRST_HITS = 20
"""Hits asked for per keystroke: a screenful at 120×40, with some to scroll into."""
MORE_HITS = 40
"""Hits added each time the list is scrolled to its end."""
KEPT_REACH = 10_000
"""How far down results read again after an update look for the hit the cursor was on."""

FIELD_LIST = ", ".join(f"{field}:" for field in QUERY_FIELDS)
"""Every field the query parser accepts, so the help cannot leave one out."""

PLACEHOLDER = 'Search: words, "a phrase", pref*, title:word, date:2026-01 (F1: help)'


class SearchPane(Pane):
    """Pane with the query bar and the ranked results."""

    LIST = "#results"
    BOX = "#query"

    HELP = (
        "Press / and type to search; results update as you type. Whoosh syntax: AND / OR / NOT, "
        f'"a phrase", prefix*, fuzzy~, and the fields {FIELD_LIST} '
        "(date:[2026-01-01 TO 2026-01-31] published then, mentions:[2025-12-01 TO 2025-12-31] "
        "mentioning a date then, quote:disgraceful articles quoting that word). Esc or Enter leaves the box, keeping the query. One line "
        "per result (date, title, hits); the highlighted one is shown in full under the "
        "list. Enter on a result opens it."
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
            "Quotes",
            tooltip="Search only the words people are quoted saying",
            id="search.in_quotes",
        ),
        Binding(
            "ctrl+t",
            "screen.set_scope('articles')",
            "Articles",
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
        undated: bool = False
        """True when none of the hits has a date, so they are in relevance order."""
        keep: tuple[str, int] | None = None
        """After the index changed: the hit to leave the cursor on (these replace all)."""
        index_note: str = ""
        """What the status line says of the index searched while it is true: that it holds
        part of the corpus (a build that did not finish), or is being updated."""

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.results: SearchResults | None = None
        self._thread = LibraryThread("search")
        self._requested: tuple[str, str, str] | None = None
        self._worker: Worker | None = None
        self._undated = False
        self._index_note = ""
        self._line_width = 0
        """The width the hit lines were cut to; a resize that changes it redraws them."""
        self._shown: tuple[str, str, str] | None = None
        """The query, scope and sort of the hits listed (None before the first)."""
        self._rows_awaited: tuple[str, str, str] | None = None
        """The search whose hits the keys typed after leaving the box wait for."""

    def compose(self) -> ComposeResult:
        yield Box(placeholder=PLACEHOLDER, id="query", select_on_focus=False)
        yield Static(id="search-status")
        yield NavList(id="results", one_line=True)
        yield Static(id="hit-preview")

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

    def all_results_reader(self, limit: int) -> Callable[[], SearchResults | None]:
        """Reads the search on screen with up to `limit` hits (an export's rows).

        What to search is taken now, on the UI thread; the reading is left to
        the caller's thread, as it takes seconds for thousands of hits.
        """
        results = self.results
        if results is None or len(results.hits) >= min(results.total, limit):
            return lambda: results
        query = results.query
        # As `_search` ordered them: by date with nothing typed, by relevance when undated.
        order = "relevance" if self._undated else self.sort if query.strip() else "date"
        return partial(self.library.search, query, scope=self.scope, sort=order, limit=limit)

    def refresh_results(self) -> None:
        """Search again in an index that changed, as many hits as shown, the cursor kept."""
        if self.results is None:
            return
        hit = self.highlighted_hit()
        keep = (_hit_key(hit) if hit else ("", -1), self.results_list.highlighted or 0)
        limit = max(FIRST_HITS, len(self.results.hits))
        self._requested = (self.query_text, self.scope, self.sort)
        self._worker = self._search(self.query_text, self.scope, self.sort, limit, keep)

    @work(thread=True, exclusive=True, group="search", description="search", exit_on_error=False)
    def _search(
        self, query: str, scope: str, sort: str, limit: int, keep: tuple | None = None
    ) -> None:
        worker = get_current_worker()
        # With nothing typed every article ties on relevance: newest first is the useful order.
        order = sort if query.strip() else "date"
        results = self._thread.call(
            self.library.search, query, scope=scope, sort=order, limit=limit
        )
        # Undated hits sort last, so an undated first hit means none has a date: their
        # order by date would be arbitrary, and relevance at least means something.
        undated = order == "date" and bool(results.hits) and results.hits[0].date is None
        if undated and query.strip() and not worker.is_cancelled:
            order = "relevance"
            results = self._thread.call(self.library.search, query, scope=scope, limit=limit)
        if keep is not None:
            results = self._down_to_kept(results, keep[0], scope, order)
        if not worker.is_cancelled and (query, scope, sort) == (
            self.query_text,
            self.scope,
            self.sort,
        ):
            more = limit > FIRST_HITS and keep is None
            note = self._thread.call(self._note_on_index)  # off the UI thread
            self.post_message(
                self.ResultsFetched(results, query, scope, sort, more, undated, keep, note)
            )

    def _note_on_index(self) -> str:
        """The index's state while the answers may lack part of the corpus: said for as
        long as it is true, where the notice of it at launch passed in seconds."""
        if self.library.is_partial():
            return "index incomplete"
        return "index being updated" if self.library.update_running() else ""

    def _down_to_kept(
        self, results: SearchResults, key: str, scope: str, order: str
    ) -> SearchResults:
        """The results read down to the hit the cursor was on, when an update moved it.

        Newer articles added above it push it past the rows read; the cursor
        follows the hit, not its row, as far down as an export reads.
        """
        worker = get_current_worker()
        limit = len(results.hits)
        while not any(_hit_key(hit) == key for hit in results.hits) and not worker.is_cancelled:
            if limit >= min(results.total, KEPT_REACH):
                break
            limit = min(max(limit, FIRST_HITS) * 4, KEPT_REACH)
            results = self._thread.call(
                self.library.search, results.query, scope=scope, sort=order, limit=limit
            )
        return results

    @on(ResultsFetched)
    def show_results(self, message: ResultsFetched) -> None:
        results = message.results
        if (message.query, message.scope, message.sort) != (self.query_text, self.scope, self.sort):
            return
        if message.more and self.results is not None:
            self._add_hits(results)
            return
        self.results = results
        self._undated = message.undated
        self._index_note = message.index_note
        self._render_status(results, message.scope, message.sort)
        self._fill_list(_kept_index(results.hits, message.keep))
        self._shown = (message.query, message.scope, message.sort)
        if self._rows_awaited == self._shown:
            self._rows_awaited = None
            self.results_list.rows_arrived()

    def _fill_list(self, highlight: int) -> None:
        """List the hits, cut to the list's width, with the cursor on one of them."""
        hits = self.results.hits if self.results else ()
        results_list = self.results_list
        self._line_width = self._list_width()
        results_list.set_paged_options(
            [Option(self._hit_prompt(hit, index), id=str(index)) for index, hit in enumerate(hits)]
        )
        if hits:
            results_list.highlight(min(highlight, len(hits) - 1))
        self.show_preview()

    def _list_width(self) -> int:
        return self.results_list.scrollable_content_region.width

    @on(NavList.Resized, "#results")
    def _fit_lines(self) -> None:
        """Cut the hit lines again when the list's width changed (resize, zoom, layout)."""
        width = self._list_width()
        if width and width != self._line_width and self.results is not None:
            self._fill_list(self.results_list.highlighted or 0)

    def _add_hits(self, results: SearchResults) -> None:
        """Append the hits past those already listed, leaving the cursor where it is."""
        shown = len(self.results.hits) if self.results else 0
        if len(results.hits) <= shown:
            return
        self.results = results
        self.results_list.add_options(
            Option(self._hit_prompt(hit, index), id=str(index))
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
        line = Text(f"{count}{shown} · {self._order(results, sort)}")
        if results.note:  # a lowercase "or" searched as a word: the count means all of them
            line.append(f" · {results.note}", style="bold")
        if self._index_note:  # said for as long as it is true, not in a passing toast
            line.append(f" · {self._index_note}", style="bold")
        status.update(line)

    def _order(self, results: SearchResults, sort: str) -> str:
        """The order the hits are in, in words; an undated corpus is not sorted by date."""
        typed = results.query.strip()
        if self._undated:
            return "by relevance: no dates to sort by" if typed else "no dates to sort by"
        # With nothing typed, or only patterns too broad to rank, every hit ties: the
        # list is newest first whatever the sort says.
        return f"by {sort}" if typed and not results.newest_first else "newest first"

    def _hit_prompt(self, hit: Hit, index: int | None = None) -> Text:
        """One line: date, then the title (or the speaker and the quote), cut to fit.

        A quote by the speaker of the line above leaves the name out, so a list of
        one person's words does not repeat it on every line.
        """
        # The colour only: the component's background would hide the list's highlight.
        meta_style = Style.from_color(self.get_component_rich_style("search--meta").color)
        date = published_value(hit.date, hit.date_precision) or "no date"
        line = Text(end="").append_text(badge(self, hit.article_id, *_marked_as(hit)))
        line.append_text(safe_line(f"{date:<10} ", meta_style))
        if hit.quote is not None:
            who = _speaker_of(hit)
            if who != _speaker_of(self._hit_before(hit, index)):
                line.append_text(safe_line(f"{who}: ", "bold"))
            cut = "…" if hit.quote.partial else ""  # a fragment of a sentence, as elsewhere
            line.append_text(safe_line(f"“{cut}{hit.quote.text}{cut}”", "italic"))
            return fit_line(line, Text(""), self._line_width)
        line.append_text(safe_line(hit.title or "(untitled)", "bold"))
        count = (
            Text(counted(hit.matches, hit.match_unit), style=meta_style)
            if hit.matches
            else Text("")
        )
        return fit_line(line, count, self._line_width)

    def _hit_before(self, hit: Hit, index: int | None) -> Hit | None:
        hits = self.results.hits if self.results else ()
        if index is None:
            index = next((i for i, other in enumerate(hits) if other is hit), 0)
        return hits[index - 1] if 0 < index <= len(hits) else None

    def show_preview(self) -> None:
        """Show the highlighted hit's words, where it is from and how it matched."""
        preview = self.query_one("#hit-preview", Static)
        hit = self.highlighted_hit()
        self.set_class(hit is None, "-no-preview")
        if hit is None:
            preview.update("")
            return
        meta_style = self.get_component_rich_style("search--meta")
        if hit.quote is not None:
            preview.update(self._quote_preview(hit, meta_style))
            return
        facts = [
            (published_value(hit.date, hit.date_precision) or "no date"),
            hit.source,
            hit.author,
        ]
        facts += [counted(hit.matches, hit.match_unit)] if hit.matches else []
        lines = [
            safe_line(hit.title or "(untitled)", "bold"),
            safe_line(" · ".join(fact for fact in facts if fact), meta_style),
        ]
        snippet = self._snippet_text(hit.snippet)
        lines += [snippet] if snippet.plain.strip() else []
        preview.update(Text("\n", end="").join(lines))

    def _quote_preview(self, hit: Hit, meta_style: Style) -> Text:
        quote = hit.quote
        assert quote is not None
        who = _speaker_of(hit)
        cut = "…" if quote.partial else ""
        said = Text(f"“{cut}", style="italic", end="")
        said.append_text(self._snippet_text(hit.snippet))
        said.append(f"{cut}”")
        said.stylize("italic")
        evidence = evidence_mark(quote).strip()
        basis = (quote.basis or "").removeprefix(f"{who}, ")  # the name is on this line
        speaker = (
            Text(end="")
            + safe_line(f"— {who}", "bold")
            + safe_line("".join(f" · {part}" for part in (evidence, basis) if part), meta_style)
        )
        date = published_value(hit.date, hit.date_precision) or "no date"
        where = " · ".join(part for part in (hit.title or "(untitled)", date, hit.source) if part)
        return Text("\n", end="").join([said, speaker, safe_line(where, meta_style)])

    def highlighted_hit(self) -> Hit | None:
        """The hit under the list's cursor, if any."""
        results_list = self.results_list
        index = results_list.highlighted
        if self.results is None or index is None or index >= len(self.results.hits):
            return None
        return self.results.hits[index]

    @on(OptionList.OptionHighlighted, "#results")
    def follow_highlight(self) -> None:
        self.show_preview()

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
        # The box's own value: the query it holds may not have reached `query_text` yet.
        wanted = (self.query_one("#query", Input).value, self.scope, self.sort)
        if wanted != self._shown:
            self._rows_awaited = wanted
            self.results_list.await_rows()

    def action_newer_query(self) -> None:
        """Down walks back towards the query being typed, then on to the results."""
        walk = getattr(self.app, "history_walk", None)
        if walk is not None and walk.walking:
            self._show_query(walk.newer(), walk.scope)
        else:
            self.action_leave_box()

    def on_key(self, event) -> None:
        query = self.query_one("#query", Input)
        if not query.has_focus or event.key != "up":
            return
        event.stop()
        walk = getattr(self.app, "history_walk", None)
        if walk is not None:
            self._show_query(walk.older(query.value, self.scope), walk.scope)

    def _show_query(self, text: str | None, scope: str) -> None:
        """Put an earlier query in the box (and search for it in its scope), or ring
        when there is none."""
        if text is None:
            self.app.bell()
            return
        self.screen.scope = scope
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


def _hit_key(hit: Hit) -> str:
    """What a hit is, whatever its rank: its article, and its quote's place in it."""
    return f"{hit.article_id}\x00{hit.quote.start if hit.quote else ''}"


def _kept_index(hits: Sequence[Hit], keep: tuple[str, int] | None) -> int:
    """Where the cursor goes in hits read again: on the same hit, else the same row."""
    if keep is None:
        return 0
    key, row = keep
    return next((n for n, hit in enumerate(hits) if _hit_key(hit) == key), row)


def _marked_as(hit: Hit) -> tuple[str, ...]:
    """What a mark on this hit is kept as: the quote with its span, or the article."""
    if hit.quote is not None:
        return ("quote", hit.quote.start, hit.quote.end)
    return ("article",)


def _speaker_of(hit: Hit | None) -> str | None:
    """Who said a quote hit's words, as the list names them."""
    if hit is None or hit.quote is None:
        return None
    return hit.quote.speaker or hit.quote.mention or "unknown speaker"
