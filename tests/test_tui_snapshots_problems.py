"""Snapshots of the first open: the Problems view, on a copy of the seeds as a scraper
leaves a corpus, and the indexing screen when there is nothing to open."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsexplore.search import Progress, UpdateSummary, UserStore
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens import indexing
from tests.test_tui_problems import GONE_QUOTE, GONE_RENAME
from tests.test_tui_snapshots import NARROW, WIDE, settle
from tests.tui_support import wait_for

LEGACY = "Café crème and naïve \u201cquotes\u201d \u2013 the déjà vu season."


@pytest.fixture
def messy_app(seeds_dir: Path, tmp_path: Path) -> NewsExploreApp:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    for first in sorted(corpus.glob("*.txt")):
        for n in range(12):
            shutil.copy(first, corpus / f"copy-{n:02}-{first.name}")
    (corpus / "legacy.txt").write_bytes(LEGACY.encode("cp1252"))
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "feed.jsonl").write_text(
        '{"id": "x", "text": \n{"id": "[b]y[/b]", "text": "ok", "date": "[red]soon[/]"}\n'
    )
    app = make_app([corpus], index_dir=tmp_path / "index", store_path=tmp_path / "store.db")
    app.animation_level = "none"
    return app


async def open_problems(pilot: Pilot) -> None:
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.press("exclamation_mark")
    await settle(pilot)


class TestProblems:
    def test_problems_view(self, snap_compare, messy_app: NewsExploreApp) -> None:
        """Title counting each kind; unreadable first, then the skipped record, the
        cp1252 file, the unrecognised date, 24 duplicates; `[b]y[/b]` shown literally."""
        assert snap_compare(messy_app, terminal_size=WIDE, run_before=open_problems)

    def test_problems_view_narrow(self, snap_compare, messy_app: NewsExploreApp) -> None:
        """The same at 80x24: the footer keeps Close, Help and Quit."""
        assert snap_compare(messy_app, terminal_size=NARROW, run_before=open_problems)

    def test_problems_view_of_corrections_applying_to_nothing(
        self, snap_compare, seeds_dir: Path, tmp_path: Path
    ) -> None:
        """The seeds read whole, and two corrections the index has nothing for: one
        group, its meaning in italics, a rename kept for a speaker that is gone on one
        line, a quote whose words are gone above its reason."""
        store = UserStore(tmp_path / "store.db")
        for correction in (GONE_RENAME, GONE_QUOTE):
            store.corrections.add(correction)
        store.close()
        app = make_app([seeds_dir], index_dir=tmp_path / "index", store_path=tmp_path / "store.db")
        app.animation_level = "none"

        async def run_before(pilot: Pilot) -> None:
            await settle(pilot)
            await wait_for(pilot, lambda: app.check_action("problems", ()), "the problems key")
            await open_problems(pilot)

        assert snap_compare(app, terminal_size=WIDE, run_before=run_before)


class TestIndexing:
    def test_a_cancelled_first_build_narrow(
        self, snap_compare, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """80x24 after Esc on a first build: why nothing opens, and the whole hint
        "Press Enter to index it again, or q to quit." with Enter in the footer."""
        monkeypatch.chdir(tmp_path)  # a relative corpus path keeps tmp names out of the SVG
        shutil.copytree(seeds_dir, tmp_path / "seeds")
        app = make_app([Path("seeds")], index_dir=tmp_path / "index")
        app.animation_level = "none"

        def cancelled_build(cancelled=None) -> Iterator:
            yield Progress(0, 2, "first.txt")
            yield UpdateSummary(cancelled=True)

        app.library.update = cancelled_build

        async def run_before(pilot: Pilot) -> None:
            await wait_for(pilot, lambda: getattr(pilot.app.screen, "needs_retry", False))
            pilot.app.clear_notifications()
            await pilot.pause()

        assert snap_compare(app, terminal_size=NARROW, run_before=run_before)

    @pytest.mark.parametrize(
        "steps",
        [
            pytest.param(
                [(0, 19_030_054, "load", False), (7_000_000, 19_030_054, "load", False)],
                id="reading",
            ),
            pytest.param(
                [(346, 19_523, "index", True), (1_200, 19_523, "index", True)], id="indexing"
            ),
        ],
    )
    def test_a_large_file_read_narrow(
        self, snap_compare, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, steps
    ) -> None:
        """80x24, 16 s into reading a 19 MB file: `7 / 19 MB read`, its rate and the
        time left on one row above `reading records: reuters21578.jsonl`; then
        indexing its articles, their total said to be `about 19,500`, on one row."""
        monkeypatch.chdir(tmp_path)
        shutil.copytree(seeds_dir, tmp_path / "seeds")
        app = make_app([Path("seeds")], index_dir=tmp_path / "index")
        app.animation_level = "none"
        clock = FrozenClock()
        monkeypatch.setattr(indexing, "time", clock)
        shown, release = threading.Event(), threading.Event()

        def reading(cancelled=None) -> Iterator:
            for done, total, phase, estimated in steps:
                yield Progress(done, total, "reuters21578.jsonl", phase, estimated)
                shown.wait(20)
            release.wait(20)

        app.library.update = reading

        async def run_before(pilot: Pilot) -> None:
            rate = pilot.app.screen.query_one("#indexing-rate")
            first = f"{steps[0][0]:,}"
            await wait_for(pilot, lambda: str(rate.render()).startswith(first), "the first count")
            clock.now += 16.0
            shown.set()
            await wait_for(pilot, lambda: "left" in str(rate.render()), "the time left")
            release.set()
            await pilot.pause()

        assert snap_compare(app, terminal_size=NARROW, run_before=run_before)


class FrozenClock:
    """`time` for the indexing screen: it moves only when a test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now
