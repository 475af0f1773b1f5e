"""Snapshot tests of the TUI on the bundled seeds, each index built in `tmp_path`.

Every test drives the app in `run_before` and waits for the work (indexing, then
the search, speaker and timeline workers) rather than the clock. Read the
snapshot report before accepting a changed SVG.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from newsexplore.tui.app import NewsExploreApp, make_app
from tests.tui_support import wait_until_settled

WIDE = (120, 40)
NARROW = (80, 24)

HOSTILE_ARTICLE = (
    "title: [bold red]Breaking[/] [link=https://evil.example]story[/link] \x1b[31mred\x1b[0m\n"
    "author: [i]Mallory[/i]\x07\n"
    "date: 2026-01-09\n"
    "\n"
    'The minister said: "[blink]Everything[/] is \x1b]8;;https://evil.example\x07fine\x1b]8;;\x07 '
    'and [/] under control." Bell\x07 here, delete\x7f there, a C1 \x9b2J clear and '
    "\x1b[2J\x1b[H a full-screen wipe, \x1b]0;owned\x07 a title change.\n"
    "\n"
    "[link=file:///etc/passwd]Read more[/link] \\[escaped] [/bold]\n"
)


async def settle(pilot: Pilot) -> None:
    """Wait for indexing and every worker to finish, then stop the cursor blinking."""
    await wait_until_settled(pilot)
    app = pilot.app
    for field in app.screen.query(Input):
        field.cursor_blink = False


class Typed(str):
    """Text typed in one go, as a user would, rather than one key name."""


def typed(text: str) -> Typed:
    return Typed(text)


def drive(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """A `run_before` pressing keys (or typing `Typed` text) and settling after each."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(*key) if isinstance(key, Typed) else await pilot.press(key)
            await settle(pilot)

    return run_before


@pytest.fixture
def seeds_app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    app = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    app.animation_level = "none"
    return app


def snap(snap_compare, app: NewsExploreApp, keys: Sequence[str], size=WIDE) -> bool:
    return snap_compare(app, terminal_size=size, run_before=drive(*keys))


