"""The speakers pane: everyone quoted, filterable, and the quotes of the one selected.

Speakers load once in a worker (the list can be long on a big corpus); the
filter then runs in memory on names and aliases. A selected speaker's quotes,
and the titles of the articles they come from, are read in a worker too: a
much-quoted speaker on a large corpus has thousands. Quotes that `search` grouped
as the same words reported in several articles are listed together, one
selectable line per article, so Enter can open any of them.

Choosing a speaker drills down, as list UIs do: the pane then shows only that
speaker's quotes, one line each, with the highlighted quote in full under
them (its article, and how its speaker was found); Esc goes back up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import DescendantFocus
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from newsexplore.search import Article, Quote, Speaker, fold_accents, published_value

from ..collecting import badge
from ..counts import counted
from ..messages import JumpRequested, Location
from .article_text import evidence_mark
from .boxes import Box
from .library_thread import LibraryThread
from .lists import NavList, fit_line, report_failure
from .pane import Pane
from .safe_text import clean_line, safe_line
from .speaker_corrections import CORRECTION_BINDINGS, SpeakerCorrections

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["SpeakersPane"]

MAX_SPEAKERS_SHOWN = 500
"""Speakers listed at once; the filter reaches the rest."""
MAX_QUOTES_SHOWN = 500
"""Quotes of one speaker listed at once (an export writes them all)."""


class SpeakersPane(SpeakerCorrections):
    """Pane listing speakers and the selected speaker's quotes."""

    LIST = "#speaker-list"
    BOX = "#speaker-filter"
    OWN_SLASH = True

    HELP = (
        "Everyone quoted in the corpus, most quoted first, with roles. / puts the cursor "
        "in the filter to narrow the list; Enter on a speaker shows their quotes, one a line, "
        "the highlighted one in full below; Esc or F4 goes back to the speakers; Enter on a "
        "quote opens the reader at it. A quote reported in several articles is listed "
        "once per article. A quote whose speaker was found through a pronoun or a "
        "description is marked ~, a guess ?, a checked one ✓; w says how. M merges "
        "another speaker into the highlighted one, U takes a merged one back out (its names, "
        "roles and quotes), S splits an alias off, R renames, K says it is an organisation "
        "(or a person); "
        "on a quote, A gives it to someone else and v marks it checked. e exports what "
        "the pane shows: the speakers listed, or the quotes once a speaker is open. Corrections "
        "are kept with your marks and survive re-indexing."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Pane.LEAVE_BOX,
        Pane.TO_LIST,
        Pane.DOWN_TO_LIST,
        Binding(
            "slash",
            "focus_box",
            "Filter",
            tooltip="Type part of a name to narrow the speaker list",
            priority=True,
            id="speakers.filter",
        ),
        Binding(
            "escape,backspace",
            "back_to_speakers",
            "Speaker list",
            tooltip="Leave the quotes and return to the speaker list",
            id="speakers.back",
        ),
        Binding(
            "w",
            "show_basis",
            "Why",
            tooltip="Show how the highlighted quote's speaker was found",
            id="speakers.why",
        ),
        *CORRECTION_BINDINGS,
    ]

    speaker_id: var[str | None] = var(None, init=False)
    """The selected speaker, shared with the screen."""

    @dataclass
    class SpeakersLoaded(Message):
        speakers: list[Speaker]

    @dataclass
    class QuotesLoaded(Message):
        speaker_id: str | None
        quotes: list[Quote]
        articles: dict[str, Article | None]

    class Corrected(Message):
        """The user corrected a speaker or a quote: what shows speakers must be read again."""

    @dataclass
    class SpeakerSelected(Message):
        """The user chose a speaker in the list."""

        speaker_id: str

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.speakers: list[Speaker] = []
        self.quotes: list[Quote] = []
        self._titles: dict[str, Article | None] = {}
        self._thread = LibraryThread("speakers")
        self._quotes_for: str | None = None
        self._articles: dict[str, Article | None] = {}
        self._line_width = 0
        """The width the quote lines were cut to; a resize that changes it redraws them."""
        self._shown_name: tuple[str, str] | None = None
        """(id, name) of the speaker whose quotes were last shown, to name them once gone."""

    def compose(self) -> ComposeResult:
        yield Box(placeholder="Filter speakers", id="speaker-filter")
        yield NavList(id="speaker-list", one_line=True)
        yield Static(id="speaker-heading")
        yield NavList(id="speaker-quotes", one_line=True)
        yield Static(id="quote-preview")

    @property
    def quote_list(self) -> NavList:
        """The selected speaker's quotes. F4 lands on the speaker list instead, as F2
        lands on the search box: Enter on the speaker highlighted there comes back."""
        return self.query_one("#speaker-quotes", NavList)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The quotes take the pane while they have focus, the speaker list otherwise."""
        self.set_class(event.widget is self.query_one("#speaker-quotes"), "-quotes")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def on_unmount(self) -> None:
        self._thread.close()

    def load(self) -> None:
        """Fetch the speaker list off the UI thread."""
        self._load_speakers()

    @work(
        thread=True, exclusive=True, group="speakers", description="speakers", exit_on_error=False
    )
    def _load_speakers(self) -> None:
        self.post_message(self.SpeakersLoaded(self._thread.call(self.library.speakers)))

    @on(SpeakersLoaded)
    def show_speakers(self, message: SpeakersLoaded) -> None:
        cursor = self._cursor_spot()
        self.speakers = message.speakers
        self._fill_speaker_list(keep=cursor)
        self._render_heading()

    def _cursor_spot(self) -> tuple[Speaker, int] | None:
        """The speaker under the list's cursor and its row, before the list is read again."""
        listing = self.query_one("#speaker-list", NavList)
        row = listing.highlighted
        if row is None or row >= listing.option_count:
            return None
        speaker_id = listing.get_option_at_index(row).id
        speaker = next((s for s in self.speakers if s.id == speaker_id), None)
        return (speaker, row) if speaker is not None else None

    @on(Input.Changed, "#speaker-filter")
    def filter_speakers(self) -> None:
        self._fill_speaker_list()

    @property
    def showing_quotes(self) -> bool:
        """True while the pane shows a speaker's quotes rather than the speaker list."""
        return self.has_class("-quotes")

    def listed_speakers(self) -> list[Speaker]:
        """Every speaker the filter lets through, also those past the first screenfuls."""
        return self._matching()

    def _matching(self) -> list[Speaker]:
        needle = fold_accents(self.query_one("#speaker-filter", Input).value.strip().casefold())
        if not needle:
            return self.speakers
        # Accents folded on both sides: "pena" finds Peña Nieto, as a search does.
        return [
            s
            for s in self.speakers
            if any(needle in fold_accents(n.casefold()) for n in (s.name, *s.aliases))
        ]

    def _fill_speaker_list(self, keep: tuple[Speaker, int] | None = None) -> None:
        """Fill the list; read again (`keep`: the speaker under the cursor and its row),
        the cursor stays on that speaker, as a correction made there left it."""
        speakers = self._matching()[:MAX_SPEAKERS_SHOWN]
        listing = self.query_one("#speaker-list", NavList)
        shown = self.highlighted_speaker()
        listing.set_paged_options([Option(self._speaker_prompt(s), id=s.id) for s in speakers])
        self.set_class(not self.speakers, "-empty")
        if not speakers:
            return
        ids = [s.id for s in speakers]
        if keep is not None:
            listing.highlight(_row_after(speakers, *keep))
            return
        wanted = self.speaker_id if self.speaker_id in ids else shown.id if shown else None
        listing.highlight(ids.index(wanted) if wanted in ids else 0)

    def _speaker_prompt(self, speaker: Speaker) -> Text:
        """One line: how often quoted, the name, then the roles as far as they fit."""
        count = f"{speaker.quote_count:>3} "
        kind = " (org)" if speaker.kind == "organisation" else ""
        line = Text(count, style="bold", end="") + safe_line(speaker.name) + Text(kind, style="dim")
        if speaker.roles:
            line.append_text(safe_line(" · " + ", ".join(speaker.roles[:3]), "dim italic"))
        return line

    @on(OptionList.OptionSelected, "#speaker-list")
    def select_speaker(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.SpeakerSelected(event.option.id))
            self.query_one("#speaker-quotes").focus()

    def watch_speaker_id(self, speaker_id: str | None) -> None:
        self._highlight_selected()
        self._load_quotes(speaker_id)

    def _highlight_selected(self) -> None:
        """Keep the list's highlight on the selected speaker, however they were chosen.

        Chosen from the palette, the speaker was selected but the highlight
        stayed where it was, so Enter opened whoever that was.
        """
        ids = [speaker.id for speaker in self._matching()[:MAX_SPEAKERS_SHOWN]]
        if self.speaker_id in ids:
            self.query_one("#speaker-list", NavList).highlight(ids.index(self.speaker_id))

    def reveal(self, speaker_id: str) -> None:
        """Clear a filter that would hide a speaker chosen elsewhere (the palette) from the list."""
        if all(speaker.id != speaker_id for speaker in self._matching()):
            self.query_one("#speaker-filter", Input).value = ""
            self._fill_speaker_list()

    @work(thread=True, exclusive=True, group="quotes", description="quotes", exit_on_error=False)
    def _load_quotes(self, speaker_id: str | None) -> None:
        worker = get_current_worker()
        if speaker_id is None:
            quotes, articles = [], {}
        else:
            read = self._thread.call(self._read_quotes, speaker_id, lambda: worker.is_cancelled)
            if read is None:
                return
            quotes, articles = read
        if speaker_id == self.speaker_id:
            self.post_message(self.QuotesLoaded(speaker_id, quotes, articles))

    def _read_quotes(
        self, speaker_id: str, cancelled: Callable[[], bool]
    ) -> tuple[list[Quote], dict[str, Article | None]] | None:
        """A speaker's quotes, grouped, and the articles of those listed; None if cancelled.

        One call on the library thread: one an article (124 for a much-quoted
        speaker) had the list wait for that thread to be scheduled each time,
        most of a second on a busy machine.
        """
        quotes = _grouped(self.library.quotes(speaker_id=speaker_id))
        articles: dict[str, Article | None] = {}
        for quote in quotes[:MAX_QUOTES_SHOWN]:
            if cancelled():
                return None
            if quote.article_id not in articles:
                articles[quote.article_id] = self._article(quote.article_id)
        return quotes, articles

    @on(QuotesLoaded)
    def show_quotes(self, message: QuotesLoaded) -> None:
        if message.speaker_id != self.speaker_id:
            return
        again = message.speaker_id == self._quotes_for  # read again: the cursor stays
        row = self.query_one("#speaker-quotes", NavList).highlighted if again else None
        kept = self.highlighted_quote() if again else None
        if kept is not None:  # on the same quote, wherever the new quotes put it
            spots = [(q.article_id, q.start) for q in message.quotes[:MAX_QUOTES_SHOWN]]
            where = (kept.article_id, kept.start)
            row = spots.index(where) if where in spots else row
        self.quotes = message.quotes
        self._quotes_for = message.speaker_id
        self._articles = message.articles
        self._fill_quote_list(row or 0)
        self._render_heading()

    @property
    def quotes_pending(self) -> bool:
        """True while the selected speaker's quotes are still being read."""
        return self.speaker_id != self._quotes_for

    def highlighted_speaker(self) -> Speaker | None:
        """The speaker the keys act on: the one whose quotes are listed, when they have
        focus, else the one highlighted in the list."""
        if self.query_one("#speaker-quotes").has_focus:
            return self.selected_speaker()
        listing = self.query_one("#speaker-list", NavList)
        if listing.highlighted is None or listing.option_count == 0:
            return None
        speaker_id = listing.get_option_at_index(listing.highlighted).id
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def corrections_changed(self) -> None:
        self.index_changed()
        self.post_message(self.Corrected())

    def index_changed(self) -> None:
        """Read the speakers and quotes again; the selection and the cursors stay."""
        self._titles.clear()
        self.load()
        self._load_quotes(self.speaker_id)

    def selected_speaker(self) -> Speaker | None:
        return next((s for s in self.speakers if s.id == self.speaker_id), None)

    def _render_heading(self) -> None:
        heading = self.query_one("#speaker-heading", Static)
        speaker = self.selected_speaker()
        if speaker is None:
            heading.update(Text(self._no_speaker_shown(), style="dim"))
            return
        self._shown_name = (speaker.id, speaker.name)
        text = safe_line(speaker.name, "bold") + Text(f" · {counted(len(self.quotes), 'quote')}")
        if speaker.roles:
            text.append_text(safe_line(" · " + ", ".join(speaker.roles[:2]), "dim italic"))
        heading.update(text)

    def _no_speaker_shown(self) -> str:
        """Why no quotes are listed: a speaker chosen whose quotes all went elsewhere
        (given to someone, merged away) is named, not taken for no choice at all."""
        if not self.speakers:
            return "No one is quoted in this corpus."
        shown = self._shown_name
        if self.speaker_id is not None and shown is not None and shown[0] == self.speaker_id:
            return clean_line(
                f"{shown[1]} has no quotes left: they were given to someone else or merged "
                "into another speaker. Esc goes back to the speakers."
            )
        return "Enter on a speaker lists their quotes."

    def _article(self, article_id: str) -> Article | None:
        """An article, cached: a speaker's quotes often come from the same few."""
        if article_id not in self._titles:
            self._titles[article_id] = self.library.article(article_id)
        return self._titles[article_id]

    def _fill_quote_list(self, highlight: int) -> None:
        """List the quotes, one line each cut to the list's width, the cursor on one."""
        shown = self.quotes[:MAX_QUOTES_SHOWN]
        listing = self.query_one("#speaker-quotes", NavList)
        self._line_width = listing.scrollable_content_region.width
        options = [
            Option(
                self._quote_prompt(
                    quote,
                    first,
                    self._articles.get(quote.article_id),
                    shown[i - 1].article_id if i else None,
                ),
                id=str(i),
            )
            for i, (quote, first) in enumerate(_firsts(shown))
        ]
        if len(self.quotes) > len(shown):
            more = f"First {len(shown)} of {len(self.quotes)} quotes; export writes them all."
            options.append(Option(Text(more, style="dim"), disabled=True))
        listing.set_paged_options(options)
        if shown:
            listing.highlight(min(highlight, len(shown) - 1))
        self.show_preview()

    @on(NavList.Resized, "#speaker-quotes")
    def _fit_lines(self) -> None:
        """Cut the quote lines again when the list's width changed (resize, zoom, drill-down)."""
        listing = self.query_one("#speaker-quotes", NavList)
        width = listing.scrollable_content_region.width
        if width and width != self._line_width and self.quotes:
            self._fill_quote_list(listing.highlighted or 0)

    def _quote_prompt(
        self, quote: Quote, first: bool, article: Article | None, article_above: str | None
    ) -> Text:
        """One line: the article's date and the words (or, for a report of the same words
        in another article, that article's title). `article_above`: the article of the
        line above, whose date is not written again."""
        date = (
            published_value(article.date, article.date_precision) if article else ""
        ) or "no date"
        if first and article_above == quote.article_id:
            date = ""  # the same article as the line above: its date once is enough
        line = Text(end="").append_text(
            badge(self, quote.article_id, "quote", quote.start, quote.end)
        )
        line.append_text(Text(f"{date:<10} ", style="dim"))
        if not first:
            title = article.title if article and article.title else "(untitled)"
            line.append_text(Text("↳ also in: ", style="dim") + safe_line(title, "dim"))
            return fit_line(line, Text(""), self._line_width)
        marks = "…" if quote.partial else ""
        line.append_text(safe_line(f"“{marks}{quote.text}{marks}”", "italic"))
        trust = Text(evidence_mark(quote).strip(), style="dim")
        return fit_line(line, trust, self._line_width)

    def show_preview(self) -> None:
        """The highlighted quote in full: its words, who said it and how that was found,
        and the article it is from."""
        preview = self.query_one("#quote-preview", Static)
        quote = self.highlighted_quote()
        self.set_class(quote is None, "-no-preview")
        if quote is None:
            preview.update("")
            return
        article = self._articles.get(quote.article_id)
        marks = "…" if quote.partial else ""
        said = safe_line(f"“{marks}{quote.text}{marks}”", "italic")
        who = quote.speaker or quote.mention or "unknown speaker"
        how = "checked by you" if quote.checked else (quote.basis or "").removeprefix(f"{who}, ")
        mark = evidence_mark(quote).strip()
        speaker = (
            Text(end="")
            + safe_line(f"— {who}", "bold")
            + safe_line("".join(f" · {part}" for part in (mark, how) if part), "dim")
        )
        facts = [quote.article_id]
        if article is not None:
            day = published_value(article.date, article.date_precision) or "no date"
            facts = [article.title or "(untitled)", day, article.source]
        where = safe_line(" · ".join(fact for fact in facts if fact), "dim")
        preview.update(Text("\n", end="").join([said, speaker, where]))

    @on(OptionList.OptionHighlighted, "#speaker-quotes")
    def follow_highlight(self, event: OptionList.OptionHighlighted) -> None:
        self.show_preview()

    def highlighted_quote(self) -> Quote | None:
        listing = self.query_one("#speaker-quotes", NavList)
        if listing.highlighted is None or listing.highlighted >= listing.option_count:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return self.quotes[int(option.id)] if option.id is not None else None

    def action_show_basis(self) -> None:
        """Say how the highlighted quote's speaker was found, in the words it went through."""
        quote = self.highlighted_quote()
        if quote is None:
            return
        basis = "checked by you" if quote.checked else quote.basis or "no speaker found"
        self.notify(clean_line(basis), title="Why this speaker", markup=False)

    @on(OptionList.OptionSelected, "#speaker-quotes")
    def open_quote(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        quote = self.quotes[int(event.option.id)]
        self.post_message(
            JumpRequested(Location(quote.article_id, quote.start, quote.end, "quote"))
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc leaves the quote list (elsewhere it is the screen's Back); w, A and v act
        on a quote, and in the speaker list are listed in help, greyed, rather than hidden
        (the footer leaves them out)."""
        in_quotes = self.screen.focused is self.query_one("#speaker-quotes")
        if action == "back_to_speakers":
            return in_quotes
        if action in ("show_basis", "assign_quote", "check_quote"):
            return True if in_quotes else None
        if action == "focus_box":
            return not self.typing
        return super().check_action(action, parameters)

    def action_back_to_speakers(self) -> None:
        # Focus moves now (`Widget.focus` waits a turn): an `m` typed straight after
        # Esc is for the speaker list, not for the quote being left.
        self.screen.set_focus(self.query_one("#speaker-list"))


def _row_after(speakers: list[Speaker], before: Speaker, row: int) -> int:
    """Where the cursor goes once the speakers are read again: the speaker it was on;
    when a correction took that id away (merged under a full name, renamed), whoever
    now holds their name; when they are gone (their last quote given away), the
    row it stood at."""
    ids = [s.id for s in speakers]
    if before.id in ids:
        return ids.index(before.id)
    name = before.name.casefold()
    for at, speaker in enumerate(speakers):
        if name in (n.casefold() for n in (speaker.name, *speaker.aliases)):
            return at
    return min(row, len(speakers) - 1)


def _group_key(index: int, quote: Quote) -> str:
    return quote.group or f"#{index}"


def _grouped(quotes: list[Quote]) -> list[Quote]:
    """Quotes in their order, with the other reports of a grouped quote right after it."""
    order: dict[str, int] = {}
    for index, quote in enumerate(quotes):
        order.setdefault(_group_key(index, quote), index)
    keyed = sorted(enumerate(quotes), key=lambda item: order[_group_key(*item)])
    return [quote for _, quote in keyed]


def _firsts(quotes: list[Quote]) -> list[tuple[Quote, bool]]:
    """Each quote with a flag marking the first of its group (grouped quotes are adjacent)."""
    return [
        (quote, index == 0 or quote.group is None or quote.group != quotes[index - 1].group)
        for index, quote in enumerate(quotes)
    ]
