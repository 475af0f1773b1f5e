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
year, month or week heading drills into it, and `u` steps back out. `d` jumps to a
date typed in any form the extractor reads (leaving the drill-downs and bar that do
not hold it: `u` never steps back into a period a jump left), `p` switches between dates
mentioned in the text and publication dates, `v` groups by day, month or
year, and `r` hands the range in view to the search: `mentions:[… TO …]`
for dates mentioned in the text, `date:[… TO …]` for publication dates, so
the search finds the articles whose dates the list showed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from newsexplore.search import (
    Event,
    TimelineGroup,
    TimelinePage,
    TypedDatesOrigin,
    check_syntax,
    counted_from_note,
    period_distance,
    period_key,
    read_typed_date,
    value_span,
)

from ..collecting import badge
from ..messages import JumpRequested, Location
from ..periods import counted_from_words
from .activity_chart import ActivityChart, Bar, charted
from .boxes import Box
from .library_thread import LibraryThread
from .lists import DrawnLater, NavList, report_failure
from .pane import Pane
from .safe_text import clean_line
from .timeline_rows import article_row, entry_row, group_label, heading_row

if TYPE_CHECKING:
    from newsexplore.search import Article, Library

__all__ = ["DateInput", "Shown", "TimelinePane", "View", "group_label", "period_words"]

GROUPS_BEFORE = 4
"""Groups read above the date the list opens at, so both directions show."""
GROUPS_AFTER = 12
"""Groups read from the date on: more than a zoomed screen holds at one row a date."""
PAGE_GROUPS = 30
"""Groups read when the list nears either end."""
MORE_ENTRIES = 200
"""Entries read when a group is opened in full."""


def date_forms(day: dt.date | None) -> str:
    """Forms the date prompt reads, said when it cannot read one ("3/4/87" is ambiguous),
    written as dates of the corpus's own period (the day relative dates count from)."""
    day = day or dt.date(1987, 3, 4)
    month = calendar.month_name[day.month]
    week = day.isocalendar()
    return (
        f"Try {day.isoformat()}, {day.day} {month} {day.year}, {month} {day.year}, "
        f"{week.year}-W{week.week:02d}, {day.year}-Q{(day.month - 1) // 3 + 1}, {day.year},"
        " last week."
    )


ANY_DAY = dt.date(2000, 1, 3)
"""A day to try a typed date against, to tell "last week" with nothing to count from
(a corpus with no date at all) from words that are no date."""
UNDATED_WHY = "no date to count from: the article is undated"
"""Why an undated article's "yesterday" or "next week" is unresolved, said on its row."""
UNDATED_NOTE = (
    "Undated articles: no date to count from. Give one in their folder's\n"
    "newsexplore.cfg (a line date: YYYY-MM-DD), or with --reference-date."
)
"""Why a corpus's dates are unresolved and how to give the day (README, "Undated
articles"), said where the chart would be: a line each, whole in a pane 68 columns wide."""
FINER = {2: "year", 3: "year", 4: "month", 7: "day"}
"""The grouping a heading drills into, by the length of its value ("18", "198", "1987", "1987-06")."""


def finer_grouping(value: str | None) -> str | None:
    """The grouping Enter on a heading drills into: a week (or weekend) shows its days, as a
    month does; a day has nothing finer (None)."""
    if value and "-W" in value:
        return "day"
    return FINER.get(len(value or ""))


def sortday_date(day: int, *, end: bool = False) -> dt.date:
    """The first (or last) calendar day a sortday bound stands for: a real day is itself,
    and a bound past a month's days (`yyyymm99`, a month's or a week's slot) its last day.

    A last day read past the 28th was taken for the end of its month, so the bar of
    30 March listed 31 March too, and a week ending on the 29th ran to the 31st."""
    year, month, mday = day // 10000, day // 100 % 100, day % 100
    month = month if 1 <= month <= 12 else 12 if end else 1
    last = calendar.monthrange(year, month)[1]
    if not 1 <= mday <= last:
        mday = last if end else 1
    return dt.date(year, month, mday)


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


def period_words(low: dt.date, high: dt.date) -> str:
    """A range as short as it can be said: a whole year or month by its name ("1988",
    "1988-03"), so the caption keeps its `u` hint in a quarter of the screen; any other
    range by its first and last days."""
    if low == high:
        return low.isoformat()
    if (low.month, low.day, high.month, high.day) == (1, 1, 12, 31) and low.year == high.year:
        return f"{low.year:04d}"
    last = calendar.monthrange(high.year, high.month)[1]
    if low.day == 1 and high.day == last and (low.year, low.month) == (high.year, high.month):
        return f"{low.year:04d}-{low.month:02d}"
    return f"{low.isoformat()} … {high.isoformat()}"


@dataclass(frozen=True)
class Shown:
    """The list on screen: whose dates, in which view, how many in all (read or not)."""

    query: str
    view: View
    total: int
    """Entries the whole list holds, including the undated articles listed last."""


VIEW_ACTIONS = ("toggle_dates", "cycle_grouping")
"""The timeline's actions that read its list anew in another view."""


