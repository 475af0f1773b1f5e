"""Back from the reader: to the list row an article was opened from, at its place."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from newsexplore.tui.app import NewsExploreApp
from newsexplore.tui.screens.collect_dialogs import ExportDialog
from newsexplore.tui.widgets.search_pane import SearchPane
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import app, choose_speaker, press, screen_of, search_for, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

__all__ = ["app"]  # the seeds app fixture, shared with the pilot tests


async def _from_search(pilot: Pilot) -> OptionList:
    await settle(pilot)
    await search_for(pilot, "grok")
    await press(pilot, "enter")  # down to the list
    listing = pilot.app.screen.query_one("#results", OptionList)
    listing.highlighted = 1
    await press(pilot)
    return listing


async def _from_timeline(pilot: Pilot) -> OptionList:
    """The "January 7, 2026" row QA opened: a date mentioned in the text."""
    timeline = await open_timeline(pilot)
    listing = timeline.query_one("#timeline-list", OptionList)
    row = next(
        listing.get_option_index(f"e{n}")
        for n, event in enumerate(timeline.entries)
        if event.value == "2026-01-07"
    )
    listing.highlighted = row
    await press(pilot)
    return listing


async def _from_speaker(pilot: Pilot) -> OptionList:
    await settle(pilot)
    pane = await choose_speaker(pilot, "keir")
    listing = pane.query_one("#speaker-quotes", OptionList)
    await press(pilot, "j")
    return listing


WAYS_IN: dict[str, tuple[str, Callable[[Pilot], Awaitable[OptionList]]]] = {
    "search": ("search", _from_search),
    "timeline": ("timeline", _from_timeline),
    "speaker": ("speakers", _from_speaker),
}


def _footer_says_back(app: NewsExploreApp) -> bool:
    return any(
        str(key.key_display) == "esc" and str(key.description) == "Back"
        for key in app.screen.query("FooterKey")
    )


@pytest.mark.parametrize(
    ("way", "size", "key"),
    [
        ("search", (80, 24), "escape"),
        ("timeline", (80, 24), "escape"),
        ("timeline", (120, 40), "backspace"),
        ("speaker", (80, 24), "escape"),
    ],
)
@sync
async def test_back_from_the_reader_returns_to_the_row_it_was_opened_from(
    app: NewsExploreApp, way: str, size: tuple[int, int], key: str
) -> None:
    pane, open_list = WAYS_IN[way]
    async with app.run_test(size=size) as pilot:
        listing = await open_list(pilot)
        row, scrolled = listing.highlighted, listing.scroll_y
        assert row, "the cursor is on a row below the first"
        await press(pilot, "enter")
        screen = screen_of(app)
        opened = screen.location
        assert opened is not None and screen.active_pane == "reader"
        assert _footer_says_back(app), "the reader offers esc Back"
        await press(pilot, key)
        assert screen.active_pane == pane and app.focused is listing
        assert (listing.highlighted, listing.scroll_y) == (row, scrolled)
        await press(pilot, "right_square_bracket")
        assert screen.active_pane == "reader" and screen.location == opened


@sync
async def test_back_from_a_list_row_returns_to_the_place_in_the_article_read_before(
    app: NewsExploreApp,
) -> None:
    """Reading an article, then opening a timeline row: Back goes to that row, then to the
    line one was reading, then forward again over both."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_for(pilot, "ofcom")
        await press(pilot, "enter", "enter", "space")
        screen = screen_of(app)
        first, top = screen.location, screen.reader_body.top_offset()
        listing = await _from_timeline(pilot)
        row = listing.highlighted
        await press(pilot, "enter")
        second = screen.location
        await press(pilot, "escape")
        assert screen.active_pane == "timeline" and listing.highlighted == row
        await press(pilot, "escape")
        assert screen.active_pane == "reader" and screen.location == first
        assert screen.reader_body.top_offset() == top
        await press(pilot, "right_square_bracket")
        assert screen.active_pane == "timeline" and app.focused is listing
        await press(pilot, "right_square_bracket")
        assert screen.location == second
        timeline = screen.query_one(TimelinePane)
        await wait_for(pilot, lambda: timeline.groups, "the timeline")


async def burst(pilot: Pilot, *keys: str) -> None:
    """Keys as a terminal hands over fast typing: all queued before the app handles
    the first, with no pause for a refresh between them; then wait for the work."""
    for key in keys:
        pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))
    await settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_keys_typed_straight_after_back_go_to_the_list_it_returns_to(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """Esc and a key at once: the key acts on the list Back returns to, never on the
    reader being left ("Dole" typed after Esc opened the reader's Export on its e)."""
    async with app.run_test(size=size) as pilot:
        listing = await _from_search(pilot)
        await press(pilot, "enter")
        await burst(pilot, "escape", "k")
        assert app.focused is listing and listing.highlighted == 0
        results = screen_of(app).query_one(SearchPane).results
        await press(pilot, "enter")
        await burst(pilot, "escape", "e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog), dialog
        assert results is not None and dialog.listing.rows == len(results.hits)
        await press(pilot, "escape")
        await press(pilot, "enter")
        await burst(pilot, "escape", "slash", "D", "o", "l", "e")
        box = screen_of(app).query_one("#query", Input)
        assert app.focused is box and box.value == "grokDole"  # typed on to the query


async def _in_reader(pilot: Pilot) -> None:
    await _from_search(pilot)
    await press(pilot, "enter")


@pytest.mark.parametrize("way_in", [_from_search, _from_timeline, _in_reader])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_slash_typed_in_a_burst_after_a_key_of_the_pane_acts_after_it(
    app: NewsExploreApp, way_in: Callable[[Pilot], Awaitable[object]], size: tuple[int, int]
) -> None:
    """`/` after another key in one burst acts after that key, as typed: it ran first, and
    the `m` before it, looked up once focus was in the search box, marked nothing. The
    words after `/` still go into the search box whole, from the results, the timeline
    and the reader."""
    async with app.run_test(size=size) as pilot:
        await way_in(pilot)
        box = screen_of(app).query_one("#query", Input)
        query = box.value
        await burst(pilot, "m", "slash", *"Ofcom")
        assert app.focused is box and box.value == f"{query}Ofcom", box.value
        assert len(app.store.marks.all()) == 1


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_slash_typed_in_a_burst_in_the_speakers_pane_goes_to_its_filter(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "f4")
        await burst(pilot, "m", "slash", *"Ofc")
        speakers = screen_of(app).query_one("#speaker-filter", Input)
        assert app.focused is speakers and speakers.value == "Ofc"
        assert screen_of(app).query_one("#query", Input).value == ""
