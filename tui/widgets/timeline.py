"""The timeline pane: what happened when, opened where the news is.

The list is read from `Library.timeline_page` a few dozen groups at a time, on
both sides of a date: at first the month most articles were published in (so
a 1987 archive opens on 1987, not on the oldest date anyone mentioned), then
wherever the user jumps. Scrolling towards either end reads the next groups,
so every entry is reachable and a corpus of any size opens as fast as a small
one. Each group is a heading (its date, how many dates fall in it, in how many
articles, from which sources) with a few of its sentences under it; Enter on
"more" reads the rest.

Above the list, the activity chart shows the range the timeline is drilled
into; a bar chosen by click or ←/→ narrows the list to its period, Enter on a
year or month heading drills into it, and `u` steps back out. `d` jumps to a
date typed in any form the extractor reads, `p` switches between dates
mentioned in the text and publication dates, `v` groups by day, month or
year, and `r` hands the range in view to the search as `date:[… TO …]`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from newsexplore.search import Event, TimelineGroup, TimelinePage, read_typed_date

from ..collecting import badge
from ..messages import JumpRequested, Location
from .activity_chart import ActivityChart, Bar, choose_bars
from .library_thread import LibraryThread
from .lists import NavList, report_failure
from .pane import Pane
from .safe_text import safe_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["TimelinePane", "View", "group_label"]

SENTENCE_CHARS = 140
TITLE_CHARS = 50
GROUPS_BEFORE = 6
"""Groups read above the date the list opens at, so both directions show."""
GROUPS_AFTER = 30
PAGE_GROUPS = 30
"""Groups read when the list nears either end."""
MORE_ENTRIES = 200
"""Entries read when a group is opened in full."""
CHILD = {"year": "month", "month": "day", "day": "day"}
PARENT = {"day": "month", "month": "year", "year": "year"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q(\d)$")
_HALF = re.compile(r"^(\d{4})-H(\d)$")
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
    if match := _HALF.match(value):
        return f"{'First' if match.group(2) == '1' else 'Second'} half of {match.group(1)}"
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


def sortday_date(day: int, *, end: bool = False) -> dt.date:
    """The first (or last) calendar day a sortday bound stands for (00 parts widened)."""
    year, month, mday = day // 10000, day // 100 % 100, day % 100
    if end:
        month = month if 1 <= month <= 12 else 12
        mday = mday if 1 <= mday <= 28 else calendar.monthrange(year, month)[1]
    return dt.date(year, min(max(month, 1), 12), min(max(mday, 1), 31))


@dataclass(frozen=True)
class View:
    """What the list shows: which dates, grouped how, within which range."""

    dates: str = "mentioned"
    grouping: str = "day"
    low: int | None = None
    """First sortday of the range drilled into (None: the whole timeline)."""
    high: int | None = None
    bar: Bar | None = None
    """The chart bar the list is narrowed to, inside the drilled range."""

    @property
    def span(self) -> tuple[int, int] | None:
        """The sortday bounds the list is limited to."""
        if self.bar is not None:
            return self.bar.low, self.bar.high
        if self.low is not None and self.high is not None:
            return self.low, self.high
        return None

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        span = self.span
        if span is None:
            return None, None
        return sortday_date(span[0]), sortday_date(span[1], end=True)


class DateInput(Input):
    """The one-line prompt for the date to jump to; Esc puts it away."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Cancel", tooltip="Put the date prompt away", id="jump.cancel")
    ]

    def action_dismiss(self) -> None:
        self.value = ""
        self.display = False
        self.screen.query_one("#timeline-list").focus()


