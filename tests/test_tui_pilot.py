"""Pilot tests: state after key presses, on the real `Library` over the bundled seeds."""

from __future__ import annotations

import asyncio
import csv
import functools
import threading
import time
import unicodedata
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from newsexplore.search.index.library import Library, Progress, UpdateSummary
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.help import HelpScreen
from newsexplore.tui.screens.indexing import IndexingScreen
from newsexplore.tui.screens.main import PANES, MainScreen
from newsexplore.tui.widgets.reader import ArticleBody, ArticleReader
from newsexplore.tui.widgets.search_pane import SearchPane
from newsexplore.tui.widgets.speakers import SpeakersPane
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test on a fresh event loop (the suite has no async plugin)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def press(pilot: Pilot, *keys: str) -> None:
    """Press keys, letting each one's work finish before the next."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def type_text(pilot: Pilot, text: str) -> None:
    """Type without waiting between keys, as a user would, then let the work finish."""
    await pilot.press(*text)
    await settle(pilot)


async def search_for(pilot: Pilot, text: str) -> None:
    """`/` and the query typed straight after it, as fast as a user types."""
    await pilot.press("slash", *text)
    await settle(pilot)


def hold_updates(app: NewsExploreApp, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the app's index updates wait until the returned event is set."""
    gate = threading.Event()
    update = app.library.update

    def gated(*args: Any, **kwargs: Any) -> Iterator[object]:
        gate.wait(20)
        yield from update(*args, **kwargs)

    monkeypatch.setattr(app.library, "update", gated)
    return gate