class DateInput(Box):
    """The one-line prompt for the date to jump to; Esc, or leaving it, puts it away."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Cancel", tooltip="Put the date prompt away", id="jump.cancel")
    ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.typed_ahead: list[events.Key] = []
        """Keys pressed after Enter while the date is read, for the list it lands on."""
        self.submitted = False
        """From Enter until the date is shown, refused, or the prompt put away."""
        self.landed = False
        """Put away in the frame showing its date, and keeping the focus until the list
        takes it just after: the keys typed meanwhile are the list's."""

    async def _on_key(self, event: events.Key) -> None:
        """Enter submits as it arrives; after it, keys are kept for the list, not typed.

        Enter is an Input binding, looked up only once its key has bubbled up to
        the app: keys right behind it ("2024⏎jj" pasted or from a macro) were typed
        here first, and "2024jj" was refused. And keys typed ahead (`j` right after
        Enter, or the next `d` and date) went into the prompt, shown or just put
        away, and were wiped with it. Esc still puts the prompt away at once.
        """
        if event.key == "escape":
            return
        if self.submitted or self.landed:
            event.stop()
            event.prevent_default()
            self.typed_ahead.append(events.Key(event.key, event.character))
        elif event.key == "enter":
            event.stop()
            event.prevent_default()
            self.submitted = True
            await self.action_submit()

    def on_hide(self, event: events.Hide) -> None:
        """Put away as its date is shown, the prompt keeps the focus for the list to take
        (Textual would leave the focus nowhere, and keys typed then went nowhere)."""
        if self.landed:
            event.prevent_default()

    def land(self) -> None:
        """Its date is shown: emptied, and keeping the focus and the keys for the list."""
        self.submitted, self.landed = False, True
        self.value = ""

    def hand_over(self) -> list[events.Key]:
        """The keys typed ahead, given up with the focus: the prompt is a new one after."""
        typed, self.typed_ahead, self.landed = self.typed_ahead, [], False
        return typed

    def refused(self) -> None:
        """The date typed could not be read: the keys typed after Enter are typed here."""
        self.submitted = False
        typed, self.typed_ahead = self.typed_ahead, []
        for key in typed:
            self.post_message(key)

    def action_dismiss(self) -> None:
        self._put_away()
        self.screen.query_one("#timeline-list").focus()

    def on_blur(self) -> None:
        """Leaving the prompt (F2-F4, Tab, a click) cancels it as Esc does: left on the
        caption's line unfocused, it held the half-typed date until `d` came back to it.
        Another screen on top (help, the palette) leaves focus where it was: no Blur."""
        # Not `has_focus`, set only by the Blur handlers after this one. `d` may have
        # brought the prompt back before this arrived.
        if self.screen.focused is not self:
            self._put_away()

    def _put_away(self) -> None:
        self.value = ""
        self.submitted = self.landed = False
        self.typed_ahead.clear()  # meant for a list the user has left
        for pane in self.ancestors:
            if isinstance(pane, TimelinePane):
                pane.show_prompt(False)