class TimelinePane(Pane):
    """Pane with the activity chart and the grouped, lazily read timeline."""

    LIST = "#timeline-list"

    HELP = (
        "Dates in the corpus in date order, opened where most articles were published. "
        "Each heading gives the date, how many dates fall on it, in how many articles "
        "and from which sources; ● is a publication date, ○ a date mentioned in the "
        "text, ≈ a date inferred (a missing year, or an undated article's own dates). "
        "d: go to a date ('1987-03', 'March 1987', 'last week'); ←/→ or a click: "
        "narrow to a bar of the chart; Enter on a year or month: drill into it; u: "
        "back out; v: group by day, month or year; p: mentioned or publication dates; "
        "r: search within the range in view. The list follows the search query."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "ask_date", "Go to date", tooltip="Jump to a date", id="timeline.go_to_date"),
        Binding(
            "left",
            "step_bar(-1)",
            "Bar ←",
            show=False,
            tooltip="Narrow to the previous bar of the chart",
            id="timeline.previous_bar",
        ),
        Binding(
            "right",
            "step_bar(1)",
            "Bar →",
            show=False,
            tooltip="Narrow to the next bar of the chart",
            id="timeline.next_bar",
        ),
        Binding(
            "u",
            "widen",
            "Widen",
            tooltip="Step back out of a bar or a drill-down",
            id="timeline.widen",
        ),
        Binding(
            "v",
            "cycle_grouping",
            "Group",
            tooltip="Group by day, month or year",
            id="timeline.grouping",
        ),
        Binding(
            "p",
            "toggle_dates",
            "Mentioned/published",
            tooltip="Switch between dates mentioned in the text and publication dates",
            id="timeline.dates",
        ),
        Binding(
            "r",
            "apply_range",
            "Search range",
            tooltip="Search within the range in view (date:[… TO …])",
            id="timeline.apply_range",
        ),
    ]

    query_text: var[str] = var("", init=False)
    """The search query the timeline is narrowed to."""

    @dataclass
    class PageFetched(Message):
        query: str
        view: View
        page: TimelinePage
        where: str
        """"open" (a new list), "after" or "before" (more at an end), or "group" (one opened)."""
        counts: list[tuple[int, int]] = field(default_factory=list)

    @dataclass
    class RangeApplied(Message):
        """The user asked to search within these days."""

        low: dt.date
        high: dt.date

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.view = View()
        self.groups: list[TimelineGroup] = []
        self.entries: list[Event] = []
        self.more_before = self.more_after = False
        self.shown_query: str | None = None
        """The query whose timeline is on screen; None before the first load."""
        self._thread = LibraryThread("timeline")
        self._loaded = False
        self._prepared = False
        self._around: str | None = None
        self._titles: dict[str, str] = {}
        self._opened: set[int] = set()
        """Positions of the groups shown in full."""
        self._fetching_more = False
        self._history: list[tuple[View, str | None]] = []
        """Views (and the date the cursor was on) to go back to with `u`, the latest last."""

    def compose(self) -> ComposeResult:
        jump = DateInput(
            placeholder="Go to date: 1987-03, March 1987, last week…", id="timeline-jump"
        )
        jump.display = False
        yield jump
        yield Static(id="timeline-caption")
        yield ActivityChart(id="timeline-chart")
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

    def load(self, around: str | None = None) -> None:
        """Read the groups around a date (default: where the news is), off the UI thread."""
        self._loaded = True
        self._around = around
        self._open(self.query_text, self.view, around)

    @work(
        thread=True, exclusive=True, group="timeline", description="timeline", exit_on_error=False
    )
    def _open(self, query: str, view: View, around: str | None) -> None:
        worker = get_current_worker()
        filters = self._filters(query, view)
        if around is None and view.span is None:
            anchor = self._thread.call(self.library.timeline_anchor, view.dates)
            around = anchor.isoformat() if anchor else None
        page = self._thread.call(
            self.library.timeline_page,
            around=around,
            before=GROUPS_BEFORE,
            after=GROUPS_AFTER,
            grouping=view.grouping,
            **filters,
        )
        if worker.is_cancelled:
            return
        chart_filters = {**filters, **self._chart_range(view)}
        counts = self._thread.call(self.library.timeline_counts, **chart_filters)
        if not worker.is_cancelled and query == self.query_text:
            self.post_message(self.PageFetched(query, view, page, "open", counts))
        if not self._prepared and not worker.is_cancelled:
            # Typing has paused: build what query filters and article counts need now.
            self._prepared = True
            self._thread.call(self.library.prepare_timeline_filters)

    def _filters(self, query: str, view: View) -> dict:
        date_from, date_to = view.date_range()
        narrowed = query.strip() or None
        return {"dates": view.dates, "query": narrowed, "date_from": date_from, "date_to": date_to}

    @staticmethod
    def _chart_range(view: View) -> dict:
        if view.low is None or view.high is None:
            return {"date_from": None, "date_to": None}
        return {"date_from": sortday_date(view.low), "date_to": sortday_date(view.high, end=True)}

    @work(thread=True, group="timeline-more", description="timeline", exit_on_error=False)
    def _read_more(self, query: str, view: View, where: str, start: int) -> None:
        before, after, samples = {
            "after": (0, PAGE_GROUPS, 3),
            "before": (PAGE_GROUPS, 0, 3),
            "group": (0, 1, MORE_ENTRIES),
        }[where]
        page = self._thread.call(
            self.library.timeline_page,
            start=start,
            before=before,
            after=after,
            grouping=view.grouping,
            samples=samples,
            **self._filters(query, view),
        )
        self.post_message(self.PageFetched(query, view, page, where))

    @on(PageFetched)
    def show_page(self, message: PageFetched) -> None:
        if message.query != self.query_text or message.view != self.view:
            return
        self._fetching_more = False
        page = message.page
        for group in page.groups:
            self._titles.update(group.titles)
        if message.where == "open":
            self._show_new(message)
        elif message.where == "after":
            self.groups.extend(page.groups)
            self.more_after = page.more_after
            self._refill(keep=True)
        elif message.where == "before":
            self.groups[:0] = page.groups
            self.more_before = page.more_before
            self._refill(keep=True)
        else:
            self._replace_group(page)

    def _show_new(self, message: PageFetched) -> None:
        page = message.page
        self.shown_query = message.query
        self.groups = list(page.groups)
        self._opened.clear()
        self.more_before, self.more_after = page.more_before, page.more_after
        self._show_chart(message.counts)
        self._show_caption(page.total)
        self.set_class(not self.groups, "-empty")
        self._refill(keep=False, anchor=page.anchor)

    def _show_chart(self, counts: list[tuple[int, int]]) -> None:
        chart = self.query_one(ActivityChart)
        drilled = self.view.low is not None
        width = max(10, chart.size.width or self.size.width - 2 or 40)
        bars, _level = choose_bars(counts, width, trim=not drilled)
        chosen = bars.index(self.view.bar) if self.view.bar in bars else None
        chart.show(bars, chosen)

    def _show_caption(self, total: int) -> None:
        what = "publication date" if self.view.dates == "published" else "date mentioned"
        if total != 1:
            what = what.replace("date", "dates")
        parts = [f"{total:,} {what}", f"by {self.view.grouping}"]
        span = self.view.span
        if span is not None:
            low, high = sortday_date(span[0]), sortday_date(span[1], end=True)
            parts.append(f"{low.isoformat()} … {high.isoformat()} (u: widen)")
        self.query_one("#timeline-caption", Static).update(Text(" · ".join(parts)))

    def _refill(self, *, keep: bool, anchor: int = 0) -> None:
        """Lay the groups out as options, keeping the cursor on the same entry when asked."""
        listing = self.query_one("#timeline-list", NavList)
        current = listing.highlighted_option.id if keep and listing.highlighted_option else None
        options: list[Option] = []
        self.entries = []
        heading_at: list[int] = []
        if self.more_before:
            options.append(Option(Text("↑ earlier dates", style="dim"), disabled=True))
        for group in self.groups:
            heading_at.append(len(options))
            options.append(Option(self._heading(group), id=f"g{group.position}"))
            options.extend(self._entry_options(group))
        if not self.groups:
            empty = "No dates here." if self.query_text.strip() else "No dates in this corpus."
            options.append(Option(Text(empty, style="dim"), disabled=True))
        elif self.more_after:
            options.append(Option(Text("↓ later dates", style="dim"), disabled=True))
        listing.set_paged_options(options)
        target = None
        if current is not None:
            target = next((i for i, o in enumerate(options) if o.id == current), None)
        elif self.groups:
            target = heading_at[min(anchor, len(heading_at) - 1)]
        if target is not None:
            listing.highlight(target)
            if not keep:
                self.call_after_refresh(self._scroll_near_top, target)

    def _scroll_near_top(self, index: int) -> None:
        """Put an opened date a few lines from the top, so the dates before it show too."""
        listing = self.query_one("#timeline-list", NavList)
        listing.scroll_to_highlight(top=True)
        lines_above = listing.scrollable_content_region.height // 5
        listing.scroll_to(y=max(0, listing.scroll_y - lines_above), animate=False, immediate=True)

    def _entry_options(self, group: TimelineGroup) -> list[Option]:
        options = []
        for event in group.events:
            options.append(Option(self._entry(event, group.value), id=f"e{len(self.entries)}"))
            self.entries.append(event)
        hidden = group.count - len(group.events)
        if hidden > 0:
            more = Text(f"  … {hidden:,} more (Enter)", style="dim")
            options.append(Option(more, id=f"m{group.position}"))
        return options

    def _heading(self, group: TimelineGroup) -> Text:
        heading = Text()
        heading.append(group_label(group.value), style="bold underline")
        noun = "date" if group.count == 1 else "dates"
        detail = f"{group.count:,} {noun}"
        if group.articles is not None:
            detail += f" in {group.articles:,} article{'s' * (group.articles != 1)}"
        sources = ", ".join(name for name, _n in group.sources[:3])
        if sources:
            detail += f" · {sources}"
        heading.append("  ")
        heading.append_text(safe_line(detail, "dim"))
        return heading

    def entry_at(self, option_id: str | None) -> Event | None:
        """The dated entry an option of the list stands for (None for headings and notes)."""
        if option_id is None or not option_id.startswith("e"):
            return None
        return self.entries[int(option_id[1:])]

    def entry_prompt(self, event: Event) -> Text:
        """How an entry is drawn, for redrawing it (as when it is marked)."""
        group = next((g for g in self.groups if event in g.events), None)
        return self._entry(event, group.value if group is not None else None)

    def _entry(self, event: Event, group_value: str | None) -> Text:
        published = event.kind == "published"
        mark = Text("● " if published else "○ ", style="bold" if published else "")
        what = "published" if published else event.expression
        start, end = event.sentence_start, event.sentence_end
        if end <= start:
            start, end = event.start, event.end
        line = badge(self, event.article_id, "event", start, end) + mark
        line += safe_line(what, "bold") + Text(" ≈" if event.inferred else "")
        if event.value and event.value != group_value and not published:
            line.append(f" ({group_label(event.value)})", style="dim")
        title = " ".join((self._titles.get(event.article_id, "") or "(untitled)").split())
        if len(title) > TITLE_CHARS:
            title = title[: TITLE_CHARS - 1] + "…"
        line.append(" · ", style="dim")
        line.append_text(safe_line(title, "dim"))
        sentence = " ".join(event.sentence.split())
        if sentence and not published:
            if len(sentence) > SENTENCE_CHARS:
                sentence = sentence[: SENTENCE_CHARS - 1] + "…"
            line.append("\n  ")
            line.append_text(safe_line(sentence, "italic"))
        return line

    def _replace_group(self, page: TimelinePage) -> None:
        if not page.groups:
            return
        opened = page.groups[0]
        self._opened.add(opened.position)
        self.groups = [opened if g.position == opened.position else g for g in self.groups]
        self._refill(keep=True)

    # -- reading more ---------------------------------------------------------

    @on(NavList.NearEnd, "#timeline-list")
    def read_later_groups(self, event: NavList.NearEnd) -> None:
        event.stop()
        if self.more_after and self.groups and not self._fetching_more:
            self._fetching_more = True
            last = self.groups[-1]
            self._read_more(self.query_text, self.view, "after", last.position + last.count)

    @on(OptionList.OptionHighlighted, "#timeline-list")
    def read_earlier_groups(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index <= 2 and self.more_before and not self._fetching_more:
            self._fetching_more = True
            self._read_more(self.query_text, self.view, "before", self.groups[0].position)

    @on(OptionList.OptionSelected, "#timeline-list")
    def open_option(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("e"):
            self._open_event(self.entries[int(option_id[1:])])
        elif option_id.startswith("m"):
            self._read_more(self.query_text, self.view, "group", int(option_id[1:]))
        elif option_id.startswith("g"):
            group = next(g for g in self.groups if g.position == int(option_id[1:]))
            self._drill_into(group)

    def _open_event(self, chosen: Event) -> None:
        start, end = chosen.sentence_start, chosen.sentence_end
        if end <= start:
            start, end = chosen.start, chosen.end
        location = Location(
            chosen.article_id, start, end, "event", focus=(chosen.start, chosen.end)
        )
        self.post_message(JumpRequested(location))

    # -- navigating -------------------------------------------------------------

    def _set_view(self, view: View, around: str | None = None) -> None:
        self._history.append((self.view, self._around_in_view()))
        self.view = view
        self.load(around)

    def _drill_into(self, group: TimelineGroup) -> None:
        """Enter on a year or month heading: that period, grouped one level finer."""
        if group.value is None or self.view.grouping == "day" and len(group.value) > 4:
            return
        grouping = CHILD[self.view.grouping] if self.view.grouping != "day" else "month"
        self._set_view(View(self.view.dates, grouping, group.low, group.high))

    def action_widen(self) -> None:
        if self._history:
            self.view, around = self._history.pop()
            self.load(around)

    def action_step_bar(self, by: int) -> None:
        bar = self.query_one(ActivityChart).step(by)
        if bar is not None:
            self._choose_bar(bar)

    @on(ActivityChart.BarChosen)
    def narrow_to_bar(self, event: ActivityChart.BarChosen) -> None:
        if event.bar is not None:
            self._choose_bar(event.bar)

    def _choose_bar(self, bar: Bar) -> None:
        if self.view.bar is not None:  # stepping from bar to bar is one step to undo
            self.view = View(
                self.view.dates, self.view.grouping, self.view.low, self.view.high, bar
            )
            self.load()
            return
        self._set_view(
            View(self.view.dates, self.view.grouping, self.view.low, self.view.high, bar)
        )

    def action_cycle_grouping(self) -> None:
        order = ["day", "month", "year"]
        grouping = order[(order.index(self.view.grouping) + 1) % 3]
        view = self.view
        self.view = View(view.dates, grouping, view.low, view.high, view.bar)
        self.load(self._around_in_view())

    def action_toggle_dates(self) -> None:
        view = self.view
        dates = "published" if view.dates == "mentioned" else "mentioned"
        self.view = View(dates, view.grouping, view.low, view.high, view.bar)
        self.load(self._around_in_view())

    def _around_in_view(self) -> str | None:
        """The value of the group under the cursor, so a change of view stays there."""
        group = self.highlighted_group()
        return group.value if group is not None else None

    def highlighted_group(self) -> TimelineGroup | None:
        """The group the cursor is on or under."""
        listing = self.query_one("#timeline-list", NavList)
        index = listing.highlighted
        if index is None:
            return None
        for option in reversed(listing.options[: index + 1]):
            if option.id and option.id.startswith("g"):
                return next((g for g in self.groups if g.position == int(option.id[1:])), None)
        return self.groups[0] if self.groups else None

    def action_ask_date(self) -> None:
        jump = self.query_one("#timeline-jump", DateInput)
        jump.display = True
        jump.focus()

    @on(Input.Submitted, "#timeline-jump")
    def jump_to_date(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value
        reference = self._reference_day()
        value = read_typed_date(typed, reference)
        if value is None:
            self.notify(f"Not a date I can read: {typed!r}", severity="warning", markup=False)
            return
        jump = self.query_one("#timeline-jump", DateInput)
        jump.value = ""
        jump.display = False
        self.query_one("#timeline-list").focus()
        self._set_view(View(self.view.dates, self.view.grouping), around=value)

    def _reference_day(self) -> dt.date | None:
        """The day "last week" counts from: the corpus's own period, never today."""
        group = self.highlighted_group()
        if group is not None and group.value is not None:
            return sortday_date(group.low)
        return None

    def action_apply_range(self) -> None:
        span = self.view.span or self._span_on_screen()
        if span is None:
            self.notify("No dated range in view.", severity="warning")
            return
        self.post_message(self.RangeApplied(sortday_date(span[0]), sortday_date(span[1], end=True)))

    def _span_on_screen(self) -> tuple[int, int] | None:
        """The first and last dated groups whose headings are on screen."""
        listing = self.query_one("#timeline-list", NavList)
        top = int(listing.scroll_y)
        bottom = top + listing.scrollable_content_region.height
        seen = []
        for index, option in enumerate(listing.options):
            # OptionList has no public map from option to line; without it, use the cursor.
            line = getattr(listing, "_index_to_line", {}).get(index)
            if (
                option.id
                and option.id.startswith("g")
                and line is not None
                and top <= line < bottom
            ):
                group = next((g for g in self.groups if g.position == int(option.id[1:])), None)
                if group is not None and group.value is not None:
                    seen.append(group)
        if not seen:
            group = self.highlighted_group()
            seen = [group] if group is not None and group.value is not None else []
        return (seen[0].low, seen[-1].high) if seen else None
