"""The main screen: four panes, the state they share, and the jump history.

Shared state (query, sort, scope, open location, selected speaker) lives in
reactives here and is bound into the panes with `data_bind`, so a pane reacts in
its own `watch_*` methods and never reaches into another pane. Every jump goes
through `JumpRequested`, which is where back/forward history is kept.

The results follow every keystroke; the timeline and the reader's highlights
follow `settled_query`, which catches up once typing pauses, so their heavier
work never competes with the search while a user types.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.dom import DOMNode
from textual.events import DescendantFocus
from textual.reactive import var
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, OptionList, Tab, Tabs

from ..marked import UnmarkAsked
from ..messages import JumpRequested, Location
from ..widgets.breadcrumb import breadcrumb
from ..widgets.export_status import ExportStatus
from ..widgets.key_footer import KeyFooter
from ..widgets.lists import NavList
from ..widgets.pane import Pane
from ..widgets.reader import ArticleBody, ArticleReader
from ..widgets.safe_text import literal
from ..widgets.search_pane import SearchPane
from ..widgets.speakers import SpeakersPane
from ..widgets.timeline import TimelinePane
from .collect_actions import COLLECT_BINDINGS, CollectActions
from .history import ListPlace, Place, list_place, return_to

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["PANES", "MainScreen"]

PANES = ("search", "reader", "speakers", "timeline")
"""Pane names in Tab order."""

SETTLE_DELAY = 0.5
"""Seconds without a keystroke before the secondary panes follow the query.

Counted from when the results for the last keystroke are shown. The timeline's
first load waits for it too, so typing straight away after launch is not slowed
by reading the whole corpus's dates."""

_DATE_RANGE = re.compile(r"\s*\b(?:date|mentions):\[[^\]]*\]")

_PANE_TITLES = {
    "search": "Search",
    "reader": "Reader",
    "speakers": "Speakers",
    "timeline": "Timeline",
}


def _pane_binding(key: str, pane: str, display: str, *, show: bool = True) -> Binding:
    return Binding(
        key,
        f"focus_{pane}",
        _PANE_TITLES[pane],
        key_display=display,
        show=show,
        tooltip=f"Move to the {_PANE_TITLES[pane].lower()} pane",
        # Run as the key arrives (see Pane.LEAVE_BOX): keys typed straight after it
        # went to the box that still had focus ("F5 d2024" typed "d2024" in a filter).
        priority=True,
        id=f"main.focus_{pane}",
    )