class TimelineList(NavList):
    """The timeline's list. Every option is one row (the list does not wrap), so an
    option's index is its row, and many can be laid out at once cheaply."""

    PAGE = 60
    # Bound on the list itself: the list's own ←/→ (scroll sideways, which a list
    # of one-row options never does) would otherwise be what help lists for them.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left",
            "step_bar(-1)",
            "Previous bar",
            show=False,
            tooltip="Narrow the list to the previous bar of the chart",
            id="timeline.previous_bar",
        ),
        Binding(
            "right",
            "step_bar(1)",
            "Next bar",
            show=False,
            tooltip="Narrow the list to the next bar of the chart",
            id="timeline.next_bar",
        ),
    ]

    _held: list[events.Key] | None = None
    """Keys typed after Enter on a date, until its article is open: they are the reader's."""
    _hold_timer: Timer | None = None

    async def _on_key(self, event: events.Key) -> None:
        """Enter on a date opens its article as it arrives, and the keys typed after it
        wait for the reader: "Enter Esc ↑" typed at once went to this list before the
        reader opened, and the app ended in the reader, the cursor behind it moved."""
        if self._held is not None:
            event.stop()
            event.prevent_default()
            self._held.append(events.Key(event.key, event.character))
            return
        if await self._change_view(event):
            return
        option = self.highlighted_option
        if event.key == "enter" and option is not None and (option.id or "").startswith("e"):
            event.stop()
            event.prevent_default()
            self._held = []
            # No jump after all (the reader could not open it): the keys are this list's.
            self._hold_timer = self.set_timer(2.0, self.hand_over)
            self.action_select()

    async def _change_view(self, event: events.Key) -> bool:
        """Run a key that reads the list in another view (`p`, `v`) as it arrives, and
        keep the keys after it for the list it brings: bound on the pane, it ran only
        once it had come back up to the app, after the keys behind it had been handed
        here, and "pe" exported the dates on screen before the switch."""
        pane = self.parent
        while pane is not None and not isinstance(pane, TimelinePane):
            pane = pane.parent
        if pane is None or self.awaiting_rows:
            return False
        for binding in pane._bindings.key_to_bindings.get(event.key, ()):
            if binding.action.startswith(VIEW_ACTIONS) and await self.app.run_action(
                binding.action, pane
            ):
                event.stop()
                event.prevent_default()
                self.await_rows()
                return True
        return False

    def on_blur(self) -> None:
        if self._held is not None:
            self.hand_over(self.screen.focused)

    def hand_over(self, to: Widget | None = None) -> None:
        """The keys held since Enter, to what has the focus now (the reader), in order."""
        held, self._held = self._held, None
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        for key in held or ():
            (to or self)._forward_event(key)

    def action_step_bar(self, by: int) -> None:
        for node in self.ancestors:
            if isinstance(node, TimelinePane):
                node.action_step_bar(by)

    @dataclass
    class EdgeWanted(Message):
        """Home or End: the first or last date of the whole timeline, read or not."""

        edge: str
        """`first` or `last`."""

    def action_first(self) -> None:
        self.post_message(self.EdgeWanted("first"))

    def action_last(self) -> None:
        self.post_message(self.EdgeWanted("last"))

    def to_first_row(self) -> None:
        """The cursor on the first row, scrolled to the very top so its heading shows."""
        super().action_first()
        self.scroll_to(y=0, animate=False, immediate=True)

    def to_last_row(self) -> None:
        """The cursor on the last row, every page laid out to reach it."""
        self.lay_out_to(len(self._pending) + self.option_count)
        super().action_last()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._top_row: tuple[int, list[int]] | None = None
        """The option to open at and the rows of the headings, until the list has a size."""

    def _update_lines(self) -> None:
        """Lay out new options one row each, without measuring them.

        `OptionList` draws every new option to learn its height, half of what a
        jump's refill cost; here each row is one line by construction (the list
        does not wrap, and row text holds no line breaks), so a row is drawn only
        when it comes into view. Tied to Textual's line cache (the version is pinned).
        """
        region = self.scrollable_content_region
        if not region:
            return
        cache = self._line_cache
        lines = cache.lines
        for index in range(len(lines), len(self.options)):
            cache.index_to_line[index] = index
            cache.heights[index] = 1
            lines.append((index, 0))
        virtual_size = Size(region.width - self._get_left_gutter_width(), len(lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def lay_out_to(self, index: int) -> None:
        """Lay out pages until option `index` exists (or nothing is left)."""
        while index >= self.option_count and self.has_more:
            self.add_page()

    def show_from(self, target: int, headings: list[int]) -> None:
        """Show option `target` near the top, now or as soon as the list has a size.

        The top row is a heading a few rows above the target, so the dates
        before it show too, each under its own heading, and none is cut in half.
        """
        self._top_row = (target, headings)
        self._apply_top_row()

    def _apply_top_row(self) -> None:
        height = self.scrollable_content_region.height
        if self._top_row is None or not height:
            return
        target, headings = self._top_row
        self._top_row = None
        reach = max(1, height // 3)
        top = min((row for row in headings if target - reach <= row <= target), default=target)
        self.lay_out_to(top + 2 * height)
        if top > self.max_scroll_y:  # near the end: the last heading the list can start at
            top = max((row for row in headings if row <= self.max_scroll_y), default=0)
        self.scroll_to(y=top, animate=False, immediate=True)

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Bring the cursor into view with the heading of its date, when both fit."""
        super().scroll_to_highlight(top)
        index = self.highlighted
        if index is None or top or index >= self.scroll_y + 1:
            return
        heading = next(
            (n for n in range(index, -1, -1) if (self.options[n].id or "").startswith("g")), None
        )
        height = self.scrollable_content_region.height
        if heading is not None and index - heading < height:
            self.scroll_to(y=heading, animate=False, immediate=True)

    def keep_on_line(self, index: int, line: int) -> None:
        """Scroll so option `index` (the cursor) shows on screen line `line`, as near as
        the list allows: a change of view moves the list under the cursor, not the cursor.

        The top row stays a heading (a sentence at the top would be cut from its
        date): the nearest one above, else below, that keeps the cursor in sight.
        """
        self._top_row = None
        height = max(self.scrollable_content_region.height, 1)
        self.lay_out_to(index + height)
        top = max(index - min(max(line, 0), height - 1), 0)
        headings = [n for n, o in enumerate(self.options[: index + 1]) if _heads(o)]
        above = [n for n in headings if n <= top and index - n < height]
        below = [n for n in headings if top < n <= index]
        top = above[-1] if above else below[0] if below else top
        self.scroll_to(y=top, animate=False, immediate=True)

    def on_show(self) -> None:
        self._apply_top_row()

    def on_resize(self) -> None:
        self._apply_top_row()


class TimelinePane(Pane):
    """Pane with the activity chart and the grouped, lazily read timeline."""

    LIST = "#timeline-list"

    HELP = (
        "Dates in the corpus in date order, opened where most articles were published. "
        "Each heading gives the date, how many dates fall on it, in how many articles "
        "and from which sources. Under it, each date is one row, the words around it, "
        "below a line naming its article; ● is a publication date, ○ a date mentioned in "
        "the text, ≈ a date inferred (a missing year, an undated article's own dates) or a "
        "fiscal period, whose calendar months are the company's to say; on the row under "
        "the cursor, a ≈ date says what it was counted from. "
        "Unresolved, last, holds the dates that could not be placed: in an undated "
        "article, words told from the day it was written ('yesterday', 'next week') have "
        "no date to count from. Give it with a line 'date: YYYY-MM-DD' in a "
        "newsexplore.cfg in the articles' folder, or with --reference-date YYYY-MM-DD "
        "(README: Undated articles). "
        "d: go to a date ('1987-03', 'March 1987', 'last week': counted from the "
        "--reference-date given, else from the busiest month, or the undated articles' "
        "newsexplore.cfg date; the line under the chart says which); ←/→ or a click: "
        "narrow to a bar of the chart; Enter on a year, month or week: drill into it; u: "
        "back out; v: group by day, month or year; p: mentioned or publication dates; "
        "r: search within the range in view (drilled into, the bar chosen, else the "
        "heading under the cursor). The list follows the search query."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "d",
            "ask_date",
            "Go to date",
            tooltip="Jump to a date",
            priority=True,  # the date typed straight after `d` goes to the prompt: see Pane
            id="timeline.go_to_date",
        ),
        Binding(
            "r",
            "apply_range",
            "Search range",
            tooltip="Search within the range in view (mentions:[… TO …] or date:[… TO …])",
            id="timeline.apply_range",
        ),
        Binding(
            "v",
            "cycle_grouping",
            "Group",
            tooltip="Group by day, month or year",
            id="timeline.grouping",
        ),
        Binding(
            "u",
            "widen",
            "Widen",
            tooltip="Step back out of a bar or a drill-down",
            id="timeline.widen",
        ),
        # One key, two bindings: the footer names the dates `p` switches to, in a
        # word, so `r Search range` still fits at 80 columns.
        Binding(
            "p",
            "toggle_dates('published')",
            "Published",
            tooltip="Show publication dates instead of the dates mentioned in the text",
            id="timeline.dates",
        ),
        Binding(
            "p",
            "toggle_dates('mentioned')",
            "Mentioned",
            tooltip="Show the dates mentioned in the text instead of publication dates",
            id="timeline.dates_mentioned",
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
        reference: TypedDatesOrigin | None = None
        """The day typed relative dates count from, and why (read with a new list)."""
        skipped: int = 0
        """Entries of an opened group already listed: the page reads on after them."""
        unplaced: frozenset[str] = frozenset()
        """The undated articles with no date to count from (read with a new list)."""

    @dataclass
    class RangeApplied(Message):
        """The user asked to search within these days, on the dates the timeline shows."""

        low: dt.date
        high: dt.date
        field: str
        """`mentions` (dates in the text) or `date` (publication dates)."""

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.view = View()
        self.groups: list[TimelineGroup] = []
        self.entries: list[Event] = []
        self.more_before = self.more_after = False
        self.shown: Shown | None = None
        """The query, view and count of the list on screen (None before the first load)."""
        self.note = ""
        """What the last jump said of itself, shown below the chart; empty when nothing."""
        self._thread = LibraryThread("timeline")
        self._prepare_thread = LibraryThread("timeline-prepare")
        self._loaded = False
        self._prepared = False
        self._jump_target: str | None = None
        """The TimeML value of the date asked for, from Enter in the prompt until it is shown."""
        self._counted_note = ""
        """What the jump under way counted a relative date from, for the note it lands with."""
        self._around: str | None = None
        self._edge: str | None = None
        """`first` or `last` while Home or End reads that end of the timeline."""
        self._titles: dict[str, str] = {}
        self._opened: set[int] = set()
        """Positions of the groups shown in full."""
        self._fetching_more = False
        self._chart_counts: list[tuple[int, int]] | None = None
        self._chart_shape: tuple[int, bool] | None = None
        self._far_off = 0
        """Dates the chart leaves out at its ends, said in the caption."""
        self._caption: tuple[int, int] = (0, 0)
        self._explained: tuple[int, Event] | None = None
        """The row under the cursor saying what its inferred date was counted from, and
        that date: the row to draw plain again when the cursor leaves it."""
        self._bars: list[Bar] = []
        self._reference: TypedDatesOrigin | None = None
        """The day typed dates count from and why (see `_reference_day`)."""
        self._unplaced: frozenset[str] = frozenset()
        """Undated articles read against no reference date: their unresolved dates say why."""
        self._kept_entry: tuple[str, int, str] | None = None
        """The entry the cursor was on when the index or the view changed, to go back to."""
        self._kept_line: int | None = None
        """The line of the screen the cursor was on when the view changed (`v`, `p`)."""
        self._stay_at: str | None = None
        """Where the list stays when the query changes next (after `r`), not where the news is."""
        self._history: list[tuple[View, str | None]] = []
        """Views (and the date the cursor was on) to go back to with `u`, the latest last."""

    def compose(self) -> ComposeResult:
        jump = DateInput(
            placeholder="Go to date: 1987-03, March 1987, last week…",
            id="timeline-jump",
            compact=True,
        )
        with Container(id="timeline-head"):
            # The prompt takes the caption's line: showing or hiding it moves
            # nothing else, so the list is not laid out again around a jump.
            yield jump
            yield Static(id="timeline-caption")
        yield ActivityChart(id="timeline-chart")
        yield Static(id="timeline-note")
        yield TimelineList(id="timeline-list")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)
        if event.state == WorkerState.ERROR and event.worker.group == "timeline" and self._jumping:
            # The date will not arrive: the prompt takes keys again, its date left to correct.
            self._jump_target = None
            self.query_one("#timeline-jump", DateInput).refused()

    def on_unmount(self) -> None:
        self._thread.close()
        self._prepare_thread.close()

    def watch_query_text(self) -> None:
        if self._loaded:  # the first load is the screen's call, once typing pauses
            around, self._stay_at = self._stay_at, None
            self.load(around)

    @property
    def shown_query(self) -> str | None:
        """The query whose timeline is on screen; None before the first load."""
        return self.shown.query if self.shown is not None else None

    @property
    def loaded(self) -> bool:
        """Whether a load was ever asked for (the first waits until typing pauses)."""
        return self._loaded

    def load(self, around: str | None = None, edge: str | None = None) -> None:
        """Read the groups around a date (default: where the news is), off the UI thread.

        Args:
            edge: `first` or `last` to read the very start or end of the timeline instead.
        """
        self._loaded = True
        self._around = around
        self._edge = edge
        self._open(self.query_text, self.view, around, edge)

    def index_changed(self) -> None:
        """Read the timeline again around the group under the cursor: the index changed."""
        self._titles.clear()
        self._prepared = False  # its maps are of the index before
        listing = self.query_one("#timeline-list", TimelineList)
        option = listing.highlighted_option
        entry = self.entry_at(option.id if option is not None else None)
        self._kept_entry = (entry.article_id, entry.start, entry.kind) if entry else None
        if self._loaded:
            self.load(self._around_in_view())

    @work(
        thread=True, exclusive=True, group="timeline", description="timeline", exit_on_error=False
    )
    def _open(self, query: str, view: View, around: str | None, edge: str | None) -> None:
        worker = get_current_worker()
        page, counts, reference, unplaced = self._thread.call(
            self._read_open, query, view, around, edge
        )
        if not worker.is_cancelled and query == self.query_text:
            self.post_message(
                self.PageFetched(query, view, page, "open", counts, reference, unplaced=unplaced)
            )

    def _read_open(
        self, query: str, view: View, around: str | None, edge: str | None
    ) -> tuple[TimelinePage, list[tuple[int, int]], TypedDatesOrigin | None, frozenset[str]]:
        """The page around a date (or at an edge), the chart's counts, the day
        "last week" counts from and the undated articles with no date to count from,
        in one call on the pane's thread."""
        filters = self._filters(query, view)
        start = None
        before, after = GROUPS_BEFORE, GROUPS_AFTER
        if edge is not None:
            # Past the last position the library starts at the end and reads back.
            start = 0 if edge == "first" else sys.maxsize
            before = 0 if edge == "first" else GROUPS_BEFORE + GROUPS_AFTER
        elif around is None:
            anchor = self.library.timeline_anchor(view.dates)
            low, high = view.date_range()
            if low is not None and (anchor is None or not low <= anchor <= high):
                start = 0  # a period drilled into away from the news: open at its start
            else:  # the month, not its first day: a week starting on the 5th is nearer the 1st
                around = f"{anchor:%Y-%m}" if anchor else None
        page = self.library.timeline_page(
            around=around,
            start=start,
            before=before,
            after=after,
            grouping=view.grouping,
            **filters,
        )
        counts = self.library.timeline_counts(**{**filters, **self._chart_range(view)})
        unplaced = self.library.articles_counting_from_nothing()
        return page, counts, self.library.typed_dates_origin(), unplaced

    @work(thread=True, group="timeline-prepare", description="timeline", exit_on_error=False)
    def _prepare(self) -> None:
        """Build what query filters need, once typing has paused.

        On a thread of its own: on the pane's thread, the first jump or page
        after opening waited behind it (about half a second at 100k articles).
        """
        self._prepare_thread.call(self.library.prepare_timeline_filters)
        self._prepare_thread.call(read_typed_date, "1 March 2000", None)  # its rules, compiled

    def all_entries_reader(self) -> Callable[[], Iterator[tuple[Event, Article | None]]] | None:
        """Reads every entry of the list on screen, in its order, with its article (an
        export's rows).

        The list holds only the pages read so far and a few entries under each
        heading; the view is taken now, on the UI thread, and the reading, seconds
        on a large archive, is left to the caller's thread.
        """
        if self.shown is None:
            return None
        filters = self._filters(self.shown.query, self.shown.view)
        return partial(self.library.timeline_entries, **filters)

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
    def _read_more(self, query: str, view: View, where: str, start: int, skip: int = 0) -> None:
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
            skip=skip,
            **self._filters(query, view),
        )
        self.post_message(self.PageFetched(query, view, page, where, skipped=skip))

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
            self._replace_group(page, message.skipped)

    def _show_new(self, message: PageFetched) -> None:
        page = message.page
        self._reference = message.reference
        self._unplaced = message.unplaced
        self.shown = Shown(message.query, message.view, page.total)
        self.groups = list(page.groups)
        self._opened.clear()
        self.more_before, self.more_after = page.more_before, page.more_after
        self._show_chart(message.counts)
        self._show_caption(page.total, page.undated)
        self.set_class(not self.groups, "-empty")
        self._refill(keep=False, anchor=page.anchor)
        self._back_on_kept_entry()
        self._to_edge()
        self._show_note(self._jump_note())
        self._put_prompt_away()
        listing = self.query_one("#timeline-list", TimelineList)
        if listing.awaiting_rows:
            listing.rows_arrived()
        if not self._prepared:  # typing has paused and the list is drawn: the time to build
            self._prepared = True
            self.call_after_refresh(self._prepare)

    def _to_edge(self) -> None:
        """After Home or End read an end of the timeline, the cursor goes to its first or last row."""
        edge, self._edge = self._edge, None
        listing = self.query_one("#timeline-list", TimelineList)
        if edge == "first":
            listing.to_first_row()
        elif edge == "last":
            listing.to_last_row()

    @on(TimelineList.EdgeWanted)
    def go_to_edge(self, event: TimelineList.EdgeWanted) -> None:
        """Home and End reach the ends of the whole timeline, not of the pages read so far."""
        event.stop()
        more = self.more_before if event.edge == "first" else self.more_after
        if more:
            self.load(edge=event.edge)
            return
        self._edge = event.edge
        self._to_edge()

    def _back_on_kept_entry(self) -> None:
        """After an update or a change of view, the cursor goes back to the entry it was
        on, when it is listed, and a change of view keeps it on its line of the screen."""
        kept, self._kept_entry = self._kept_entry, None
        line, self._kept_line = self._kept_line, None
        spots = [(e.article_id, e.start, e.kind) for e in self.entries]
        listing = self.query_one("#timeline-list", TimelineList)
        if kept in spots:
            listing.highlight(listing.get_option_index(f"e{spots.index(kept)}"))
        if line is not None and listing.highlighted is not None:
            listing.keep_on_line(listing.highlighted, line)

    @property
    def _jumping(self) -> bool:
        """True from Enter in the date prompt until the date is shown."""
        return self._jump_target is not None

    def _jump_note(self) -> str:
        """What a jump landing now says of itself: the day a relative date counted from
        and why, and, when no date falls in the period asked for, the nearest one it
        landed on instead (which the user could take for the one asked for). Empty for
        any other new list: the note was of the jump before it."""
        if not self._jumping:
            return ""
        counted, asked = self._counted_note, self._jump_target
        group = self.highlighted_group()
        wanted, found = value_span(asked), value_span(group.value) if group else None
        if wanted is None or found is None or group is None:
            return counted
        # Its own heading (a day's month, by month), or a date starting in it: no nearest
        # to name. A period holding it is one: "March 1987" is no date on 15 March.
        key = period_key(asked)
        if period_distance(wanted, found) == 0 or (key and group.low <= key <= group.high):
            return counted
        nearest = f"the nearest is {group_label(group.value)}."
        if counted:
            return f"{counted}, with no dates; {nearest}"
        # "on" a day ("on Wed 2 October 2024"), "in" a week, a month or a year.
        on = "on" if wanted[0] == wanted[1] else "in"
        return f"No dates {on} {group_label(asked)}; {nearest}"

    def _show_note(self, said: str) -> None:
        """The jump's note below the chart, where the list's rows are never covered (a
        toast hid the right half of them for its five seconds, just as the user came to
        read them); it stays until the list is read anew.

        It wraps (three lines at most) and the list starts below it. Only the note
        changes class: a class on the pane restyled all of it.
        """
        if said == self.note:
            return  # every page read lands here: an unchanged note is not laid out again
        self.note = said
        note = self.query_one("#timeline-note", Static)
        note.update(Text(said))
        note.set_class(bool(said), "-shown")

    def _put_prompt_away(self) -> None:
        """Put away a date prompt whose jump has arrived, in the frame that shows the date.

        Done at Enter, hiding it and moving the focus (which redraws the footer's keys)
        came before the date was even read; the user waits for the date. The focus
        moves just after that frame: restyling the pane for it, a third of a jump,
        changes nothing the frame shows (the list looks the same focused or not).
        """
        if self._jumping:
            self._jump_target = None
            prompt = self.query_one("#timeline-jump", DateInput)
            if self.screen.focused is prompt:  # not when the user moved on as the date was read
                prompt.land()
                self.show_prompt(False)
                self.call_after_refresh(self._back_to_list)

    def _back_to_list(self) -> None:
        """The focus to the list after a jump, unless the user has moved on since."""
        prompt = self.query_one("#timeline-jump", DateInput)
        # Hidden, the prompt lets go of the focus; shown again, `d` came first.
        # `focus()` would only queue the move, and a `d` read before it ran lost its
        # new prompt to it: the check and the move are made in one step.
        typed = prompt.hand_over()
        if not prompt.display and self.screen.focused in (prompt, None):
            self.screen.set_focus(self.query_one("#timeline-list"))
            for key in typed:  # in the order pressed, after any already queued
                self.app.post_message(key)

    def show_prompt(self, asking: bool) -> None:
        """Swap the caption for the date prompt (or back): the same line, nothing moves.

        Only these two change: a class on the pane restyled all of it.
        """
        self.query_one("#timeline-jump", DateInput).display = asking
        self.query_one("#timeline-caption", Static).display = not asking

    def _show_chart(self, counts: list[tuple[int, int]]) -> None:
        chart = self.query_one(ActivityChart)
        drilled = self.view.low is not None
        width = max(10, chart.size.width or self.size.width - 2 or 40)
        grouping = self.view.grouping
        shape = (width, drilled, grouping)
        if counts is not self._chart_counts or shape != self._chart_shape:
            # A jump keeps the chart: the library hands back the same counts.
            self._bars, self._level, self._far_off = charted(
                counts, width, trim=not drilled, finest=grouping
            )
            self._chart_counts, self._chart_shape = counts, shape
        bars = self._bars
        # The bar's period, whatever its count: after `p` the same month has another
        # count, and with none chosen the next → chose it again, a key that did nothing.
        narrowed = self.view.bar
        chosen = next(
            (
                index
                for index, bar in enumerate(bars)
                if narrowed is not None and (bar.low, bar.high) == (narrowed.low, narrowed.high)
            ),
            None,
        )
        # No bar, and dates unresolved for want of a day to count from: the chart's
        # space says how to give one (a folder of clippings showed nothing at all).
        unresolved = any(g.value is None and not g.undated for g in self.groups)
        note = UNDATED_NOTE if not bars and unresolved and self._unplaced else ""
        chart.show(bars, chosen, self._level, note)

    def on_resize(self) -> None:
        """A pane first drawn hidden (at 80 columns) sized its chart for no width."""
        if self._chart_counts is not None:
            self._show_chart(self._chart_counts)
            self._show_caption(*self._caption)

    def _show_caption(self, total: int, undated: int = 0) -> None:
        self._caption = (total, undated)
        what = "publication date" if self.view.dates == "published" else "date mentioned"
        if total - undated != 1:
            what = what.replace("date", "dates")
        parts = [f"{total - undated:,} {what}", f"by {self.view.grouping}"]
        if undated:
            parts.insert(1, f"{undated:,} undated article{'s' * (undated != 1)}")
        span = self.view.span
        if span is not None:
            parts.append(
                f"{period_words(sortday_date(span[0]), sortday_date(span[1], end=True))} (u: widen)"
            )
        elif self._far_off:
            parts.append(f"{self._far_off:,} far-off not charted")
        self.query_one("#timeline-caption", Static).update(Text(" · ".join(parts)))

    def _refill(self, *, keep: bool, anchor: int = 0, opened: bool = False) -> None:
        """Lay the groups out as options, keeping the cursor on the same entry when asked."""
        listing = self.query_one("#timeline-list", TimelineList)
        current = listing.highlighted_option.id if keep and listing.highlighted_option else None
        stood_at = listing.highlighted
        # Entries are numbered in list order, so dates read in above renumber them: the
        # cursor and the view are kept by what they are on, not by number.
        kept = self._option_key(current) if current is not None else None
        view_top = self._view_top(listing) if keep else None
        options: list[Option] = []
        self.entries = []
        self._explained = None  # every row is drawn anew, plain
        heading_at: list[int] = []
        if self.more_before:
            options.append(Option(Text("↑ earlier dates", style="dim"), id="up", disabled=True))
        for group in self.groups:
            heading_at.append(len(options))
            heading = partial(heading_row, group, self._why_unresolved(group))
            options.append(DrawnLater(heading, id=f"g{group.position}"))
            options.extend(self._entry_options(group))
        if not self.groups:
            options.append(Option(Text(self._nothing_here(), style="dim"), disabled=True))
        elif self.more_after:
            options.append(Option(Text("↓ later dates", style="dim"), disabled=True))
        listing.set_paged_options(options)
        target = None
        if current is not None:
            target = self._option_index(options, kept)
            if opened and current.startswith("m") and stood_at is not None:
                # "… N more" gave way to the rest of its group: the cursor stays on the
                # row where it stood, now the group's next date, and the list where it was
                # (not on the group's next "… more", its id, 200 rows down).
                target = next(
                    (i for i in range(stood_at, len(options)) if (options[i].id or "")[:1] == "e"),
                    None,
                )
        elif self.groups:
            target = heading_at[min(anchor, len(heading_at) - 1)]
        if target is not None:
            listing.highlight(target)
            if not keep:
                listing.show_from(target, heading_at)
        self._explain(listing, listing.highlighted)
        if view_top is not None:
            # The rows in view stay in view: more read as the wheel neared an end threw
            # the view back to the cursor, so the wheel never got past the pages read.
            key, above = view_top
            top_now = self._option_index(options, key)
            if top_now is not None:
                listing.call_after_refresh(
                    listing.scroll_to, y=max(0, top_now - above), animate=False
                )

    def _why_unresolved(self, group: TimelineGroup) -> str:
        """What the Unresolved heading says of undated articles with no date to count from:
        all of the corpus's articles (nothing dated, no reference date given), or some."""
        if group.value is not None or group.undated or not self._unplaced:
            return ""
        if self._reference is None or self._reference.kind == "mentioned":
            return "undated: no date to count from"
        # Dated articles too: said only where one of its dates in sight is an undated one's.
        if any(event.article_id in self._unplaced for event in group.events):
            return "some undated, with no date to count from"
        return ""

    def _option_key(self, option_id: str) -> str | Event:
        """What an option is, across a refill: an entry's event, else its (stable) id."""
        if option_id.startswith("e") and option_id[1:].isdigit():
            n = int(option_id[1:])
            if n < len(self.entries):
                return self.entries[n]
        return option_id

    def _option_index(self, options: list[Option], key: str | Event | None) -> int | None:
        """Where the option `_option_key` named before a refill is now, if still listed."""
        if key is None:
            return None
        if not isinstance(key, str):
            n = next((i for i, event in enumerate(self.entries) if event is key), None)
            if n is None:
                return None
            key = f"e{n}"
        return next((i for i, option in enumerate(options) if option.id == key), None)

    def _view_top(self, listing: TimelineList) -> tuple[str | Event, int] | None:
        """The first row in view that names something, and how many rows are above it."""
        top = int(listing.scroll_y)
        for index in range(top, min(listing.option_count, top + max(listing.size.height, 1))):
            option_id = listing.get_option_at_index(index).id
            if option_id and option_id != "up":
                return self._option_key(option_id), index - top
        return None

    def _nothing_here(self) -> str:
        """What an empty list says: the period chosen when there is one, never "this corpus"."""
        if check_syntax(self.query_text):
            return "No dates: the search query cannot be read (see the search pane)."
        low, high = self.view.date_range()
        if low is None or high is None:
            return "No dates here." if self.query_text.strip() else "No dates in this corpus."
        what = "publication dates" if self.view.dates == "published" else "dates mentioned"
        searched = " in the articles searched" if self.query_text.strip() else ""
        return f"No {what} from {_day_words(low)} to {_day_words(high)}{searched}."

    def _entry_options(self, group: TimelineGroup) -> list[Option]:
        """The group's dates, one row each, under a row naming their article once per run."""
        options = []
        previous: str | None = None
        for event in group.events:
            if event.kind != "published" and event.article_id != previous:
                title = self._title(event)
                options.append(DrawnLater(partial(article_row, title), disabled=True))
            previous = event.article_id if event.kind != "published" else None
            row = partial(self._entry, event, group.value, self._title(event))
            options.append(DrawnLater(row, id=f"e{len(self.entries)}"))
            self.entries.append(event)
        hidden = group.count - len(group.events)
        if hidden > 0:
            more = Text(f"   … {hidden:,} more (Enter)", style="dim")
            options.append(Option(more, id=f"m{group.position}"))
        return options

    def _title(self, event: Event) -> str:
        return self._titles.get(event.article_id, "") or "(untitled)"

    def entry_at(self, option_id: str | None) -> Event | None:
        """The dated entry an option of the list stands for (None for headings and notes)."""
        if option_id is None or not option_id.startswith("e"):
            return None
        return self.entries[int(option_id[1:])]

    def entry_prompt(self, event: Event) -> Text:
        """How an entry is drawn, for redrawing it (as when it is marked)."""
        group = next((g for g in self.groups if event in g.events), None)
        return self._entry(event, group.value if group is not None else None)

    def _entry(self, event: Event, group_value: str | None, title: str | None = None) -> Text:
        start, end = event.sentence_start, event.sentence_end
        if end <= start:
            start, end = event.start, event.end
        if event.kind == "published":  # marked as its article: it has no words of its own
            mark = badge(self, event.article_id, "article")
        else:
            mark = badge(self, event.article_id, "event", start, end)
        explained = self._explained is not None and self._explained[1] == event
        counted = self._row_note(event, brief=True) if explained else ""
        return entry_row(event, group_value, title or self._title(event), mark, counted)

    @on(OptionList.OptionHighlighted, "#timeline-list")
    def explain_inferred_entry(self, event: OptionList.OptionHighlighted) -> None:
        """The row under the cursor, if an inferred (≈) date, says what it was counted from.

        Said on that row alone, so the list keeps every other date's words; said in
        place of the words around the date, so the row stays one line and nothing moves.
        """
        self._explain(event.option_list, event.option_index)

    def _explain(self, listing: OptionList, index: int | None) -> None:
        shown, self._explained = self._explained, None
        # Drawn plain again only if that row still holds that date: a refill renumbers rows.
        if (
            shown is not None
            and shown[0] < listing.option_count
            and self.entry_at(listing.get_option_at_index(shown[0]).id) == shown[1]
        ):
            listing.replace_option_prompt_at_index(shown[0], self.entry_prompt(shown[1]))
        if index is None or index >= listing.option_count:
            return
        entry = self.entry_at(listing.get_option_at_index(index).id)
        if entry is not None and self._row_note(entry):
            self._explained = (index, entry)
            listing.replace_option_prompt_at_index(index, self.entry_prompt(entry))

    def _row_note(self, entry: Event, *, brief: bool = False) -> str:
        """What the row under the cursor says in place of its words: what an inferred date
        was counted from, or why an undated article's date has no value and how to give one."""
        if entry.inferred:
            return counted_from_note(entry, brief=brief)
        if entry.value is None and entry.kind != "published" and entry.article_id in self._unplaced:
            return f"{UNDATED_WHY} · give the day in newsexplore.cfg or with --reference-date"
        return ""

    def _replace_group(self, page: TimelinePage, skipped: int = 0) -> None:
        """Show a group opened in full, or the next part of one already opened."""
        if not page.groups:
            return
        opened = page.groups[0]
        if skipped:
            shown = next((g for g in self.groups if g.position == opened.position), None)
            if shown is None or len(shown.events) < skipped:
                return
            events = shown.events[:skipped] + opened.events
            titles = dict(shown.titles) | dict(opened.titles)
            opened = replace(opened, events=events, titles=tuple(titles.items()))
        self._opened.add(opened.position)
        self.groups = [opened if g.position == opened.position else g for g in self.groups]
        self._refill(keep=True, opened=True)

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
            # A group holds more than one read: after the first, read on from its last entry.
            position = int(option_id[1:])
            group = next(g for g in self.groups if g.position == position)
            skip = len(group.events) if position in self._opened else 0
            self._read_more(self.query_text, self.view, "group", position, skip)
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
        self.screen.refresh_bindings()  # `u` has a step to take back now

    def _drill_into(self, group: TimelineGroup) -> None:
        """Enter on a heading coarser than a day: its whole period, grouped one level finer
        (a century or decade by year, a year by month, a month or week by day)."""
        span = value_span(group.value)
        finer = finer_grouping(group.value)
        if span is None or finer is None:
            return
        low, high = (day.year * 10000 + day.month * 100 + day.day for day in span)
        drilled = View(self.view.dates, finer, low, high)
        # The heading of the period already drilled into: nothing to step into, and
        # nothing `u` should have to step back over.
        if drilled != self.view:
            self._set_view(drilled)

    def action_widen(self) -> None:
        """Step back out of the last drill-down or bar. The dates `p` chose stay, and
        the grouping `v` chose: switches, not steps into anything, `u` never undoes them."""
        if self._history:
            view, around = self._history.pop()
            if self.view.bar is not None and view.bar is None:
                # Out of the bars stepped through: at the one the user stepped to, not
                # where the cursor was before the first step (two months away).
                around = self._around_in_view() or around
            self.view = self._widened_to(view)
            self.load(around)
            self.screen.refresh_bindings()

    def _widened_to(self, view: View) -> View:
        """A view stepped out to, as it is shown again: with the dates `p` chose, and the
        grouping `v` chose unless a drill-down is undone, which chose it (a year drilled
        into is listed by month)."""
        drilled = (view.low, view.high) != (self.view.low, self.view.high)
        grouping = view.grouping if drilled else self.view.grouping
        bar = view.bar if view.bar is None or _bar_holds(view.bar, grouping) else None
        return replace(view, dates=self.view.dates, grouping=grouping, bar=bar)

    def _leave_steps_without(self, value: str) -> None:
        """Before a jump to `value`: out of every drill-down and bar that does not hold it,
        to the narrowest step on the way back that does (at the widest, the whole list),
        and those steps forgotten.

        The drill-downs and bars are a path the user walked in, and `u` walks it back
        out; a jump elsewhere leaves it. Kept as a step, the period left was where `u`
        went next: on Reuters, `u` after `d 1986-06` from the June 1987 drill narrowed
        the list to June 1987 again, a year from where the user was. A date inside the
        drill-down (or bar) keeps it, and `u` widens from there.
        """
        span = value_span(value)
        steps = [view for view, _around in self._history] + [self.view]
        held = [n for n, view in enumerate(steps) if _holds(view, span)]
        if held and held[-1] == len(steps) - 1:
            return
        if held:
            self.view = self._widened_to(steps[held[-1]])
            del self._history[held[-1] :]
        else:
            self.view = View(self.view.dates, self.view.grouping)
            self._history.clear()
        self.screen.refresh_bindings()

    def action_step_bar(self, by: int) -> None:
        """The next or previous bar; the first press chooses the bar of the period in
        view, not the chart's first or last (a jump from March 1987 to December 1985)."""
        chart = self.query_one(ActivityChart)
        group = self.highlighted_group() if chart.chosen is None else None
        if group is not None and not group.value and by > 0:
            return  # the unresolved and the undated are listed after every bar: none is next
        bar = chart.choose_where(group.low) if group is not None and group.value else None
        bar = bar or chart.step(by)
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

    def next_grouping(self) -> str:
        """The grouping `v` switches to."""
        order = ["day", "month", "year"]
        return order[(order.index(self.view.grouping) + 1) % len(order)]

    def action_cycle_grouping(self) -> None:
        grouping = self.next_grouping()
        view = self.view
        # A bar finer than the new headings would show a whole month's heading
        # with one day's count: the bar is let go.
        bar = view.bar if view.bar and _bar_holds(view.bar, grouping) else None
        self.view = View(view.dates, grouping, view.low, view.high, bar)
        self._keep_cursor()
        self.load(self._around_in_view())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_dates" and parameters:
            return parameters[0] != self.view.dates
        if action == "ask_date":  # a priority key: in the prompt, `d` is a letter ("Wed")
            return not isinstance(self.screen.focused, Input)
        if action == "widen":
            # Only with a drill-down or bar to step out of: over the whole list (after a
            # jump too) the footer offering `u` said there was a period to leave. Help
            # still lists it, greyed.
            return True if self._history else None
        return super().check_action(action, parameters)

    def action_toggle_dates(self, to: str | None = None) -> None:
        view = self.view
        dates = to or ("published" if view.dates == "mentioned" else "mentioned")
        self.view = View(dates, view.grouping, view.low, view.high, view.bar)
        self._keep_cursor()
        self.load(self._around_in_view())
        self.screen.refresh_bindings()  # the footer's p names the other dates now

    def _keep_cursor(self) -> None:
        """Before the list is read again in another view (`v`, `p`): the entry under the
        cursor and the line of the screen it is on, for the cursor to stay there."""
        listing = self.query_one("#timeline-list", TimelineList)
        option = listing.highlighted_option
        entry = self.entry_at(option.id if option is not None else None)
        self._kept_entry = (entry.article_id, entry.start, entry.kind) if entry else None
        if listing.highlighted is not None:
            self._kept_line = listing.highlighted - round(listing.scroll_y)

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
        """Open the prompt with the focus in it at once, not after a refresh
        (`Widget.focus`): keys that came with `d` are already queued for the prompt."""
        prompt = self.query_one("#timeline-jump", DateInput)
        prompt.hand_over()  # asked for again as the last date arrived: a new prompt
        self.show_prompt(True)
        self.screen.set_focus(prompt)

    @on(Input.Submitted, "#timeline-jump")
    def jump_to_date(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value
        reference = self._reference_day()
        value = read_typed_date(typed, reference)
        if value is None and reference is None and read_typed_date(typed, ANY_DAY):
            self.notify(
                f"{typed!r} counts from the corpus's own period, and no article here has a"
                " date to give one: type a date such as 1987-03.",
                severity="warning",
                markup=False,
            )
            self.query_one("#timeline-jump", DateInput).refused()
            return
        if value is None:
            self.notify(
                f"Not a date I can read: {typed!r}. {date_forms(reference)}",
                severity="warning",
                markup=False,
            )
            self.query_one("#timeline-jump", DateInput).refused()
            return
        self._counted_note = ""
        if where := counted_from_words(typed, value, self._reference):
            said = f"{clean_line(typed).strip()} (counted from {where}): {group_label(value)}"
            self._counted_note = said
        self._jump_target = value
        self._leave_steps_without(value)
        self.load(value)

    def _reference_day(self) -> dt.date | None:
        """The day "last week" counts from, as `timeline --around` counts
        (`Library.typed_dates_origin`); never today nor the cursor's date."""
        return self._reference.day if self._reference else None

    def action_apply_range(self) -> None:
        """Search the articles whose dates the list shows in the range in view.

        The range is the one drilled into or the bar chosen, else the period
        of the heading under the cursor (a month's heading: the whole month).
        Mentioned dates are searched as `mentions:`, publication dates as `date:`.
        """
        days = self.view.date_range() if self.view.span else self._period_under_cursor()
        if days is None or None in days:
            self.notify("No dated range in view.", severity="warning")
            return
        field = "date" if self.view.dates == "published" else "mentions"
        self._stay_at = self._around_in_view()
        self.post_message(self.RangeApplied(days[0], days[1], field))

    def _period_under_cursor(self) -> tuple[dt.date, dt.date] | None:
        group = self.highlighted_group()
        return value_span(group.value) if group is not None else None


def _heads(option: Option) -> bool:
    """Whether a row can open the screen: a heading, or the note of earlier dates."""
    return option.id == "up" or (option.id or "").startswith("g")


def _bar_holds(bar: Bar, grouping: str) -> bool:
    """Whether a bar spans whole periods of a grouping (a month bar: whole days and months)."""
    width = {"day": 1, "month": 100, "year": 10000}[grouping]
    return bar.low % width == 0 and bar.high - bar.low >= width - 1


def _holds(view: View, span: tuple[dt.date, dt.date] | None) -> bool:
    """Whether a view lists a date of this span: the whole list does, a range only the
    dates wholly inside it (as the library narrows it: "1987" is no date of June 1987)."""
    low, high = view.date_range()
    if low is None or high is None:
        return True
    return span is not None and low <= span[0] and span[1] <= high


def _day_words(day: dt.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"
