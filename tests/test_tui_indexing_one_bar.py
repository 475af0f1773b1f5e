"""The indexing screen's bar is one bar for the whole build, and only moves forward.

It jumped 5 % -> 75 % -> 0 % -> 73 % -> 100 % as a build went from one file's
articles to the index entries written at a checkpoint and back, and told
"111,052 articles/s · about 0 s left" from the first 50 articles.
"""

from __future__ import annotations

import asyncio
import json
import queue
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import ProgressBar, Static

from newsexplore.search import Progress
from newsexplore.tui.app import make_app
from newsexplore.tui.screens import indexing
from newsexplore.tui.screens.indexing import IndexingScreen
from tests.test_tui_indexing_progress import FrozenClock
from tests.tui_support import wait_for, wait_until_settled


def _corpus(folder: Path) -> Path:
    """One file of many records beside a few small files, as a scraped pile comes."""
    folder.mkdir()
    with open(folder / "big.jsonl", "w", encoding="utf-8") as out:
        for number in range(240):
            record = {"id": f"b{number}", "title": f"Story {number}", "text": "Rain fell. " * 20}
            out.write(json.dumps(record) + "\n")
    for number in range(3):
        (folder / f"note{number}.txt").write_text(f"Note {number}\n\nA short note.\n")
    return folder


def test_the_bar_of_a_real_build_never_goes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[float] = []
    update = ProgressBar.update

    def recording(bar: ProgressBar, **changes) -> None:
        update(bar, **changes)
        if bar.id == "indexing-bar" and bar.total:
            shown.append(bar.progress / bar.total)

    monkeypatch.setattr(ProgressBar, "update", recording)
    app = make_app([_corpus(tmp_path / "corpus")], index_dir=tmp_path / "index")

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: not isinstance(app.screen, IndexingScreen), "the app", 60)
            await wait_until_settled(pilot)

    asyncio.run(run())
    assert len(shown) >= 3, shown
    assert shown == sorted(shown), shown


def test_writing_at_a_checkpoint_holds_the_bar_and_says_what_it_does(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FrozenClock()
    monkeypatch.setattr(indexing, "time", clock)
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    steps: queue.Queue[Progress | None] = queue.Queue()

    def fed(cancelled=None) -> Iterator:
        while (step := steps.get(timeout=20)) is not None:
            yield step

    app.library.update = fed
    big = "polnear_all.jsonl"

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            bar = screen.query_one(ProgressBar)
            rate = screen.query_one("#indexing-rate", Static)
            doing = screen.query_one("#indexing-file", Static)
            said = lambda: str(rate.render())  # noqa: E731
            steps.put(Progress(50, 924, big, "index", read=0.05, articles=50))
            await wait_for(pilot, lambda: said().startswith("50 articles"), "50 articles")
            assert "/s" not in said() and "left" not in said(), said()
            first = bar.percentage
            clock.now += 20
            steps.put(Progress(400, 924, big, "index", read=0.4, articles=400))
            await wait_for(pilot, lambda: said().startswith("400 articles"), "400 articles")
            reading = bar.percentage
            assert reading > first
            clock.now += 10
            steps.put(Progress(0, 0, "", "commit"))
            steps.put(Progress(46_624, 62_252, "", "commit"))
            await wait_for(pilot, lambda: "writing" in str(doing.render()), "the writing")
            await pilot.pause()
            assert bar.percentage == reading, (bar.percentage, reading)
            assert "entries" not in said(), said()
            assert said().startswith("400 articles"), said()
            steps.put(Progress(0, 167_512, "", "commit"))
            await pilot.pause()
            assert bar.percentage == reading
            steps.put(None)

    asyncio.run(run())


def test_the_time_left_is_of_the_whole_build(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Half the reading done in 50 s leaves about as long again, and the writing."""
    clock = FrozenClock()
    monkeypatch.setattr(indexing, "time", clock)
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    steps: queue.Queue[Progress | None] = queue.Queue()

    def fed(cancelled=None) -> Iterator:
        while (step := steps.get(timeout=20)) is not None:
            yield step

    app.library.update = fed

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            rate = app.screen.query_one("#indexing-rate", Static)
            said = lambda: str(rate.render())  # noqa: E731
            steps.put(Progress(1, 10, "a.txt", "read", read=0.0, articles=0))
            await wait_for(pilot, lambda: said().startswith("0 articles"), "the start")
            clock.now += 50
            steps.put(Progress(5, 10, "e.txt", "read", read=0.5, articles=6_000))
            await wait_for(pilot, lambda: said().startswith("6,000 articles"), "6,000")
            assert said() == (
                "6,000 articles · 5 / 10 files · 120 articles/s · about 61 s left · 50 s"
            )
            steps.put(None)

    asyncio.run(run())


def test_the_command_line_bar_is_one_bar_that_only_moves_forward(capsys) -> None:
    from newsexplore.tui.cli import building

    bars = building._progress_bar(True)
    advance = bars.__enter__()
    shown: list[float] = []
    try:
        for step in [
            Progress(50, 924, "polnear_all.jsonl", "index", read=0.05, articles=50),
            Progress(0, 0, "", "commit"),
            Progress(46_624, 62_252, "", "commit"),
            Progress(0, 167_512, "", "commit"),
            Progress(670, 924, "polnear_all.jsonl", "index", read=0.7, articles=670),
            Progress(2, 2, "h/a.txt", "read", read=1.0, articles=942),
            Progress(360_777, 361_923, "", "commit"),
        ]:
            advance(step)
            tasks = [task for task in bars.progress.tasks if task.visible]
            assert len(tasks) == 1, [task.description for task in tasks]
            shown.append(tasks[0].percentage)
    finally:
        bars.__exit__(None, None, None)
    assert shown == sorted(shown), shown
    err = capsys.readouterr().err
    assert "942 articles" in err and "entries" not in err, err


def test_a_build_says_how_many_files_it_found_before_it_reads_one(tmp_path: Path) -> None:
    from newsexplore.search import Library

    steps = list(Library([_corpus(tmp_path / "corpus")], tmp_path / "index").update())
    phases = [step.phase for step in steps if isinstance(step, Progress)]
    found = [step.done for step in steps if isinstance(step, Progress) and step.phase == "scan"]
    assert found and found[-1] == 4, found
    assert phases.index("scan") < phases.index("read"), phases


def test_the_screen_says_how_many_files_are_found_so_far(seeds_dir: Path, tmp_path: Path) -> None:
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    steps: queue.Queue[Progress | None] = queue.Queue()

    def fed(cancelled=None) -> Iterator:
        while (step := steps.get(timeout=20)) is not None:
            yield step

    app.library.update = fed

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            rate = app.screen.query_one("#indexing-rate", Static)
            steps.put(Progress(1_234, 0, "", "scan"))
            await wait_for(pilot, lambda: "1,234" in str(rate.render()), "the files found")
            assert str(rate.render()).startswith("Looking for files… 1,234 found · "), rate.render()
            steps.put(None)

    asyncio.run(run())


def test_the_last_file_read_is_not_dropped_for_the_writing_after_it() -> None:
    """Steps that come faster than the screen draws replace one another; the step saying
    every file is read must not be one of them, or the final write, not known for
    one, held the bar at 90 % until the app opened."""
    last_read = IndexingScreen.Progressed(Progress(1, 1, "r.jsonl", "read", read=1.0))
    writing = IndexingScreen.Progressed(Progress(5, 100, "", "commit"))
    assert not writing.can_replace(last_read)
    more = IndexingScreen.Progressed(Progress(40, 100, "", "commit"))
    assert more.can_replace(writing)
