"""Help (F1) and the palette tell of every key and field there is, and only of those."""

from __future__ import annotations

from textual.widgets import OptionList

from newsexplore.search import QUERY_FIELDS
from newsexplore.tui.app import NewsExploreApp
from newsexplore.tui.commands import _main_commands as main_commands
from newsexplore.tui.screens.help import help_sections
from tests.test_tui_pilot import app, choose_speaker, press, screen_of, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_until_settled as settle

__all__ = ["app"]  # the seeds app fixture, shared with the pilot tests


def _pane_help(app: NewsExploreApp) -> tuple[str, dict[str, str]]:
    """The focused pane's help text and its key table (keys -> description)."""
    section = help_sections(screen_of(app))[0]
    return section.text, {row.keys: row.description for row in section.rows}


@sync
async def test_the_search_help_names_every_field_the_query_accepts(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text, _keys = _pane_help(app)
        assert "Search" in help_sections(screen_of(app))[0].title
        missing = [field for field in QUERY_FIELDS if f"{field}:" not in text]
        assert missing == [], text


@sync
async def test_the_timeline_key_table_says_the_arrows_narrow_to_a_bar(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        _text, keys = _pane_help(app)
        arrows = {key: what for key, what in keys.items() if key in ("←", "→")}
        assert arrows and all("bar" in what.lower() for what in arrows.values()), keys
        listing = timeline.query_one("#timeline-list", OptionList)
        before = timeline.view.bar
        await press(pilot, "right")
        assert timeline.view.bar is not None and timeline.view.bar != before
        assert app.focused is listing


@sync
async def test_the_speakers_key_table_lists_w_in_the_list_and_the_quotes(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "keir")
        assert app.focused is pane.query_one("#speaker-quotes")
        assert "w" in _pane_help(app)[1]
        await press(pilot, "escape")  # up to the speaker list
        assert "w" in _pane_help(app)[1]


@sync
async def test_no_key_table_offers_sideways_scrolling_a_list_never_does(
    app: NewsExploreApp,
) -> None:
    """←/→ read "Scroll Left/Right" in the search and speakers tables, and did nothing."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "down")  # into the result list
        tables = [_pane_help(app)[1]]
        await choose_speaker(pilot, "keir")
        tables.append(_pane_help(app)[1])
        await press(pilot, "escape")
        tables.append(_pane_help(app)[1])
        for keys in tables:
            sideways = {k: what for k, what in keys.items() if "scroll" in what.lower()}
            assert not any("left" in w.lower() or "right" in w.lower() for w in sideways.values())


@sync
async def test_the_palette_offers_the_timeline_actions(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        screen = screen_of(app)
        commands = {title: run for title, run, _help in main_commands(screen)}
        for title in (
            "timeline: Go to date…",
            "timeline: Group by month",
            "timeline: Show publication dates",
            "timeline: Search this range",
        ):
            assert title in commands, sorted(commands)
        commands["timeline: Group by month"]()
        await settle(pilot)
        assert timeline.view.grouping == "month"
        commands["timeline: Show publication dates"]()
        await settle(pilot)
        assert timeline.view.dates == "published"
        titles = {title for title, _run, _help in main_commands(screen)}
        assert {"timeline: Group by year", "timeline: Show dates mentioned"} <= titles
        screen.focus_pane("search")
        await settle(pilot)
        titles = {title for title, _run, _help in main_commands(screen)}
        assert "timeline: Go to date…" in titles, "offered from every pane"
        {title: run for title, run, _help in main_commands(screen)}["timeline: Go to date…"]()
        await settle(pilot)
        assert screen.active_pane == "timeline"
        assert app.focused is timeline.query_one("#timeline-jump")