class MainScreen(CollectActions):
    """Search, reader, speakers and timeline, side by side or one at a time."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "find",
            "Search",
            tooltip="Type in the search box (Esc leaves it, keeping the query)",
            priority=True,  # see Pane.LEAVE_BOX
            id="main.find",
        ),
        _pane_binding("f2", "search", "F2", show=False),
        _pane_binding("f3", "reader", "F3"),
        _pane_binding("f4", "speakers", "F4"),
        _pane_binding("f5", "timeline", "F5"),
        Binding(
            "tab",
            "cycle_pane(1)",
            "Next pane",
            show=False,
            tooltip="Move to the next pane",
            id="main.next_pane",
        ),
        Binding(
            "shift+tab",
            "cycle_pane(-1)",
            "Previous pane",
            show=False,
            tooltip="Move to the previous pane",
            id="main.previous_pane",
        ),
        Binding(
            "z,f10",
            "toggle_zoom",
            "Zoom",
            tooltip="Show the focused pane on the whole screen, or all panes again",
            id="main.zoom",
        ),
        Binding(
            "escape,backspace,alt+left",
            "back",
            "Back",
            key_display="esc",
            tooltip="Go back to where you were: the list row the article was opened from, "
            "the line of the article read before, or from a pane come to from the reader, "
            "the reader",
            id="main.back",
        ),
        Binding(
            "alt+right,right_square_bracket",
            "forward",
            "Forward",
            key_display="]",
            show=False,
            tooltip="Go forward again after going back",
            id="main.forward",
        ),
        *COLLECT_BINDINGS,
    ]

    query_text: var[str] = var("")
    """The search query as typed; the results follow it."""
    settled_query: var[str] = var("")
    """The query once typing paused; the timeline and the reader's hits follow it."""
    scope: var[str] = var("articles")
    """Search whole `articles` or only `quotes`."""
    sort: var[str] = var("relevance")
    """Order results by `relevance` or `date`."""
    location: var[Location | None] = var(None, always_update=True)
    """What the reader shows."""
    speaker_id: var[str | None] = var(None)
    """The speaker selected in the speakers pane."""

    def __init__(self, library: Library, *, export_dir: Path | None = None) -> None:
        super().__init__()
        self.library = library
        self.export_dir = export_dir or Path.cwd()
        self.back_stack: list[Place] = []
        self.forward_stack: list[Place] = []
        self.unmark_asked = UnmarkAsked()
        self._settle_timer: Timer | None = None
        self._focus_wanted: Widget | None = None
        """Where a pane switch is sending focus, until it gets there."""
        self._reading = False
        """True from opening or focusing the reader until Back returns to a list: a list
        then gone to was come to from the article, which Back returns to first."""
        self._first_loads = {"results", "speakers"}
        # Start with the layout class the first resize would set: setting it
        # then restyles every widget a second time (about 0.1 s of launch).
        width = self.app.size.width
        self.add_class(*self._get_breakpoint_classes(width, self.HORIZONTAL_BREAKPOINTS))

    @property
    def settling(self) -> bool:
        """True while the secondary panes or the reader's scroll have not caught up yet."""
        reader_waits = self.reader_body.scroll_pending and self.pane("reader").display
        behind = self._settle_timer is not None or self.settled_query != self.query_text
        panes_behind = not self.query_one(TimelinePane).loaded or self.speakers.quotes_pending
        return behind or panes_behind or reader_waits

    def compose(self) -> ComposeResult:
        yield Tabs(*(Tab(_PANE_TITLES[name], id=f"tab-{name}") for name in PANES), id="pane-tabs")
        with Container(id="panes"):
            yield _framed(
                SearchPane(self.library, id="search").data_bind(
                    MainScreen.query_text, MainScreen.scope, MainScreen.sort
                ),
                active=True,
            )
            yield _framed(
                ArticleReader(self.library, id="reader").data_bind(
                    MainScreen.location, query_text=MainScreen.settled_query
                )
            )
            yield _framed(
                SpeakersPane(self.library, id="speakers").data_bind(MainScreen.speaker_id)
            )
            yield _framed(
                TimelinePane(self.library, id="timeline").data_bind(
                    query_text=MainScreen.settled_query
                )
            )
        yield ExportStatus()
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(SearchPane).start_search()
        self.query_one(SpeakersPane).load()
        # Focus starts in the result list, where every key the footer shows works.
        self.query_one(SearchPane).focus_target.focus()

    def pane(self, name: str) -> Widget:
        return self.query_one(f"#{name}")

    @property
    def active_pane(self) -> str:
        return next((name for name in PANES if self.pane(name).has_class("-active")), "search")

    def focus_pane(self, name: str, target: Widget | None = None) -> None:
        """Show a pane (it may be hidden on a narrow screen) and move focus into it.

        Args:
            target: where in the pane focus goes; by default the pane's first list.
        """
        if name != "search" and self.settled_query != self.query_text:
            # Leaving the search box ends the query's typing: a date typed straight
            # after in the timeline must land in that query's timeline, not in the one
            # before, which the pause then replaced with the query's own landing.
            self._stop_settle_timer()
            self._settle_query()
        self._mark_active(name)
        target = target or self.query_one(f"#{name}", Pane).focus_target
        self._focus_wanted = None if target.has_focus else target
        # Focus moves now, not after a refresh: keys typed straight after (Esc then
        # "k") are already queued and must reach the pane the user is sent to.
        self.set_focus(target)
        self.call_after_refresh(self._keep_focus_on, target)
        timeline = self.query_one(TimelinePane)
        if name == "timeline" and timeline.shown_query != self.settled_query:
            # Its list is about to be read for the query just typed: the keys typed with
            # F5 ("e" to export) are meant for that list, not the one on screen.
            timeline.query_one("#timeline-list", NavList).await_rows()

    def _keep_focus_on(self, target: Widget) -> None:
        """Once the panes are laid out, take focus back from where Textual put it while
        a pane was hidden; never from where the user has moved it since."""
        focused = self.focused
        if focused is not target and (focused is None or self._focus_was_handed_away(focused)):
            target.focus()

    def _reset_focus(self, widget: Widget, avoiding: list[Widget] | None = None) -> None:
        """Keep focus on a widget that is shown, whatever a late Hide event says.

        Textual moves focus off a widget when it processes that widget's Hide
        event, which under load can arrive after the pane holding it has been
        shown again and focused; focus then jumped from the speaker filter to
        the list below it. Removal (`avoiding`) and disabling still move focus.
        """
        if not avoiding and widget.focusable and self._displayed(widget):
            return
        super()._reset_focus(widget, avoiding)

    def _displayed(self, widget: Widget) -> bool:
        node: DOMNode | None = widget
        while node is not None and node is not self:
            if not node.display:
                return False
            node = node.parent
        return node is self

    def _focus_was_handed_away(self, focused: Widget) -> bool:
        """Focus on the tab bar, or on a widget in a pane that is hidden."""
        return isinstance(focused, Tabs) or not self._displayed(focused)

    def _mark_active(self, name: str) -> None:
        for other in PANES:
            pane = self.pane(other)
            if pane.has_class("-active") != (other == name):
                # Only the pane's own frame and display depend on the class (app.tcss,
                # panes.tcss): restyled alone, not with every widget inside it as a
                # class change does, which took a fifth of a pane switch's time.
                pane.set_class(other == name, "-active", update=False)
                self.app.stylesheet.update_nodes([pane], animate=True)
        tabs = self.query_one("#pane-tabs", Tabs)
        if tabs.active != f"tab-{name}":
            with tabs.prevent(Tabs.TabActivated):
                tabs.active = f"tab-{name}"

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        wanted = self._focus_wanted
        if event.widget is wanted:
            self._focus_wanted = None
        elif wanted is not None and self._focus_was_handed_away(event.widget):
            # Until the switch's own focus lands, focus passed on from a widget
            # in the pane being hidden is Textual's doing, not the user moving.
            return
        for node in event.widget.ancestors_with_self:
            if node.id in PANES and node.parent is self.query_one("#panes"):
                self._mark_active(node.id)
                self._reading = self._reading or node.id == "reader"
                return

    @on(Tabs.TabActivated, "#pane-tabs")
    def focus_pane_from_tab(self, event: Tabs.TabActivated) -> None:
        name = (event.tab.id or "tab-search").removeprefix("tab-")
        if name != self.active_pane or not self.focused or self.focused is event.tabs:
            self.focus_pane(name)

    def action_focus_search(self) -> None:
        """Put the cursor in the search box, from wherever focus is."""
        self._mark_active("search")
        self.query_one(SearchPane).action_focus_box()

    def action_find(self) -> None:
        self.action_focus_search()

    @property
    def typing(self) -> bool:
        """True while a text box has focus: letters and `/` are text, not commands."""
        return isinstance(self.focused, Input)

    def on_resize(self) -> None:
        self.refresh_bindings()  # the zoom key comes and goes with the narrow layout

    def _focused_pane_owns_slash(self) -> bool:
        focused = self.focused
        panes = focused.ancestors_with_self if focused is not None else []
        return any(isinstance(node, Pane) and node.OWN_SLASH for node in panes)

    def action_toggle_zoom(self) -> None:
        self.toggle_class("-zoomed")
        self.refresh_bindings()

    def action_focus_reader(self) -> None:
        self.focus_pane("reader")

    def action_focus_speakers(self) -> None:
        self.focus_pane("speakers")

    def action_focus_timeline(self) -> None:
        self.focus_pane("timeline")

    def action_cycle_pane(self, step: int) -> None:
        index = PANES.index(self.active_pane)
        self.focus_pane(PANES[(index + step) % len(PANES)])

    @on(Input.Changed, "#query")
    def update_query(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._stop_settle_timer()

    @on(SearchPane.ResultsFetched)
    def settle_after_results(self, message: SearchPane.ResultsFetched) -> None:
        """Count the pause from when the results are shown, not from the keystroke.

        On a large corpus a keystroke's results can take longer than the pause;
        timing from the keystroke would then start the timeline under every
        key, slowing the very results it waits for.
        """
        if message.query == self.query_text:
            self._stop_settle_timer()
            self._settle_timer = self.set_timer(SETTLE_DELAY, self._settle_query)

    @on(SearchPane.ResultsFetched)
    def _results_loaded(self) -> None:
        self._first_load_done("results")

    @on(SpeakersPane.SpeakersLoaded)
    def _speakers_loaded(self) -> None:
        self._first_load_done("speakers")

    def _first_load_done(self, name: str) -> None:
        """Once the start-up data is in, take it out of the garbage collector's sight.

        The speaker table and the searchers' caches live as long as the app;
        on a large corpus every full collection scanned them again, a 50 ms
        stall that landed on whatever key was being typed.
        """
        if self._first_loads:
            self._first_loads.discard(name)
            if not self._first_loads:
                gc.freeze()

    def _stop_settle_timer(self) -> None:
        if self._settle_timer is not None:
            self._settle_timer.stop()
            self._settle_timer = None

    def _settle_query(self) -> None:
        self._settle_timer = None
        self.settled_query = self.query_text
        timeline = self.query_one(TimelinePane)
        if not timeline.loaded:
            timeline.load()

    @on(TimelinePane.RangeApplied)
    def search_in_range(self, event: TimelinePane.RangeApplied) -> None:
        """Put the timeline's range into the query, replacing a date range already there."""
        query = _DATE_RANGE.sub("", self.query_text).strip()
        days = f"[{event.low.isoformat()} TO {event.high.isoformat()}]"
        ranged = f"{query} {event.field}:{days}".strip()
        self.query_one("#query", Input).value = ranged
        self.focus_pane("search")

    @on(SpeakersPane.SpeakerSelected)
    def select_speaker(self, event: SpeakersPane.SpeakerSelected) -> None:
        self.speaker_id = event.speaker_id

    @on(SpeakersPane.Corrected)
    def show_corrected_speakers(self) -> None:
        """Every pane that shows or filters by speaker reads again: a quote found by
        `speaker:` or labelled with a name may now be someone else's."""
        self.reader.reload()
        self.query_one(SearchPane).refresh_results()
        if "speaker:" in self.query_text:
            self.query_one(TimelinePane).index_changed()

    def corrections_arrived(self) -> None:
        """Corrections made in another process: the speakers and what names them read again."""
        self.query_one(SpeakersPane).index_changed()
        self.show_corrected_speakers()

    def index_changed(self) -> None:
        """An update finished while the panes showed the index before it: read them again,
        each keeping its cursor, so nothing on screen is of an index that is gone."""
        self.query_one(SearchPane).refresh_results()
        self.query_one(SpeakersPane).index_changed()
        self.query_one(TimelinePane).index_changed()
        self.reader.index_changed()

    @on(JumpRequested)
    def open_location(self, event: JumpRequested) -> None:
        """Open a location in the reader, recording where we were for Back."""
        event.stop()
        self.back_stack.extend(self._current_places())
        self.forward_stack.clear()
        self._show(event.location)

    def _current_places(self) -> list[Place]:
        """Where the user is, for Back or Forward to return to, the latest last.

        In a list, its row; when they came to that list from reading an
        article, the line they had read to before it. In the reader, that line.
        """
        row = list_place(self.focused, PANES)
        places: list[Place] = []
        if self.location is not None and (row is None or self._reading):
            places.append(self.reader.reading_position() or self.location)
        if row is not None:
            places.append(row)
        return places

    def _go(self, place: Place) -> None:
        """Return to a place from the history: an article in the reader, or a list's row."""
        if isinstance(place, Location):
            self._show(place)
            return
        self._reading = False
        listing = self.query_one(f"#{place.list_id}", OptionList)
        self.focus_pane(place.pane, listing)
        # The row now, so a key typed straight after moves from it; the scroll again
        # once the list is laid out, unless such a key has moved the cursor already.
        return_to(listing, place)
        row = listing.highlighted
        self.call_after_refresh(self._scroll_back, listing, place, row)

    def _scroll_back(self, listing: OptionList, place: ListPlace, row: int | None) -> None:
        if listing.highlighted == row:
            return_to(listing, place)

    def _show(self, location: Location) -> None:
        self._reading = True
        self.location = location
        self.focus_pane("reader")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that would do nothing now are left out of the footer (and do nothing)."""
        if action == "back":
            # In a box (the date prompt too) Esc is the box's.
            return self._can_go_back() and not self.typing
        if action == "forward":
            return bool(self.forward_stack)
        if action == "find":
            return not self.typing and not self._focused_pane_owns_slash()
        if action == "toggle_zoom":
            return not self.has_class("-narrow")
        if action == "set_sort":
            return parameters != (self.sort,)
        if action == "set_scope":
            return parameters != (self.scope,)
        if action in ("mark", "note", "copy", "export") and self.active_pane == "reader":
            # An empty reader has nothing to mark, copy or export (help greys them).
            return None if self.reader.article is None else True
        if action in ("mark", "note", "copy") and self.active_pane == "speakers":
            # A speaker is no item to mark: only a quote highlighted in the quote list is.
            return True if self.focused is self.speakers.quote_list else None
        return True

    def _back_places(self) -> tuple[list[Place], int]:
        """Where the user is, and how many of the latest places Back passes over: rows of
        the pane they are in already (the quotes of the speaker list they went up to)."""
        places = self._current_places()
        here = places[-1] if places else None
        skip = 0
        if isinstance(here, ListPlace):
            for place in reversed(self.back_stack):
                if not isinstance(place, ListPlace) or place.pane != here.pane:
                    break
                skip += 1
        return places, skip

    def _can_go_back(self) -> bool:
        places, skip = self._back_places()
        return len(places) == 2 or len(self.back_stack) > skip

    def action_back(self) -> None:
        places, skip = self._back_places()
        if len(places) == 2:  # in a list come to from the reader: back to the reader
            self.forward_stack.append(places[1])
            self._go(places[0])
        elif len(self.back_stack) > skip:
            del self.back_stack[len(self.back_stack) - skip :]
            self.forward_stack.extend(places)
            self._go(self.back_stack.pop())

    def action_forward(self) -> None:
        if self.forward_stack:
            self.back_stack.extend(self._current_places())
            self._go(self.forward_stack.pop())

    def action_set_sort(self, sort: str) -> None:
        self.sort = sort

    def action_set_scope(self, scope: str) -> None:
        self.scope = scope

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"

    def action_toggle_scope(self) -> None:
        self.scope = "quotes" if self.scope == "articles" else "articles"

    def watch_sort(self) -> None:
        self.refresh_bindings()

    def watch_scope(self) -> None:
        self.refresh_bindings()
        self._show_breadcrumb()

    def watch_settled_query(self) -> None:
        self._show_breadcrumb()

    def _show_breadcrumb(self) -> None:
        """Write what the highlights and the timeline follow under the panes that follow it."""
        words = breadcrumb(self.settled_query, self.scope)
        for name in ("reader", "timeline"):
            self.pane(name).border_subtitle = literal(words) if words else None

    def action_export_quotes(self) -> None:
        """Export the selected speaker's quotes, whichever pane has focus."""
        if self.query_one(SpeakersPane).selected_speaker() is None:
            self.notify("Select a speaker first.", severity="warning")
            return
        self.action_export("quotes")

    @property
    def speakers(self) -> SpeakersPane:
        return self.query_one(SpeakersPane)

    @property
    def reader(self) -> ArticleReader:
        return self.query_one(ArticleReader)

    @property
    def reader_body(self) -> ArticleBody:
        return self.query_one(ArticleBody)


def _framed(pane: Widget, *, active: bool = False) -> Widget:
    """Give a pane its frame and title before it mounts.

    Classes added after mounting restyle the pane's whole subtree, once per
    class: a tenth of the start-up time.
    """
    pane.add_class("pane", *(["-active"] if active else []), update=False)
    pane.border_title = _PANE_TITLES[pane.id or ""]
    return pane
