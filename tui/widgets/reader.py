"""The reader pane: one article, its quotes and hits, scrolled to a jump target.

The body is a Line API `ScrollView` over text wrapped by `article_text`, so the
line holding any character offset is known exactly: jumping to a quote or a
dated sentence scrolls that line into view without guessing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from newsexplore.search import (
    Article,
    Event,
    Quote,
    Span,
    counted_from_note,
    dates_counted_from,
    extraction_cut,
    published_value,
)

from ..collecting import MARK_BADGE, badge, marks_of
from ..counts import counted
from ..messages import Location
from .article_text import ArticleText, TextStyles, build_article_text, wrap_lines
from .pane import Pane
from .reader_header import HeaderPart, HeaderRows
from .safe_text import clean_line, safe_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["ArticleBody", "ArticleReader", "origin_facts", "web_link"]

WEB_SCHEMES = frozenset({"http", "https"})
"""The only addresses `o` hands to the browser: a corpus could carry `file:` or
`javascript:` links, and opening those is not what reading a story should do."""


HEADER_ROWS = 6
"""Rows of the header above its rule: two for the title, at least, and one each
for date and outlet, origin and status, with a second for a long origin."""


def web_link(url: str) -> str | None:
    """The article's address when it is a plain web link a browser may open, else None."""
    link = url.strip()
    if not link or any(c.isspace() or not c.isprintable() for c in link):
        return None
    parts = urlsplit(link)
    return link if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None


def origin_facts(article: Article) -> list[str]:
    """Where the article's text comes from: its id, its file (and record) and its address."""
    if article.path == article.id:  # a plain file's id is its path
        facts = [f"{article.path} (id and file)"]
    else:
        facts = [f"id {article.id}"]
        if article.path:
            line = f", line {article.line}" if article.line is not None else ""
            facts.append(f"{article.path}{line}")
    if article.misdecoded:
        # Cited words are the repaired ones: the file holds them mis-decoded.
        facts.append(f"{' and '.join(article.misdecoded)} repaired: mis-decoded characters")
    if article.url.strip():
        facts.append(article.url.strip())
    return facts