def indexed_then_added_to(seeds_dir: Path, tmp_path: Path, late: str) -> tuple[Path, Path]:
    """A copy of the seeds, indexed, then given `late.txt`: an index out of date by one file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in seeds_dir.glob("*.txt"):
        (corpus / story.name).write_text(story.read_text())
    index = tmp_path / "index"
    list(Library([corpus], index).update())
    (corpus / "late.txt").write_text(late)
    return corpus, index


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    built.animation_level = "none"
    return built


def screen_of(app: NewsExploreApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


def pane_with_focus(app: NewsExploreApp) -> str | None:
    focused = app.focused
    assert focused is not None
    return next((n.id for n in focused.ancestors_with_self if n.id in PANES), None)


async def choose_speaker(pilot: Pilot, name: str) -> SpeakersPane:
    """Filter the speakers by `name`, choose the first, and wait for their quotes.

    Each step waits for what the user would see before pressing on: the
    speaker list filled and filtered, the speaker chosen, the quotes listed.
    """
    app = pilot.app
    await press(pilot, "f4", "slash")
    pane = screen_of(app).query_one(SpeakersPane)
    listing = pane.query_one("#speaker-list", OptionList)
    typed_into = pane.query_one("#speaker-filter", Input)
    try:
        await wait_for(pilot, lambda: app.focused is typed_into, "focus in the speaker filter")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; focus is on {app.focused!r}") from None
    await type_text(pilot, name)
    assert typed_into.value == name
    await wait_for(pilot, lambda: listing.option_count > 0, f"speakers matching {name!r}")
    await press(pilot, "down", "enter")
    await wait_for(pilot, lambda: screen_of(app).speaker_id is not None, "a chosen speaker")
    await wait_for(pilot, lambda: not pane.quotes_pending and pane.quotes, "the speaker's quotes")
    await settle(pilot)
    return pane


async def open_speaker_quote(pilot: Pilot, name: str) -> None:
    await choose_speaker(pilot, name)
    await press(pilot, "enter")


class TestFocus:
    @sync
    async def test_starts_in_the_results_and_keys_reach_every_pane(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert app.focused is not None and app.focused.id == "results"
            for key, pane in [
                ("f3", "reader"),
                ("f4", "speakers"),
                ("f5", "timeline"),
                ("f2", "search"),
            ]:
                await press(pilot, key)
                assert pane_with_focus(app) == pane

    @sync
    async def test_tab_cycles_panes_and_slash_returns_to_search(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            seen = []
            for _ in range(4):
                await press(pilot, "tab")
                seen.append(pane_with_focus(app))
            assert seen == ["reader", "speakers", "timeline", "search"]
            await press(pilot, "shift+tab")
            assert pane_with_focus(app) == "timeline"
            await press(pilot, "slash")
            assert app.focused is not None and app.focused.id == "query"
            await press(pilot, "f4", "f2")
            assert app.focused is not None and app.focused.id == "query"

    @sync
    async def test_narrow_screen_shows_only_the_focused_pane(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            screen = screen_of(app)
            assert screen.has_class("-narrow")
            await press(pilot, "f4")
            shown = [pane for pane in PANES if screen.pane(pane).display]
            assert shown == ["speakers"]
            await pilot.resize_terminal(120, 40)
            await settle(pilot)
            assert all(screen.pane(pane).display for pane in PANES)


class TestSearch:
    @sync
    async def test_results_follow_the_last_keystroke(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "ofcom")
            pane = app.screen.query_one(SearchPane)
            expected = app.library.search("ofcom")
            assert pane.results is not None and pane.results.query == "ofcom"
            assert [h.article_id for h in pane.results.hits] == [
                h.article_id for h in expected.hits
            ]
            assert pane.query_one("#results", OptionList).option_count == len(expected.hits)

    @sync
    async def test_syntax_error_is_shown_inline(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok AND (")
            status = app.screen.query_one(SearchPane).query_one("#search-status", Static)
            assert status.has_class("-error") and "error" in str(status.render()).lower()
            assert app.is_running

    @pytest.mark.parametrize(
        ("query", "says"),
        [
            ("date:[2026-02-01 TO 2026-01-01]", "2026-02-01 is after 2026-01-01"),
            ("grok~5", "at most 2 edits"),
            ("grok OR OR musk", "two operators in a row"),
            ("()", "empty group"),
            ("grok~1.5", "whole number"),
        ],
    )
    @sync
    async def test_a_query_the_cli_refuses_is_refused_on_the_status_line(
        self, app: NewsExploreApp, query: str, says: str
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, query)
            pane = app.screen.query_one(SearchPane)
            status = pane.query_one("#search-status", Static)
            assert status.has_class("-error") and says in str(status.render())
            assert pane.query_one("#results", OptionList).option_count == 0

    @sync
    async def test_a_lowercase_or_searched_as_a_word_is_said_on_the_status_line(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok or musk")
            status = app.screen.query_one(SearchPane).query_one("#search-status", Static)
            assert not status.has_class("-error")
            assert '"or" was searched as a word; the operator is OR' in str(status.render())

    @sync
    async def test_sort_and_scope_toggle(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "ctrl+s", "ctrl+t")
            screen = screen_of(app)
            assert (screen.sort, screen.scope) == ("date", "quotes")
            pane = screen.query_one(SearchPane)
            assert pane.results is not None
            assert all(hit.quote is not None for hit in pane.results.hits)

    @sync
    async def test_scrolling_to_the_end_of_the_results_lists_more(self, tmp_path: Path) -> None:
        corpus = tmp_path / "many"
        corpus.mkdir()
        for n in range(70):
            body = f"Harbour report number {n}." + " The tide was high." * (n % 7)
            (corpus / f"{n:03}.txt").write_text(f"Title: Harbour report {n}\n\n{body}\n")
        app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            pane = app.screen.query_one(SearchPane)
            listed = pane.results_list
            assert pane.results is not None and pane.results.total == 70
            first = len(pane.results.hits)
            assert first < 70
            await press(pilot, "down")
            for _ in range(first):
                await pilot.press("down")
            await wait_for(pilot, lambda: len(pane.results.hits) > first)
            await settle(pilot)
            assert listed.highlighted == first  # the cursor went on into the new hits
            await press(pilot, "end")
            await wait_for(pilot, lambda: len(pane.results.hits) == 70)
            await press(pilot, "end")
            assert listed.option_count == 70
            assert listed.highlighted == 69


class TestReader:
    @sync
    async def test_enter_opens_the_highlighted_result(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok")

            await press(pilot, "enter", "down", "enter")
            pane = app.screen.query_one(SearchPane)
            assert pane.results is not None
            second = pane.results.hits[1].article_id
            reader = app.screen.query_one(ArticleReader)
            assert reader.article is not None and reader.article.id == second
            assert isinstance(app.focused, ArticleBody)

    @sync
    async def test_n_and_shift_n_walk_the_hits(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "ofcom")

            await press(pilot, "enter", "enter")
            reader = app.screen.query_one(ArticleReader)
            assert len(reader.hits) >= 2 and reader.current_hit == 0
            await press(pilot, "n")
            assert reader.current_hit == 1 and reader.target_visible()
            await press(pilot, "N", "N")
            assert reader.current_hit == len(reader.hits) - 1 and reader.target_visible()

    @sync
    async def test_quote_jump_scrolls_the_quote_into_view(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            library: Library = app.library
            haigh = next(s for s in library.speakers() if "Haigh" in s.name)
            last = max(library.quotes(speaker_id=haigh.id), key=lambda q: q.start)
            speakers = await choose_speaker(pilot, "haigh")
            listing = speakers.query_one("#speaker-quotes", OptionList)
            assert last in speakers.quotes
            listing.highlighted = speakers.quotes.index(last)
            await press(pilot, "enter")
            screen = screen_of(app)
            assert screen.location is not None
            assert (screen.location.start, screen.location.end) == (last.start, last.end)
            body = screen.query_one(ArticleBody)
            assert body.scroll_y > 0, "the quote is far down: the reader had to scroll"
            assert screen.query_one(ArticleReader).target_visible(), f"scrolled to {body.scroll_y}"

    @sync
    async def test_back_and_forward(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok")

            await press(pilot, "enter", "enter")
            screen = screen_of(app)
            first = screen.location
            await open_speaker_quote(pilot, "keir")
            second = screen.location
            assert first is not None and second is not None and second != first
            await press(pilot, "escape")  # to the quote it was opened from
            assert pane_with_focus(app) == "speakers" and app.focused.id == "speaker-quotes"
            await press(pilot, "right_square_bracket")
            assert screen.location == second and screen.active_pane == "reader"
            reader = screen.query_one(ArticleReader)
            assert reader.article is not None and reader.article.id == second.article_id
            # The quotes, the speaker list, then the article read before.
            await press(pilot, "escape", "escape", "escape")
            assert screen.location == first and screen.active_pane == "reader"


class TestSpeakers:
    @sync
    async def test_filter_and_quotes_of_the_selected_speaker(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            speakers = await choose_speaker(pilot, "keir")
            screen = screen_of(app)
            listing = speakers.query_one("#speaker-list", OptionList)
            assert screen.speaker_id is not None and "keir" in screen.speaker_id.lower()
            expected = app.library.quotes(speaker_id=screen.speaker_id)
            assert len(speakers.quotes) == len(expected) > 0
            await press(pilot, "escape")
            assert app.focused is listing

    @pytest.mark.parametrize("away", ["f3", "f5", "f2"])
    @sync
    async def test_f4_lands_on_the_speaker_list_as_f2_lands_on_the_search_box(
        self, app: NewsExploreApp, away: str
    ) -> None:
        """From another pane or from the quotes, F4 shows the speaker list with the
        speaker just read highlighted; Enter goes back to their quotes, cursor kept."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            speakers = await choose_speaker(pilot, "keir")
            listing = speakers.query_one("#speaker-list", OptionList)
            quotes = speakers.query_one("#speaker-quotes", OptionList)
            await press(pilot, "j")
            assert app.focused is quotes and quotes.highlighted == 1
            await press(pilot, away, "f4")
            assert app.focused is listing
            assert speakers.highlighted_speaker() == speakers.selected_speaker()
            await press(pilot, "enter")
            assert app.focused is quotes and quotes.highlighted == 1
            await press(pilot, "f4")
            assert app.focused is listing

    @sync
    async def test_the_palette_opens_a_speakers_quotes(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "ctrl+p")
            await type_text(pilot, "go: Speaker")
            await press(pilot, "enter")
            await type_text(pilot, "Liz Kendall")
            await press(pilot, "enter")
            speakers = app.screen.query_one(SpeakersPane)
            await wait_for(pilot, lambda: not speakers.quotes_pending, "Liz Kendall's quotes")
            assert app.focused is speakers.query_one("#speaker-quotes", OptionList)
            chosen = speakers.selected_speaker()
            assert chosen is not None and chosen.name == "Liz Kendall" and speakers.quotes

    @sync
    async def test_export_quotes_as_csv(self, app: NewsExploreApp, tmp_path: Path) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            screen_of(app).action_export_quotes()
            await press(pilot, "enter")
            [written] = tmp_path.glob("quotes-*.csv")
            rows = list(csv.DictReader(written.open(encoding="utf-8")))
            assert len(rows) == len(pane.quotes) > 0
            assert {"article_id", "start", "end", "quote", "cue", "title", "note"} <= set(rows[0])

    @sync
    async def test_e_exports_what_the_speakers_pane_shows(
        self, app: NewsExploreApp, tmp_path: Path
    ) -> None:
        """On the speaker list, the speakers listed (filter applied); in a speaker's
        quotes, those quotes: the footer's "Export" is "what this pane lists"."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            await press(pilot, "e", "enter")
            [quotes] = tmp_path.glob("quotes-*.csv")
            assert len(list(csv.DictReader(quotes.open(encoding="utf-8")))) == len(pane.quotes)
            await press(pilot, "f4", "slash", "ctrl+u", *"l", "escape", "j", "e", "enter")
            [listed] = tmp_path.glob("speakers-*.csv")
            rows = list(csv.DictReader(listed.open(encoding="utf-8")))
            wanted = [
                s.name
                for s in pane.speakers
                if "l" in s.name.lower() or any("l" in alias.lower() for alias in s.aliases)
            ]
            assert [row["name"] for row in rows] == wanted and len(wanted) > 1
            assert {"name", "kind", "roles", "quote_count"} <= set(rows[0])


class TestTimeline:
    @sync
    async def test_enter_opens_the_sentence(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5")
            timeline = app.screen.query_one(TimelinePane)
            mentioned = next(i for i, e in enumerate(timeline.entries) if e.kind == "mentioned")
            listing = timeline.query_one("#timeline-list", OptionList)
            listing.highlighted = listing.get_option_index(f"e{mentioned}")
            await press(pilot, "enter")
            screen = screen_of(app)
            assert screen.location is not None and screen.location.kind == "event"
            assert screen.query_one(ArticleReader).target_visible()

    @sync
    async def test_it_opens_on_the_month_most_articles_were_published(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5")
            timeline = app.screen.query_one(TimelinePane)
            group = timeline.highlighted_group()
            assert group is not None and group.value is not None
            assert group.value.startswith("2026-01")  # not 2022, the oldest date mentioned
            assert timeline.groups[0].value == "2022"  # which is still there, above

    @sync
    async def test_d_jumps_to_a_typed_date_and_u_stays_there(self, app: NewsExploreApp) -> None:
        """A jump is no step into a period: `u`, which widens out of drill-downs and bars,
        leaves the whole list where the jump put it."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5", "d")
            await type_text(pilot, "2024")
            await press(pilot, "enter")
            timeline = app.screen.query_one(TimelinePane)
            await wait_for(pilot, lambda: timeline.highlighted_group().value == "2024")
            await press(pilot, "d")
            await type_text(pilot, "no such day")
            await press(pilot, "enter")
            assert timeline.highlighted_group().value == "2024"  # a warning, nothing moved
            await press(pilot, "escape", "u")
            assert timeline.highlighted_group().value == "2024" and timeline.view.span is None

    @sync
    async def test_p_shows_publication_dates_and_r_searches_the_range(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5", "p")
            timeline = app.screen.query_one(TimelinePane)
            await wait_for(pilot, lambda: timeline.view.dates == "published" and timeline.groups)
            # The dated story, then the undated one under "Undated".
            assert [g.value for g in timeline.groups] == ["2026-01-08", None]
            assert all(event.kind == "published" for event in timeline.entries)
            await press(pilot, "r")
            query = app.screen.query_one("#query", Input)
            assert query.value == "date:[2026-01-08 TO 2026-01-08]"
            assert pane_with_focus(app) == "search"

    @sync
    async def test_arrows_narrow_the_list_to_one_bar_of_the_chart(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5", "left")
            timeline = app.screen.query_one(TimelinePane)
            await wait_for(pilot, lambda: timeline.view.bar is not None)
            bar = timeline.view.bar
            assert all(bar.low <= g.low <= bar.high for g in timeline.groups)
            assert len(timeline.groups) == 1
            await press(pilot, "u")
            assert timeline.view.bar is None


class TestHelpAndPalette:
    @sync
    async def test_help_lists_the_focused_pane_keys(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "ofcom")

            await press(pilot, "enter", "enter", "f1")
            assert isinstance(app.screen, HelpScreen)
            titles = [section.title for section in app.screen.sections]
            assert titles == ["Reader", "App"]
            reader_keys = {row.description for row in app.screen.sections[0].rows}
            assert {"Next hit", "Prev hit"} <= reader_keys
            await press(pilot, "escape")
            assert isinstance(app.screen, MainScreen)

    @sync
    async def test_palette_toggles_sort(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "ctrl+p")
            await type_text(pilot, "sort by date")
            await press(pilot, "enter")
            assert screen_of(app).sort == "date"


HOSTILE_ARTICLE = (
    "title: [bold red]Breaking[/] \x1b[31mred\x1b[0m\n"
    "date: 2026-01-09\n"
    "\n"
    'She said: "[blink]Everything[/] is \x1b]8;;https://evil.example\x07fine\x1b]8;;\x07." '
    "Bell\x07, delete\x7f, C1 \x9b2J and \x1b[2J\x1b[H wipe.\n"
)


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c != "\n" for c in text)


class TestUntrustedText:
    @sync
    async def test_markup_and_escapes_never_reach_the_terminal(self, tmp_path: Path) -> None:
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
        app = make_app([corpus], index_dir=tmp_path / "index")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "down", "enter")
            body = app.screen.query_one(ArticleBody)
            lines = [body.render_line(y).text for y in range(body.size.height)]
            shown = "\n".join(lines)
            assert "[blink]Everything[/]" in shown and "␛" in shown
            assert not _has_controls(shown)
            header = str(app.screen.query_one("#reader-header", Static).render())
            assert "[bold red]" in header and not _has_controls(header)

    @sync
    async def test_no_control_character_reaches_the_screen(self, tmp_path: Path) -> None:
        """Every pane, the reader and the problems view, as the terminal gets them: the
        escapes of a text and of a file name are shown as ␛ and never sent raw."""
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
        (corpus / "empty\x1b[31m\x07.txt").write_text("")
        app = make_app([corpus], index_dir=tmp_path / "index")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "down", "enter")
            await settle(pilot)
            panes = app.export_screenshot()
            await press(pilot, "exclamation_mark")
            problems = app.export_screenshot()
        for screen in (panes, problems):
            assert not _has_controls(screen.replace("\r", "")), screen
            assert not any(unicodedata.category(c) == "Cf" for c in screen)
        assert "␛[31mred␛[0m" in panes and "Bell␇," in panes
        assert "empty␛[31m␇.txt" in problems


