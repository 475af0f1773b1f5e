"""Keys typed in one burst with a key that replaces a list act on the list it brings."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot

from newsexplore.tui.app import NewsExploreApp
from newsexplore.tui.screens.collect_dialogs import ExportDialog
from tests.test_tui_pilot import app, screen_of, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

__all__ = ["app"]  # the seeds app fixture, shared with the pilot tests


def slow_searches(app: NewsExploreApp, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make searches for anything typed wait until the returned event is set: the keys
    of a burst are then all in before the results, as on a large corpus."""
    gate = threading.Event()
    search = app.library.search

    def gated(query: str, *args: Any, **kwargs: Any) -> object:
        if query.strip():
            gate.wait(20)
        return search(query, *args, **kwargs)

    monkeypatch.setattr(app.library, "search", gated)
    return gate


def post_keys(pilot: Pilot, *keys: str) -> None:
    """Keys as a terminal hands over fast typing, all queued at once."""
    for key in keys:
        pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_enter_typed_right_after_a_query_opens_a_result_of_that_query(
    app: NewsExploreApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """ "/boycotting⏎⏎" in one burst: the second Enter opens the one article that says
    "boycotting" (the undated one, listed last before the search), not the first row
    of the list shown before the results came."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        first_shown = screen.query_one("#results").highlighted
        assert first_shown == 0
        gate = slow_searches(app, monkeypatch)
        post_keys(pilot, "slash", *"boycotting", "enter", "enter")
        for _ in range(5):
            await pilot.pause()
        assert screen.location is None, "nothing opens before the results are in"
        gate.set()
        await wait_for(pilot, lambda: screen.location is not None, "the article open")
        await settle(pilot)
        opened = screen.location
        assert opened is not None
        text = app.library.article(opened.article_id).text
        assert "boycotting" in text


def slow_timeline(app: NewsExploreApp, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the timeline's reads of a new list wait until the returned event is set."""
    gate = threading.Event()
    page = app.library.timeline_page

    def gated(*args: Any, **kwargs: Any) -> object:
        gate.wait(20)
        return page(*args, **kwargs)

    monkeypatch.setattr(app.library, "timeline_page", gated)
    return gate


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_export_typed_right_after_p_exports_the_dates_p_switched_to(
    app: NewsExploreApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """ "pe" in one burst in the timeline: the export is of the publication dates `p`
    switched to, as its dialog says, not of the mentioned dates on screen before."""
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        assert timeline.view.dates == "mentioned"
        gate = slow_timeline(app, monkeypatch)
        post_keys(pilot, "p", "e")
        for _ in range(5):
            await pilot.pause()
        assert not isinstance(app.screen, ExportDialog), "no export of the view being left"
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog), "the dialog")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.listing.name == "timeline-publication-dates"
        shown = timeline.shown
        assert shown is not None and shown.view.dates == "published"
        assert dialog.listing.rows == shown.total


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_export_typed_right_after_a_query_and_f5_exports_that_querys_dates(
    app: NewsExploreApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """ "/boycotting⏎ F5 e" in one burst: the timeline's export is of the dates of the
    articles saying "boycotting", not of the whole timeline shown before the query."""
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await pilot.press("f2")
        await settle(pilot)
        gate = slow_timeline(app, monkeypatch)
        post_keys(pilot, "slash", *"boycotting", "enter", "f5", "e")
        for _ in range(5):
            await pilot.pause()
        assert not isinstance(app.screen, ExportDialog), "no export of the list being left"
        gate.set()
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog), "the dialog")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.listing.name.startswith("timeline-boycotting"), dialog.listing.name
        assert timeline.shown is not None and timeline.shown.query == "boycotting"