class ArticleBody(ScrollView, can_focus=True):
    """The scrolling article text."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "body--boilerplate",
        "body--quote",
        "body--speaker",
        "body--hit",
        "body--current-hit",
        "body--target",
        "body--focus",
        "body--mark",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("space", "page_down", "Page down", show=False, id="reader.page"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._document: ArticleText | None = None
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._wrapped_width = 0
        self._target: tuple[int, int] | None = None
        self._focus: int | None = None
        """Where the part of the target to see first starts (a date in its sentence)."""
        self._top: int | None = None
        self._shown_height = 0
        self._scroll_pending = False
        self._strips: LRUCache[int, Strip] = LRUCache(1024)

    def text_styles(self) -> TextStyles:
        """Styles for each kind of span, from TCSS so themes can change them."""
        style = self.get_component_rich_style
        return TextStyles(
            boilerplate=style("body--boilerplate"),
            quote=style("body--quote"),
            speaker=style("body--speaker"),
            hit=style("body--hit"),
            current_hit=style("body--current-hit"),
            target=style("body--target"),
            focus=style("body--focus"),
        )

    def show(
        self,
        document: ArticleText | None,
        target: tuple[int, int] | None,
        top: int | None = None,
        focus: int | None = None,
    ) -> None:
        """Display a document and scroll so that `target` (display offsets) is in view,
        or, given `top`, so that the line holding that display offset is the first shown.
        A target taller than the screen is shown from `focus` (a display offset in it)."""
        self._document = document
        self._target = target
        self._focus = focus
        self._top = top
        self._wrapped_width = 0
        self._scroll_pending = document is not None  # until laid out at a real width
        self._relayout()

    @property
    def scroll_pending(self) -> bool:
        """True while a requested scroll waits for the body to be laid out."""
        return self._scroll_pending

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_width:
            return
        self._wrapped_width = width
        plain = self._document.text.plain if self._document else ""
        self._lines = wrap_lines(plain, width) if self._document else []
        self._starts = [start for start, _ in self._lines]
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self._scroll_pending = True
        self._scroll_to_target()
        self.refresh()

    def on_resize(self) -> None:
        height = self.scrollable_content_region.height
        # The header above settles its height after the body is first laid out:
        # a target scrolled into a taller body may be just below a shorter one.
        height_changed = height != self._shown_height
        self._shown_height = height
        self._relayout()
        if self._scroll_pending or height_changed:
            self._scroll_to_target()

    def line_of(self, display_offset: int) -> int:
        """The wrapped line holding a display offset."""
        return max(0, bisect_right(self._starts, display_offset) - 1)

    def scroll_to_span(self, start: int, end: int) -> None:
        """Scroll a display span into view, a third of the way down when it fits."""
        self._target = (start, end)
        self._focus = None
        self._top = None
        self._scroll_to_target()

    def top_offset(self) -> int | None:
        """The display offset where the first line on screen starts."""
        top = round(self.scroll_y)
        return self._lines[top][0] if top < len(self._lines) else None

    def _scroll_to_target(self) -> None:
        if self._top is not None and self._lines:
            self._scroll_to_line(self.line_of(self._top))
            return
        if self._target is None or not self._lines:
            self._scroll_pending = False
            self.scroll_to(y=0, animate=False, immediate=True)
            return
        first = self.line_of(self._target[0])
        last = self.line_of(max(self._target[0], self._target[1] - 1))
        height = self.scrollable_content_region.height
        slack = max(0, height - (last - first + 1))
        focus = None if self._focus is None else self.line_of(self._focus)
        if focus is not None and not first <= focus < first + height:
            # A "sentence" taller than the screen (a transcript, a page with no full
            # stops): its start was shown, the date jumped to far below it.
            self._scroll_to_line(max(first, focus - height // 3))
            return
        self._scroll_to_line(max(0, first - slack // 3))

    def _scroll_to_line(self, wanted: int) -> None:
        # A line near the end cannot come further up than the last screenful:
        # asking for more kept the scroll pending, retried on every frame.
        wanted = min(wanted, max(0, len(self._lines) - self.scrollable_content_region.height))
        # A new virtual height only bounds scrolling after the next layout: until
        # then the scroll is clamped, so it is retried from `render_lines`.
        self._scroll_pending = wanted > self.max_scroll_y
        self.scroll_to(y=wanted, animate=False, immediate=True, force=True)

    def visible_lines(self) -> range:
        """Indexes of the wrapped lines currently on screen."""
        top = round(self.scroll_y)
        return range(top, min(len(self._lines), top + self.scrollable_content_region.height))

    def is_visible(self, display_offset: int) -> bool:
        return self.line_of(display_offset) in self.visible_lines()

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._scroll_pending:
            self.call_later(self._scroll_to_target)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        if self._document is None or index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            start, end = self._lines[index]
            line = self._document.line(start, end)
            line.rstrip()
            strip = Strip(line.render(self.app.console)).simplify()
            self._strips[index] = strip
        return strip.crop_extend(0, width, base).apply_style(base)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()


class ArticleReader(Pane, can_focus=False):
    """Pane showing the open article, with hit navigation."""

    LIST = "#reader-body"

    HELP = (
        "The open article. Quotes are styled with their speaker after them "
        "(~ found through a pronoun or description, ? a guess, ✓ checked; the words "
        "behind the speaker of a quote jumped to are in the header), "
        "and the header says what the article's inferred (≈) dates were counted from "
        "(and a date jumped to, its own), "
        "boilerplate (bylines, credits, 'Read more') is dimmed, search hits are "
        "highlighted. The header says where the text comes from (id, file and line, "
        "web address); o opens the address, or copies the file's path when there is "
        "none. The search the highlights follow is on the pane's bottom edge. Esc goes "
        "back to where the article was opened from (the search result, timeline row or "
        "quote, on that row) or to the line one was reading before; ] goes forward."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "n",
            "next_hit",
            "Next hit",
            tooltip="Scroll to the next search hit",
            id="reader.next_hit",
        ),
        Binding(
            "N",
            "previous_hit",
            "Prev hit",
            key_display="N",
            tooltip="Scroll to the previous search hit",
            id="reader.previous_hit",
        ),
        # One key, two bindings: the footer names what `o` does for this article.
        Binding(
            "o",
            "open_link",
            "Open link",
            tooltip="Open the article's web address in the browser",
            id="reader.open_link",
        ),
        Binding(
            "o",
            "copy_path",
            "Copy path",
            tooltip="The article has no web link: copy the path of its file instead",
            id="reader.copy_path",
        ),
    ]

    query_text: var[str] = var("", init=False)
    """The search query whose matches are highlighted."""
    location: var[Location | None] = var(None, init=False)
    """What is open, and the span to show."""

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.article: Article | None = None
        self.quotes: list[Quote] = []
        self.inferred: list[Event] = []
        """The open article's inferred (≈) dates, which the header says the source of."""
        self.hits: list[Span] = []
        self.current_hit: int | None = None
        self._document: ArticleText | None = None
        self._read_for: tuple[tuple[str, int] | None, int | None] = (None, None)
        """The open article (id, length) and how much of it was read for quotes and dates."""

    def compose(self) -> ComposeResult:
        yield Static(id="reader-header")
        yield ArticleBody(id="reader-body")

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def on_mount(self) -> None:
        self._render_header()

    def watch_location(self, location: Location | None) -> None:
        self._open(location)

    def watch_query_text(self) -> None:
        if self.article is not None:
            self._load_hits()
            self._redraw(keep_target=True)

    def reload(self) -> None:
        """Read the open article's quotes again (their speakers were corrected)."""
        if self.article is not None:
            self.quotes = self.library.quotes(article_id=self.article.id)
            self._redraw(keep_target=True)

    def index_changed(self) -> None:
        """Read the open article again from an index that changed: it may have been edited.

        One that left the corpus stays on screen, as it was, with a warning: the
        reader keeps its place rather than go blank under the user.
        """
        if self.article is None:
            return
        article = self.library.article(self.article.id)
        if article is None:
            self.notify(
                f"{self.article.id} is no longer in the corpus; shown as it was last indexed.",
                severity="warning",
                markup=False,
            )
            return
        self.article = article
        self.quotes = self.library.quotes(article_id=article.id)
        self._load_inferred()
        self._load_hits()
        self._redraw(keep_target=True)

    def _open(self, location: Location | None) -> None:
        article = self.library.article(location.article_id) if location else None
        self.article = article
        self.quotes = self.library.quotes(article_id=article.id) if article else []
        self._load_inferred()
        self._load_hits()
        if location is not None and location.hit is not None and self.hits:
            self.current_hit = min(location.hit, len(self.hits) - 1)
        elif location is not None and location.kind == "hit" and self.hits:
            self.current_hit = 0
        self._redraw(top=location.top if location else None)

    def reading_position(self) -> Location | None:
        """The open location with where the user is reading now, for Back to return to."""
        location = self.location
        document = self._document
        top = self.body.top_offset()
        if location is None or document is None or top is None:
            return location
        return replace(location, top=document.article_offset(top), hit=self.current_hit)

    def _load_inferred(self) -> None:
        """The article's inferred dates, where the header has something to say of them:
        in an article not dated to the day, whose ≈ dates count from a reference, or for
        a date jumped to (a fiscal quarter's note). A story dated to the day counts from
        its own date, which the header already gives."""
        article, location = self.article, self.location
        wanted = article is not None and (
            article.date is None
            or article.date_precision != "day"
            or (location is not None and location.kind == "event")
        )
        events = self.library.events(article_id=article.id) if wanted else []
        self.inferred = [e for e in events if e.inferred]

    def _load_hits(self) -> None:
        self.current_hit = None
        query = self.query_text.strip()
        if self.article is None or not query:
            self.hits = []
            self.refresh_bindings()
            return
        self.hits = sorted(self.library.match_spans(self.article.id, query), key=lambda s: s.start)
        self.refresh_bindings()

    def _target(self) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        location = self.location
        if self.current_hit is not None:
            hit = self.hits[self.current_hit]
            return (hit.start, hit.end), None
        if location is None or not location.has_span or location.kind == "hit":
            return None, None
        return (location.start, location.end), location.focus

    def _redraw(self, keep_target: bool = False, top: int | None = None) -> None:
        """Rebuild the styled text and show it, scrolled to the target (or with the
        line holding the article offset `top` first on screen)."""
        if self.article is None:
            self._document = None
            self.body.show(None, None)
            self._render_header()
            return
        target, focus = self._target()
        span_target = None if self.current_hit is not None else target
        self._document = build_article_text(
            self.article,
            self.quotes,
            self.hits,
            self.body.text_styles(),
            current_hit=self.current_hit,
            target=span_target,
            focus=focus,
        )
        self._style_marks()
        shown = None
        if target is not None:
            shown = (self._document.display_start(target[0]), self._document.display_end(target[1]))
        top_shown = None if top is None else self._document.display_start(top)
        focus_shown = None if focus is None else self._document.display_start(focus[0])
        self.body.show(self._document, shown, top_shown, focus_shown)
        self._render_header()

    def _style_marks(self) -> None:
        """Underline marked passages, so what was kept shows where it was found."""
        marks = marks_of(self)
        if marks is None or self._document is None or self.article is None:
            return
        style = self.body.get_component_rich_style("body--mark")
        for start, end in marks.spans(self.article.id):
            self._document.stylize(style, start, end)

    def redraw_marks(self) -> None:
        """Draw the article again after a mark in it changed, staying where it is."""
        if self.article is not None:
            scroll = self.body.scroll_y
            self._redraw(keep_target=True)
            self.body.scroll_to(y=scroll, animate=False, immediate=True)

    def _render_header(self) -> None:
        header = self.query_one("#reader-header", Static)
        article = self.article
        if article is None:
            missing = self.location is not None
            header.update(
                Text("That article is not in the index.", style="italic")
                if missing
                else Text("No article open. Pick a search result, a quote or a timeline entry.")
            )
            self.set_class(True, "-empty")
            return
        self.set_class(False, "-empty")
        header.update(self._header_text(article))

    def _header_text(self, article: Article) -> HeaderRows:
        """Title, date and outlet, origin, status: the title gives way first, so
        where the text comes from is always in sight; room to spare goes first to
        the status, which says how the speaker of a quote jumped to was found."""
        title = badge(self, article.id, "article")
        title.append_text(safe_line(article.title or "(untitled)", "bold"))
        facts = [published_value(article.date, article.date_precision) or "no date"]
        facts += [value for value in (dates_counted_from(self.inferred),) if value]
        facts += [value for value in (article.source, article.author) if value]
        meta = safe_line(" · ".join(facts), "dim")
        origin = safe_line(" · ".join(origin_facts(article)), "dim")
        status = Text(self._status(), style="italic")
        parts = [
            HeaderPart(title, most=2, grows=2),
            HeaderPart(meta, grows=3),
            HeaderPart(origin, most=2),
            HeaderPart(status, grows=1),
        ]
        return HeaderRows(parts, rows=HEADER_ROWS)

    def _status(self) -> str:
        """The quotes, the hits, the marks, then how the target was found: the hit
        counter comes before the words on the target, which are the ones cut at 80
        columns ("carried from an earlier quote: …" hid where `n` had gone)."""
        parts = [counted(len(self.quotes), "quote")]
        if (read := self._read_to()) is not None:
            parts.append(f"quotes and dates read in the first {read:,} characters only")
        if self.hits and self.current_hit is None:
            parts.append(f"{counted(len(self.hits), 'hit')} (n / N)")
        elif self.hits:
            parts.append(f"hit {self.current_hit + 1}/{len(self.hits)}")
        elif self.query_text.strip():
            parts.append("no hits")
        marks = marks_of(self)
        kept = len(marks.spans(self.article.id)) if marks and self.article else 0
        if kept:
            parts.append(f"{MARK_BADGE}{kept} marked")
        parts.append(self._target_basis())
        return " · ".join(part for part in parts if part)

    def _read_to(self) -> int | None:
        """Where a very long article stopped being read for quotes and dates, if it did:
        past it, "0 quotes" means not looked at, not none said."""
        article = self.article
        if article is None:
            return None
        key = (article.id, len(article.text))
        if self._read_for[0] != key:
            self._read_for = (key, extraction_cut(article))
        return self._read_for[1]

    def _target_basis(self) -> str:
        """How the speaker of the quote jumped to was found, in the words it went through;
        for an inferred date jumped to, what it was counted from."""
        location = self.location
        if location is not None and location.kind == "event":
            return self._date_basis(location)
        if location is None or location.kind != "quote":
            return ""
        quote = next((q for q in self.quotes if q.start == location.start), None)
        if quote is None or quote.speaker is None:
            return ""
        basis = "checked" if quote.checked else quote.basis
        return clean_line(basis)

    def _date_basis(self, location: Location) -> str:
        """ "yesterday ≈ 2024-06-11, counted from 2024-06-12 (--reference-date)": the
        date jumped to, when inferred, with what it was counted from."""
        span = location.focus or (location.start, location.end)
        event = next((e for e in self.inferred if (e.start, e.end) == span), None)
        article_text = self.article.text if self.article is not None else None
        said = counted_from_note(event, article_text) if event is not None else ""
        if not said:
            return ""
        words = " ".join(clean_line(event.expression).split())
        return f"{words} ≈ {event.value}, {said}"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n and N are offered only while the open article has hits to walk; `o`
        opens a web link where the article has one, else copies its path."""
        if action in ("next_hit", "previous_hit"):
            return bool(self.hits)
        if action == "open_link":
            return self.article is not None and web_link(self.article.url) is not None
        if action == "copy_path":
            return self.article is not None and web_link(self.article.url) is None
        return super().check_action(action, parameters)

    def action_open_link(self) -> None:
        link = web_link(self.article.url) if self.article else None
        if link is None:
            self.action_copy_path()
            return
        self.app.open_url(link)
        self.notify(f"Opening {link}", markup=False, timeout=3)

    def action_copy_path(self) -> None:
        """Copy where the article's text is, for an article no browser can open."""
        article = self.article
        if article is None:
            return
        file = self.library.article_file(article)
        place = str(file) if file else article.path or article.id
        line = f" (line {article.line})" if article.line is not None else ""
        url = article.url.strip()
        why = f"Not a web link, not opened: {url}." if url else "No web link for this article."
        self.app.copy_to_clipboard(place)
        self.notify(clean_line(f"{why} Copied its path: {place}{line}"), markup=False, timeout=5)

    def action_next_hit(self) -> None:
        self._step_hit(+1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if not self.hits:
            self.app.bell()
            return
        if self.current_hit is None:
            self.current_hit = self._first_hit_from_target(step)
        else:
            self.current_hit = (self.current_hit + step) % len(self.hits)
        self._redraw()

    def _first_hit_from_target(self, step: int) -> int:
        """The hit `n` (step 1) or `N` (-1) goes to first: from the quote or date jumped
        to, where the reader opened, not from the article's top, which lost the place."""
        location = self.location
        starts = [hit.start for hit in self.hits]
        if location is None or not location.has_span or location.kind == "hit":
            return 0 if step > 0 else len(starts) - 1
        if step > 0:
            return bisect_left(starts, location.start) % len(starts)
        return (bisect_left(starts, location.start) - 1) % len(starts)

    def target_visible(self) -> bool:
        """Whether the jump target or current hit is on screen."""
        target, _ = self._target()
        if target is None or self._document is None:
            return False
        body = self.body
        start = self._document.display_start(target[0])
        end = self._document.display_end(target[1])
        return body.is_visible(start) and body.is_visible(max(start, end - 1))