class TestIndexing:
    @sync
    async def test_escape_on_a_first_build_offers_to_index_again(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        app = make_app([seeds_dir], index_dir=tmp_path / "index")
        library = app.library
        real_update = library.update
        asked_to_stop = threading.Event()
        calls = []

        def slow_update(cancelled=None) -> Iterator:
            calls.append(1)
            if len(calls) > 1:  # the second try runs in full
                yield from real_update(cancelled=cancelled)
                return
            yield Progress(0, 2, "first.txt")
            while not cancelled():
                asked_to_stop.wait(0.01)
            asked_to_stop.set()
            yield from real_update(cancelled=lambda: True)

        library.update = slow_update
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, IndexingScreen)
            await pilot.press("escape")
            screen = app.screen
            await wait_for(pilot, lambda: screen.needs_retry, "the offer to index again")
            assert asked_to_stop.is_set() and library.needs_update()
            said = str(screen.query_one("#indexing-file", Static).render())
            assert "no index yet" in said
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, MainScreen)
            assert len(calls) == 2 and not library.needs_update()

    @sync
    async def test_q_during_a_first_build_stops_it_keeping_what_it_read_then_quits(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        app = make_app([seeds_dir], index_dir=tmp_path / "index")
        asked_to_stop = threading.Event()

        def slow_update(cancelled=None) -> Iterator:
            yield Progress(0, 2, "first.txt")
            deadline = time.monotonic() + 5  # a build left running would end here
            while not cancelled() and time.monotonic() < deadline:
                threading.Event().wait(0.01)
            if cancelled():
                asked_to_stop.set()
            yield UpdateSummary(cancelled=True, partial=True)

        app.library.update = slow_update
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, IndexingScreen)
            await pilot.press("q")
            await wait_for(pilot, lambda: not app.is_running, "the app to close", seconds=10)
        assert asked_to_stop.is_set()

    @sync
    async def test_a_build_that_raises_after_escape_is_reported_not_stuck_cancelling(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        app = make_app([seeds_dir], index_dir=tmp_path / "index")
        library = app.library
        real_update = library.update
        calls = []

        def failing_update(cancelled=None) -> Iterator:
            calls.append(1)
            if len(calls) > 1:
                yield from real_update(cancelled=cancelled)
                return
            yield Progress(0, 2, "first.txt")
            while not cancelled():
                threading.Event().wait(0.01)
            raise RuntimeError("disk gone")

        library.update = failing_update
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, IndexingScreen)
            await pilot.press("escape")
            await wait_for(pilot, lambda: screen.needs_retry, "the offer to index again")
            said = str(screen.query_one("#indexing-rate", Static).render())
            assert "disk gone" in said
            hint = str(screen.query_one("#indexing-hint", Static).render())
            assert "Cancelling" not in hint
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, MainScreen) and len(calls) == 2

    @sync
    async def test_new_extraction_rules_say_why_the_corpus_is_read_again(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        index_dir = tmp_path / "index"
        for _ in Library([seeds_dir], index_dir).update():
            pass
        manifest = index_dir / "commit.json"
        manifest.write_text(manifest.read_text().replace('"extractors": "', '"extractors": "old'))
        app = make_app([seeds_dir], index_dir=index_dir)
        library = app.library
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)  # the old index is searched meanwhile
            # said once the main screen is drawn, so that it is seen for its whole time
            rules = "finds quotes, speakers and dates differently"
            await wait_for(pilot, lambda: told.any(rules), "the notice of new rules")
            await settle(pilot)
            await wait_for(pilot, lambda: told.any("updated"), "update")
            assert library.rebuild_reason() is None

    @sync
    async def test_an_out_of_date_index_opens_at_once_and_updates_in_the_background(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        corpus, index = indexed_then_added_to(
            seeds_dir, tmp_path, "Title: Late\nDate: 2026-01-09\n\nThe walrus story.\n"
        )
        app = make_app([corpus], index_dir=index)
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
            await wait_for(pilot, lambda: told.any("out of date"), "the out-of-date notice")
            await settle(pilot)
            await wait_for(pilot, lambda: told.any("updated"), "update")
            assert [hit.article_id for hit in app.library.search("walrus").hits] == ["late.txt"]

    @sync
    async def test_the_search_pane_says_the_index_is_incomplete_while_it_is(
        self, seeds_dir: Path, tmp_path: Path, monkeypatch
    ) -> None:
        index = tmp_path / "index"
        list(Library([seeds_dir], index).update(seconds=0.0))  # a checkpoint: part of the corpus
        app = make_app([seeds_dir], index_dir=index)
        gate = hold_updates(app, monkeypatch)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
            search = app.screen.query_one(SearchPane)
            status = search.query_one("#search-status", Static)
            await wait_for(pilot, lambda: search.results is not None, "the first results")
            assert "index incomplete" in str(status.render())
            gate.set()
            await wait_for(
                pilot, lambda: "index incomplete" not in str(status.render()), "the whole index"
            )

    @sync
    async def test_the_search_pane_says_the_index_is_being_updated_while_it_is(
        self, seeds_dir: Path, tmp_path: Path, monkeypatch
    ) -> None:
        """The notice that the index is out of date passes in seconds; an update at 100k
        takes minutes, and the status line says it runs for as long as it does."""
        corpus, index = indexed_then_added_to(
            seeds_dir, tmp_path, "Title: Late\nDate: 2026-01-09\n\nThe walrus story.\n"
        )
        app = make_app([corpus], index_dir=index)
        gate = threading.Event()
        update = app.library.update

        def held_midway(*args: Any, **kwargs: Any) -> Iterator[object]:
            for number, step in enumerate(update(*args, **kwargs)):
                if number == 1:  # the update's lock is held from its start
                    gate.wait(20)
                yield step

        monkeypatch.setattr(app.library, "update", held_midway)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
            search = app.screen.query_one(SearchPane)
            status = search.query_one("#search-status", Static)
            await wait_for(pilot, lambda: app.library.update_running(), "the update under way")
            await pilot.press("slash", *"walrus")
            await wait_for(
                pilot, lambda: "index being updated" in str(status.render()), "the status"
            )
            gate.set()
            await wait_for(
                pilot,
                lambda: search.results.total == 1 and "updated" not in str(status.render()),
                "the updated index",
                seconds=30,
            )

    @sync
    async def test_the_panes_show_what_a_background_update_brought_without_searching_again(
        self, seeds_dir: Path, tmp_path: Path, monkeypatch
    ) -> None:
        corpus, index = indexed_then_added_to(
            seeds_dir,
            tmp_path,
            "Title: Late\nDate: 2026-01-09\n\n"
            '"The walrus is back in the bay," said Harriet Quill, the harbour keeper.\n',
        )
        app = make_app([corpus], index_dir=index)
        gate = hold_updates(app, monkeypatch)  # until the panes show the old index
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
            search = app.screen.query_one(SearchPane)
            speakers = app.screen.query_one(SpeakersPane)
            await pilot.press("slash", *"walrus")
            await wait_for(
                pilot, lambda: search.results and search.results.query == "walrus", "a search"
            )
            await wait_for(pilot, lambda: bool(speakers.speakers), "the speakers")
            assert search.results.total == 0
            assert "Harriet Quill" not in {s.name for s in speakers.speakers}
            gate.set()
            await wait_for(
                pilot, lambda: search.results.total == 1, "the hit of the new index", seconds=30
            )
            assert search.highlighted_hit().article_id == "late.txt"
            await wait_for(
                pilot,
                lambda: "Harriet Quill" in {s.name for s in speakers.speakers},
                "the new speaker",
            )
            assert not told.any("Search again"), told.messages


class TestEvidence:
    @sync
    async def test_w_says_how_a_quotes_speaker_was_found(self, app: NewsExploreApp) -> None:
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await settle(pilot)
            speakers = await choose_speaker(pilot, "keir")
            listing = speakers.query_one("#speaker-quotes", OptionList)
            through = next(i for i, q in enumerate(speakers.quotes) if q.evidence == "pronoun")
            listing.highlighted = through
            await press(pilot, "w")
            said = told.messages
            assert any("he → Keir Starmer" in message for message in said), said

    @sync
    async def test_the_reader_header_says_how_the_quote_jumped_to_was_attributed(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            speakers = await choose_speaker(pilot, "keir")
            listing = speakers.query_one("#speaker-quotes", OptionList)
            quote = next(q for q in speakers.quotes if q.evidence == "pronoun")
            listing.highlighted = speakers.quotes.index(quote)
            await press(pilot, "enter")
            header = str(app.screen.query_one("#reader-header", Static).render())
            assert quote.basis in header


class TestCorrections:
    @sync
    async def test_merge_two_speakers_with_M(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            before = {s.name: s.quote_count for s in pane.speakers}
            await press(pilot, "M")
            await type_text(pilot, "Louise Haigh")
            await press(pilot, "enter")
            await wait_for(
                pilot,
                lambda: "Louise Haigh" not in {s.name for s in pane.speakers},
                "Haigh merged away",
            )
            after = {s.name: s.quote_count for s in pane.speakers}
            assert after["Keir Starmer"] == before["Keir Starmer"] + before["Louise Haigh"]
            assert [c.kind for c in app.store.corrections.all()] == ["merge"]

    @sync
    async def test_give_a_quote_to_someone_else_with_A(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "haigh")
            quote = pane.highlighted_quote()
            assert quote is not None and quote.speaker == "Louise Haigh"
            await press(pilot, "A")
            await type_text(pilot, "Angela Rayner")
            await press(pilot, "enter")
            await wait_for(
                pilot, lambda: "Angela Rayner" in {s.name for s in pane.speakers}, "Rayner listed"
            )
            moved = next(q for q in app.library.quotes() if q.start == quote.start)
            assert (moved.speaker, moved.evidence, moved.checked) == ("Angela Rayner", "user", True)

    @sync
    async def test_v_marks_a_quote_checked(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            quote = pane.highlighted_quote()
            assert quote is not None and not quote.checked
            await press(pilot, "v")
            await wait_for(
                pilot,
                lambda: any(q.checked and q.start == quote.start for q in pane.quotes),
                "the quote checked",
            )