class TestStart:
    def test_start_screen(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """Four panes: both seed articles listed, speakers by quote count, the timeline."""
        assert snap(snap_compare, seeds_app, [])

    def test_narrow_terminal(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """80x24: pane tabs on top, only the search pane shown, footer keys."""
        assert snap(snap_compare, seeds_app, [], size=NARROW)

    def test_narrow_terminal_reader(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """80x24 after opening a result: the reader fills the screen, its tab active."""
        assert snap(
            snap_compare, seeds_app, ["slash", typed("grok"), "enter", "enter"], size=NARROW
        )

    def test_empty_corpus(self, snap_compare, tmp_path: Path) -> None:
        """A folder with nothing to read: zero results, no speakers, empty timeline."""
        empty = tmp_path / "empty"
        empty.mkdir()
        app = make_app([empty], index_dir=tmp_path / "index")
        assert snap(snap_compare, app, [])


class TestSearch:
    def test_typed_search(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """'starmer' typed: both articles, one line each with date, title and hit count; the
        first one's snippet, matches highlighted, in the preview."""
        assert snap(snap_compare, seeds_app, ["slash", typed("starmer")])

    def test_typed_search_narrow(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """80x24, 'starmer' typed: one line per article with its hit count, the first one's
        title, date and snippet in the preview under the list."""
        assert snap(snap_compare, seeds_app, ["slash", typed("starmer"), "escape"], size=NARROW)

    def test_quotes_scope(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """Quotes scope, nothing typed: one line per quote, newest first, the speaker named
        where it changes; the second quote's words, speaker, evidence and article in the
        preview."""
        keys = ["ctrl+t", "j"]
        assert snap(snap_compare, seeds_app, keys)

    def test_quotes_scope_narrow(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """The same at 80x24: quote lines cut with … before the edge, the preview below."""
        keys = ["ctrl+t", "j"]
        assert snap(snap_compare, seeds_app, keys, size=NARROW)

    def test_query_syntax_error(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """An unclosed group: the error in words under the query bar, no crash."""
        assert snap(snap_compare, seeds_app, ["slash", typed("grok AND (")])


class TestReader:
    def test_article_with_hits(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """First 'ofcom' result opened: hits highlighted, the first one current, quotes labelled."""
        assert snap(snap_compare, seeds_app, ["slash", typed("ofcom"), "enter", "enter"])

    def test_markup_and_escapes_shown_literally(self, snap_compare, tmp_path: Path) -> None:
        """Brackets appear as typed; escapes and BEL show as ␛/␇/� placeholders, nothing styled."""
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        (corpus / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
        app = make_app([corpus], index_dir=tmp_path / "index")
        assert snap(snap_compare, app, ["down", "enter"])


WIRE_RECORD = {
    "id": "wire-0107",
    "title": "Ofcom opens an inquiry into X",
    "date": "2026-01-12",
    "source": "The Coast Gazette",
    "author": "Ann Reed",
    "url": "https://news.example/ofcom-x-inquiry",
    "text": (
        "The regulator Ofcom said on Monday it had opened an inquiry into X. "
        '"We will act quickly," a spokesperson said.\n\nThe inquiry could take months.'
    ),
}


@pytest.fixture
def wire_app(tmp_path: Path) -> NewsExploreApp:
    """One JSON Lines record with an id, outlet, author, date and web address."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text(json.dumps(WIRE_RECORD) + "\n", encoding="utf-8")
    app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    return app


class TestReaderOrigin:
    def test_record_header(self, snap_compare, wire_app: NewsExploreApp) -> None:
        """120x40: title, date · outlet · author, then id · wire.jsonl, line 1 · the URL;
        'search: “ofcom” in articles' on the reader's bottom edge; o Open link in the footer."""
        assert snap(snap_compare, wire_app, ["slash", typed("ofcom"), "enter", "enter"])

    def test_record_header_narrow(self, snap_compare, wire_app: NewsExploreApp) -> None:
        """80x24: the same header over the article alone, Help and Quit still in the footer."""
        keys = ["slash", typed("ofcom"), "enter", "enter"]
        assert snap(snap_compare, wire_app, keys, size=NARROW)


class TestSpeakers:
    def test_keir_starmer_selected(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """Speakers filtered to 'keir', Keir Starmer chosen: the pane shows only his quotes,
        one line each, and the first one in full with its article in the preview."""
        assert snap(snap_compare, seeds_app, ["f4", "slash", typed("keir"), "down", "enter"])

    def test_keir_starmer_selected_narrow(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """80x24: his quotes fill the pane, one line each, the date once per article; the
        second quote's words, how he was found and its article in the preview."""
        keys = ["f4", "slash", typed("keir"), "down", "enter", "j"]
        assert snap(snap_compare, seeds_app, keys, size=NARROW)

    def test_speaker_list_narrow(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """80x24 speaker list: one line each, quote count, name, roles."""
        assert snap(snap_compare, seeds_app, ["f4"], size=NARROW)

    def test_enter_on_quote_opens_reader(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """Enter on his first quote: the reader scrolled to it, the quote highlighted."""
        keys = ["f4", "slash", typed("keir"), "down", "enter", "enter"]
        assert snap(snap_compare, seeds_app, keys)


class TestTimeline:
    def test_timeline(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """Timeline focused, opened on January 2026 where the articles were published (2022
        and 2024 just above): headings with their counts, ○ mentioned dates under them."""
        assert snap(snap_compare, seeds_app, ["f5"])

    def test_timeline_narrow(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """At 80x24 the timeline alone: caption, chart, January 2026 near the top."""
        assert snap(snap_compare, seeds_app, ["f5"], size=NARROW)

    def test_timeline_by_year_narrow(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """v twice groups by year: 2022, 2024, 2026 (with its count), then the unresolved."""
        assert snap(snap_compare, seeds_app, ["f5", "v", "v"], size=NARROW)

    def test_timeline_publication_dates(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """p: publication dates only, one day with its ● entry, then the undated article
        under Undated; the caption counts both."""
        assert snap(snap_compare, seeds_app, ["f5", "p"])

    def test_enter_on_entry_opens_reader(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """Enter on a mentioned date: the reader at its sentence, the expression marked."""
        app = seeds_app

        async def run_before(pilot: Pilot) -> None:
            await drive("f5")(pilot)
            listing = app.screen.query_one("#timeline-list", OptionList)
            pane = app.screen.query_one("#timeline")
            mentioned = next(i for i, e in enumerate(pane.entries) if e.kind == "mentioned")
            listing.highlighted = listing.get_option_index(f"e{mentioned}")
            await pilot.press("enter")
            await settle(pilot)

        assert snap_compare(app, terminal_size=WIDE, run_before=run_before)

    def test_jump_to_a_date_then_the_reader_narrow(
        self, snap_compare, seeds_app: NewsExploreApp
    ) -> None:
        """80x24, d to a typed date then Enter on an entry: the reader alone under a
        whole tab row, Reader the active tab and underlined, nothing of the timeline left."""
        keys = ["f5", "d", typed("2026-01-08"), "enter", "down", "enter"]
        assert snap(snap_compare, seeds_app, keys, size=NARROW)

    @pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
    def test_jump_to_a_relative_date_says_so_under_the_chart(
        self, snap_compare, seeds_app: NewsExploreApp, size: tuple[int, int]
    ) -> None:
        """d "last week": under the chart, in the accent colour, the day it counted from
        (Thu 1 January 2026, the first day of the busiest month), the week it reads
        and the nearest date it landed on; no toast over the rows, the list whole below."""
        keys = ["f5", "d", typed("last week"), "enter"]
        assert snap(snap_compare, seeds_app, keys, size=size)

    @pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
    def test_back_from_the_reader_in_the_footer(
        self, snap_compare, seeds_app: NewsExploreApp, size: tuple[int, int]
    ) -> None:
        """An entry opened, then F5: Esc goes back to the reader, and the footer ends
        with `esc Back` after every key of the timeline (at 80 columns `d Date r Range`;
        at 120 `F4 Speakers` makes room)."""
        keys = ["f5", "down", "down", "down", "enter", "f5"]
        assert snap(snap_compare, seeds_app, keys, size=size)


class TestInferredDates:
    @pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
    def test_highlighted_inferred_date_then_the_reader(
        self, snap_compare, seeds_app: NewsExploreApp, size: tuple[int, int]
    ) -> None:
        """The undated seed's "8 January" ≈ highlighted: its row says "≈ 8 January ·
        counted from 2026 (the corpus's usual year)" in place of its sentence, the rows
        around it keep theirs. At 120 columns it is opened too: the row stays, and the
        reader's header says "no date · 1 date ≈ counted from the corpus's usual year
        2026" and, for the date jumped to, "8 January ≈ 2026-01-08, counted from 2026 (the
        corpus's usual year)"."""
        app = seeds_app

        async def run_before(pilot: Pilot) -> None:
            await drive("f5")(pilot)
            listing = app.screen.query_one("#timeline-list", OptionList)
            pane = app.screen.query_one("#timeline")
            inferred = next(i for i, e in enumerate(pane.entries) if e.inferred)
            listing.highlighted = listing.get_option_index(f"e{inferred}")
            await settle(pilot)
            if size == NARROW:
                return
            await pilot.press("enter")
            await settle(pilot)

        assert snap_compare(app, terminal_size=size, run_before=run_before)


class TestHelp:
    def test_help_for_search(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """F1 from the search bar: search pane keys, app keys, then the query guide."""
        assert snap(snap_compare, seeds_app, ["f1"])


class TestPalette:
    def test_palette_on_a_short_terminal(self, snap_compare, seeds_app: NewsExploreApp) -> None:
        """Ctrl+P and "focus" at 80x10: the box one row from the top, the list of the
        "view: Focus" commands cut short above the footer, which shows `esc Close` on
        the last row."""
        assert snap(snap_compare, seeds_app, ["ctrl+p", typed("focus")], size=(80, 10))
