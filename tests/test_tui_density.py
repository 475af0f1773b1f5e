"""How much the search and speaker panes show at once, and how counts and orders read.

A user scanning results wants many on screen with the highlighted one's
words beside them; these tests read what the panes draw, at the two terminal
sizes the app is made for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from newsexplore.search.index.broad import MAX_SCORED_WORDS
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.main import MainScreen
from newsexplore.tui.widgets.reader import ArticleReader
from newsexplore.tui.widgets.search_pane import SearchPane
from tests.test_tui_pilot import choose_speaker, press, search_for, sync
from tests.tui_support import wait_until_settled as settle

SIZES = [(120, 40), (80, 24)]


def drawn(widget: Widget) -> list[str]:
    """The lines a widget draws now, as text."""
    region = Region(0, 0, widget.size.width, widget.size.height)
    return [strip.text for strip in widget.render_lines(region)]


def harbour_corpus(folder: Path, count: int, *, dated: bool = True) -> Path:
    """`count` reports on the harbour, each matching `harbour` a different number of times."""
    folder.mkdir()
    for n in range(count):
        times = [3, 1, 5][n % 3]
        date = f"date: 2024-03-{n % 28 + 1:02}\n" if dated else ""
        said = ["The harbour was busy."] * times + [f"Ship {n} came and went."] * 4
        body = " ".join(said)
        (folder / f"{n:03}.txt").write_text(f"title: Harbour report {n:03}\n{date}\n{body}\n")
    return folder


def corpus_app(folder: Path, tmp_path: Path) -> NewsExploreApp:
    app = make_app([folder], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    return app


@pytest.fixture
def seeds_app(seeds_dir: Path, tmp_path: Path) -> NewsExploreApp:
    return corpus_app(seeds_dir, tmp_path)


class TestDenseResults:
    @pytest.mark.parametrize(("size", "at_least"), [((120, 40), 12), ((80, 24), 6)])
    @sync
    async def test_many_results_are_visible_at_once(
        self, tmp_path: Path, size: tuple[int, int], at_least: int
    ) -> None:
        app = corpus_app(harbour_corpus(tmp_path / "many", 30), tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            await press(pilot, "escape")
            pane = app.screen.query_one(SearchPane)
            lines = drawn(pane.results_list)
            titles = {f"Harbour report {n:03}" for n in range(30)}
            seen = {title for title in titles if any(title in line for line in lines)}
            assert len(seen) >= at_least, lines

    @sync
    async def test_a_zoomed_list_fills_the_screen(self, tmp_path: Path) -> None:
        app = corpus_app(harbour_corpus(tmp_path / "many", 40), tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            await press(pilot, "escape", "z")
            pane = app.screen.query_one(SearchPane)
            await settle(pilot)
            lines = drawn(pane.results_list)
            shown = [line for line in lines if "Harbour report" in line]
            assert len(shown) == pane.results_list.size.height >= 24, lines

    @sync
    async def test_the_preview_follows_the_highlight(self, tmp_path: Path) -> None:
        app = corpus_app(harbour_corpus(tmp_path / "many", 6), tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            await press(pilot, "escape")
            pane = app.screen.query_one(SearchPane)
            preview = pane.query_one("#hit-preview", Static)
            assert pane.results is not None
            first, second = pane.results.hits[:2]
            assert first.title in " ".join(drawn(preview))
            await press(pilot, "j")
            assert second.title in " ".join(drawn(preview))
            assert "harbour was busy" in " ".join(drawn(preview))
            await press(pilot, "enter")
            reader = app.screen.query_one(ArticleReader)
            assert reader.article is not None and reader.article.id == second.article_id

    @pytest.mark.parametrize("size", SIZES)
    @sync
    async def test_the_highlight_covers_the_whole_row(
        self, tmp_path: Path, size: tuple[int, int]
    ) -> None:
        """Date, title and hit count of the highlighted result share one background."""
        app = corpus_app(harbour_corpus(tmp_path / "few", 3), tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            await press(pilot, "escape", "j")
            results = app.screen.query_one(SearchPane).results_list
            assert results.highlighted == 1
            row = results.render_line(1 - results.scroll_offset.y)
            assert "Harbour report" in row.text and row.text.rstrip().endswith("hits")
            backgrounds = {seg.style.bgcolor for seg in row if seg.text.strip() and seg.style}
            plain = {seg.style.bgcolor for seg in results.render_line(2) if seg.style}
            assert len(backgrounds) == 1 and backgrounds != plain, row.text

    @sync
    async def test_one_match_reads_one_hit(self, tmp_path: Path) -> None:
        app = corpus_app(harbour_corpus(tmp_path / "few", 3), tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            await press(pilot, "escape")
            lines = drawn(app.screen.query_one(SearchPane).results_list)
            once = next(line for line in lines if "Harbour report 001" in line)
            thrice = next(line for line in lines if "Harbour report 000" in line)
            assert once.rstrip().endswith("1 hit"), once
            assert thrice.rstrip().endswith("3 hits"), thrice

    @sync
    async def test_the_reader_counts_one_hit_as_one(self, tmp_path: Path) -> None:
        corpus = tmp_path / "quoted"
        corpus.mkdir()
        (corpus / "a.txt").write_text(
            'title: Port news\n\nAnn Lee, the mayor, said: "The harbour opens at dawn."\n'
        )
        app = corpus_app(corpus, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            await press(pilot, "escape")
            await choose_speaker(pilot, "lee")
            await press(pilot, "enter")
            header = str(app.screen.query_one("#reader-header", Static).render())
            assert "1 hit " in header and "1 hits" not in header, header


class TestUndatedSort:
    @sync
    async def test_sorting_an_undated_corpus_by_date_says_so_and_keeps_the_order(
        self, tmp_path: Path
    ) -> None:
        app = corpus_app(harbour_corpus(tmp_path / "undated", 3, dated=False), tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "harbour")
            await press(pilot, "escape")
            pane = app.screen.query_one(SearchPane)
            assert pane.results is not None
            by_relevance = [hit.article_id for hit in pane.results.hits]
            await press(pilot, "ctrl+s")
            assert app.screen.sort == "date"
            status = str(pane.query_one("#search-status", Static).render())
            assert "no dates" in status, status
            assert [hit.article_id for hit in pane.results.hits] == by_relevance


class TestBroadPatternOrder:
    @sync
    async def test_a_pattern_too_broad_to_rank_says_newest_first(self, tmp_path: Path) -> None:
        """A prefix of more words than are scored ranks nothing: its hits are listed
        newest first, and the status line must not claim they are by relevance."""
        folder = tmp_path / "many"
        folder.mkdir()
        words = [f"zephyr{n:03d}" for n in range(MAX_SCORED_WORDS + 8)]
        for n in range(10):
            body = " ".join(words[n * 4 : n * 4 + 4])
            date = f"2024-0{n % 9 + 1}-1{n % 9}"
            (folder / f"{n:02}.txt").write_text(f"title: Report {n}\ndate: {date}\n\n{body}.\n")
        app = corpus_app(folder, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "zephyr*")
            pane = app.screen.query_one(SearchPane)
            status = str(pane.query_one("#search-status", Static).render())
            assert "newest first" in status and "relevance" not in status, status
            assert pane.results is not None
            dates = [hit.date for hit in pane.results.hits]
            assert len(dates) == 10 and dates == sorted(dates, reverse=True)
            await search_for(pilot, "")
            await press(pilot, "ctrl+u", *"zephyr001")
            await settle(pilot)
            assert pane.results.query == "zephyr001"
            status = str(pane.query_one("#search-status", Static).render())
            assert "by relevance" in status, status


class TestSpeakerQuotes:
    @sync
    async def test_a_speakers_quotes_fill_the_pane_with_a_preview(
        self, seeds_app: NewsExploreApp
    ) -> None:
        async with seeds_app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            listing = pane.query_one("#speaker-quotes")
            lines = drawn(listing)
            opening = [" ".join(quote.text.split()[:2]) for quote in pane.quotes]
            shown = [words for words in opening if any(words in line for line in lines)]
            assert len(shown) >= min(len(pane.quotes), 5), lines
            preview = " ".join(drawn(pane.query_one("#quote-preview", Static)))
            first = pane.quotes[0]
            assert first.text.split()[0] in preview and "Keir Starmer" in preview
            await press(pilot, "down")
            second = pane.quotes[1]
            preview = " ".join(drawn(pane.query_one("#quote-preview", Static)))
            assert " ".join(second.text.split()[:3]) in preview


class TestFooter:
    @pytest.mark.parametrize("size", SIZES)
    @sync
    async def test_every_footer_key_is_whole_and_help_and_quit_are_there(
        self, seeds_app: NewsExploreApp, size: tuple[int, int]
    ) -> None:
        async with seeds_app.run_test(size=size) as pilot:
            await settle(pilot)
            screen = seeds_app.screen
            assert isinstance(screen, MainScreen)
            for key in ["f2", "f3", "f4", "f5"]:
                await press(pilot, key)
                keys = list(screen.query(FooterKey))
                labels = [k.description for k in keys]
                assert "Help" in labels and "Quit" in labels, labels
                width = size[0]
                cut = [k.description for k in keys if k.region.right > width or k.region.width == 0]
                assert not cut, f"{key}: {cut} cut off in {labels}"
                overlapping = [
                    (a.description, b.description)
                    for a in keys
                    for b in keys
                    if a is not b and a.region.overlaps(b.region)
                ]
                assert not overlapping, f"{key}: {overlapping}"

    @pytest.mark.parametrize("size", SIZES)
    @sync
    async def test_the_speakers_footer_offers_its_corrections(
        self, seeds_app: NewsExploreApp, size: tuple[int, int]
    ) -> None:
        """M, S, R on the speaker list, and A and w once a speaker's quotes are listed:
        they were only in help."""
        async with seeds_app.run_test(size=size) as pilot:
            await settle(pilot)
            await press(pilot, "f4")
            await settle(pilot)
            labels = [k.description for k in seeds_app.screen.query(FooterKey)]
            assert {"Merge", "Split", "Rename"} <= set(labels), labels
            await choose_speaker(pilot, "keir")
            await press(pilot, "escape", "enter")
            await settle(pilot)
            labels = [k.description for k in seeds_app.screen.query(FooterKey)]
            assert {"Assign", "Why"} <= set(labels), labels

    @pytest.mark.parametrize("size", SIZES)
    @sync
    async def test_the_timeline_footer_keeps_search_range(
        self, seeds_app: NewsExploreApp, size: tuple[int, int]
    ) -> None:
        async with seeds_app.run_test(size=size) as pilot:
            await settle(pilot)
            await press(pilot, "f5")
            await settle(pilot)
            labels = [k.description for k in seeds_app.screen.query(FooterKey)]
            assert {"Search range", "Group"} <= set(labels), labels
            assert {"Date", "Go to date"} & set(labels), labels  # shorter where room is short
