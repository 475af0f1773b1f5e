"""The timeline pane: dated expressions in date order, grouped as precise as they are.

A day-precise date goes under its day, "January 2026" under its month, "2026"
under its year; dates `search` could not resolve get their own group at the
end. Publication dates and dates mentioned in the text carry different marks. A
sparkline above the list shows when things happened. Loading runs in a worker
and follows the search query once typing pauses, so the timeline narrows with
the results.

Only the first entries in date order are read (`events(limit=…)`), and the
sparkline comes from `event_counts`, so neither costs more on a large corpus
than on a small one. "Now", "recently" and "in future" are references, not
dates: they have no place on a timeline and are left out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import var
from textual.widgets import OptionList, Sparkline, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from newsexplore.search import FUTURE_REF, PAST_REF, PRESENT_REF, Event

from ..collecting import badge
from ..messages import JumpRequested, Location
from .library_thread import LibraryThread
from .lists import NavList, report_failure
from .pane import Pane
from .safe_text import safe_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["TimelinePane", "group_label"]

MAX_EVENTS_SHOWN = 400
"""Entries read and listed at once; a search narrows the rest."""
SENTENCE_CHARS = 140
CACHED_QUERIES = 8
"""Timelines kept for recent queries, so going back to one costs nothing."""
REFERENCES = frozenset({PRESENT_REF, PAST_REF, FUTURE_REF})
"""Values of expressions such as "now" or "recently" that name no date."""

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q(\d)$")
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}


def group_label(value: str | None) -> str:
    """A reader-friendly heading for a TimeML value, as precise as the value."""
    if value is None:
        return "Unresolved"
    if match := _DAY.match(value):
        day = dt.date(*map(int, match.groups()[:3]))
        weekday, month = calendar.day_abbr[day.weekday()], calendar.month_name[day.month]
        clock = f", {match.group(4)}" if match.group(4) else ""
        return f"{weekday} {day.day} {month} {day.year}{clock}"
    if match := _WEEK.match(value):
        what = "Weekend of week" if match.group(3) else "Week"
        return f"{what} {int(match.group(2))}, {match.group(1)}"
    if match := _MONTH.match(value):
        return f"{calendar.month_name[int(match.group(2))]} {match.group(1)}"
    if match := _QUARTER.match(value):
        return f"Quarter {match.group(2)}, {match.group(1)}"
    if len(value) == 7 and value[5:] in _SEASONS:
        return f"{_SEASONS[value[5:]]} {value[:4]}"
    if value.isdigit() and len(value) == 3:
        return f"The {value}0s"
    if value.isdigit() and len(value) == 2:
        nth = int(value) + 1
        suffix = (
            "th" if nth % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(nth % 10, "th")
        )
        return f"The {nth}{suffix} century"
    return value


OUTLIER_SHARE = 0.02
"""Share of dates at each end the sparkline may leave out to show where the rest cluster."""


def activity(counts: list[tuple[str, int]]) -> tuple[list[float], str]:
    """Counts per day (per month over long spans) for the sparkline, and a caption.

    A few far-off dates (a bond due in 2002, a company founded in 1857) would
    stretch the chart until the news itself is one bar, so when the outer 2 %
    at either end widen the span more than fourfold, the chart covers the rest
    and the caption says so.

    Args:
        counts: `(yyyy-mm-dd, count)` pairs as `Library.event_counts(by="day")` gives them.
    """
    days = Counter({dt.date.fromisoformat(day): n for day, n in counts})
    if not days:
        return [], "No day-precise dates."
    first, last = min(days), max(days)
    low, high = _central_span(days)
    total = sum(days.values())
    caption = (
        f"{total:,} day-precise date{'s' * (total != 1)} · {first.isoformat()} … {last.isoformat()}"
    )
    if (high - low).days * 4 < (last - first).days:
        shown = sum(n for day, n in days.items() if low <= day <= high)
        caption += f" · chart: {low.isoformat()} … {high.isoformat()} ({shown / total:.0%})"
        days = Counter({day: n for day, n in days.items() if low <= day <= high})
        first, last = low, high
    return _bars(days, first, last), caption


def _central_span(days: Counter[dt.date]) -> tuple[dt.date, dt.date]:
    """The first and last day once OUTLIER_SHARE of the dates is left out at each end."""
    ordered = sorted(days)
    skip = int(sum(days.values()) * OUTLIER_SHARE)
    low = high = None
    seen = 0
    for day in ordered:
        seen += days[day]
        if low is None and seen > skip:
            low = day
    seen = 0
    for day in reversed(ordered):
        seen += days[day]
        if high is None and seen > skip:
            high = day
    return low or ordered[0], high or ordered[-1]


def _bars(days: Counter[dt.date], first: dt.date, last: dt.date) -> list[float]:
    span = (last - first).days + 1
    if span <= 400:
        return [float(days.get(first + dt.timedelta(n), 0)) for n in range(span)]
    months: Counter[tuple[int, int]] = Counter()
    for day, n in days.items():
        months[(day.year, day.month)] += n
    keys = [(y, m) for y in range(first.year, last.year + 1) for m in range(1, 13)]
    keys = [k for k in keys if (first.year, first.month) <= k <= (last.year, last.month)]
    return [float(months.get(k, 0)) for k in keys]


class TimelinePane(Pane):
    """Pane with the activity sparkline and the grouped timeline."""

    LIST = "#timeline-list"

    HELP = (
        "Dates in the corpus, in date order, grouped by day, week, month or year as "
        "precisely as the text says. ● is an article's publication date, ○ a date "
        "mentioned in the text, ≈ a date whose year was inferred. Unresolved "
        "expressions come last. The list follows the search query. Enter opens the "
        "reader at the sentence."
    )

    query_text: var[str] = var("", init=False)
    """The search query the timeline is narrowed to."""

    @dataclass
    class EventsFetched(Message):
        query: str
        events: list[Event]
        counts: list[tuple[str, int]]
        complete: bool
        """False when there were more entries than were read."""
        titles: dict[str, str] = field(default_factory=dict)

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.events: list[Event] = []
        self.entries: list[Event] = []
        self.shown_query: str | None = None
        """The query whose timeline is on screen; None before the first load."""
        self._thread = LibraryThread("timeline")
        self._loaded = False
        self._prepared = False
        self._cache: dict[str, TimelinePane.EventsFetched] = {}
        self._titles: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-caption")
        yield Sparkline([], id="timeline-sparkline")
        yield NavList(id="timeline-list")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def on_unmount(self) -> None:
        self._thread.close()

    def watch_query_text(self) -> None:
        if self._loaded:  # the first load is the screen's call, once typing pauses
            self.load()

    @property
    def loaded(self) -> bool:
        """Whether a load was ever asked for (the first waits until typing pauses)."""
        return self._loaded

    def load(self) -> None:
        """Fetch the events for the current query off the UI thread (or from the cache)."""
        self._loaded = True
        cached = self._cache.get(self.query_text)
        if cached is not None:
            self.workers.cancel_group(self, "timeline")
            self.show_events(cached)
            return
        self._load(self.query_text)

    @work(
        thread=True, exclusive=True, group="timeline", description="timeline", exit_on_error=False
    )
    def _load(self, query: str) -> None:
        worker = get_current_worker()
        narrowed = query.strip() or None
        found = self._thread.call(self.library.events, query=narrowed, limit=MAX_EVENTS_SHOWN)
        events = [event for event in found if event.value not in REFERENCES]
        if worker.is_cancelled:
            return
        counts = self._thread.call(self.library.event_counts, query=narrowed, by="day")
        if worker.is_cancelled:
            return
        titles = self._thread.call(self._titles_for, events)
        if not worker.is_cancelled and query == self.query_text:
            complete = len(found) < MAX_EVENTS_SHOWN
            self.post_message(self.EventsFetched(query, events, counts, complete, titles))
        if not self._prepared and not worker.is_cancelled:
            # Typing has paused: build what the first query-filtered timeline needs now.
            self._prepared = True
            self._thread.call(self.library.prepare_timeline_filters)

    def _titles_for(self, events: list[Event]) -> dict[str, str]:
        """Article titles, cached across reloads: looking each one up is the slow part."""
        wanted = {event.article_id for event in events}
        for article_id in wanted - self._titles.keys():
            article = self.library.article(article_id)
            self._titles[article_id] = (article.title if article else "") or "(untitled)"
        return {article_id: self._titles[article_id] for article_id in wanted}

    @on(EventsFetched)
    def show_events(self, message: EventsFetched) -> None:
        if message.query != self.query_text:
            return
        self._cache.pop(message.query, None)
        self._cache[message.query] = message  # most recent last
        while len(self._cache) > CACHED_QUERIES:
            del self._cache[next(iter(self._cache))]
        self.events = message.events
        self.shown_query = message.query
        data, caption = activity(message.counts)
        self.query_one(Sparkline).data = data
        self.query_one("#timeline-caption", Static).update(Text(caption))
        self.set_class(not self.events, "-empty")
        self._fill_list(message.titles, message.complete)

    def _fill_list(self, titles: dict[str, str], complete: bool) -> None:
        options: list[Option] = []
        self.entries = []
        for value, members in groupby(self.events, key=lambda e: e.value):
            options.append(Option(Text(group_label(value), style="bold underline"), disabled=True))
            for event in members:
                options.append(Option(self._entry(event, titles), id=str(len(self.entries))))
                self.entries.append(event)
        if not self.entries:
            empty = "No dates here." if self.query_text.strip() else "No dates in this corpus."
            options.append(Option(Text(empty, style="dim"), disabled=True))
        elif not complete:
            note = f"First {len(self.entries)} entries in date order; search to narrow."
            options.append(Option(Text(note, style="dim"), disabled=True))
        listing = self.query_one("#timeline-list", NavList)
        listing.set_paged_options(options)
        if self.entries:
            listing.highlighted = 1

    def _entry(self, event: Event, titles: dict[str, str]) -> Text:
        published = event.kind == "published"
        mark = Text("● " if published else "○ ", style="bold" if published else "")
        what = "published" if published else event.expression
        start, end = event.sentence_start, event.sentence_end
        if end <= start:
            start, end = event.start, event.end
        line = badge(self, event.article_id, "event", start, end) + mark
        line += safe_line(what, "bold") + Text(" ≈" if event.inferred else "")
        line.append_text(safe_line(f" · {titles.get(event.article_id, '')}", "dim"))
        sentence = " ".join(event.sentence.split())
        if sentence and not published:
            if len(sentence) > SENTENCE_CHARS:
                sentence = sentence[: SENTENCE_CHARS - 1] + "…"
            line.append("\n  ")
            line.append_text(safe_line(sentence, "italic"))
        return line

    @on(OptionList.OptionSelected, "#timeline-list")
    def open_event(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        chosen = self.entries[int(event.option.id)]
        start, end = chosen.sentence_start, chosen.sentence_end
        if end <= start:
            start, end = chosen.start, chosen.end
        location = Location(
            chosen.article_id, start, end, "event", focus=(chosen.start, chosen.end)
        )
        self.post_message(JumpRequested(location))
