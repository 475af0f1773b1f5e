"""The indexing screen's rate line: what is being done, how far, on one row.

Reading a 27 MB file showed only "Looking for files…" for 25 seconds; then
`346 / 19,523 articles · 54 articles/s · about 356 s left · 6 s` wrapped its
time onto a second row at 80 columns, and 19,523 was a guess shown as a count.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Static

from newsexplore.search import Progress
from newsexplore.tui.app import make_app
from newsexplore.tui.screens import indexing
from newsexplore.tui.screens.indexing import IndexingScreen
from newsexplore.tui.widgets.rate_line import describe_step, duration, fit_parts
from tests.tui_support import wait_for


def test_an_estimated_total_is_said_to_be_one() -> None:
    step = Progress(done=346, total=19_523, path="reu.jsonl", phase="index", estimated=True)
    assert describe_step(step, 6.4)[0] == "346 / about 19,500 articles"
    exact = Progress(done=346, total=19_558, path="reu.jsonl", phase="index")
    assert describe_step(exact, 6.4)[0] == "346 / 19,558 articles"


def test_reading_a_large_file_counts_its_megabytes() -> None:
    step = Progress(done=12_400_000, total=27_300_000, path="reu.jsonl", phase="load")
    parts = describe_step(step, 4.0)
    assert parts[0] == "12 / 27 MB read"
    assert "3.1 MB/s" in parts and "about 5 s left" in parts


def test_long_waits_are_told_in_minutes() -> None:
    step = Progress(done=346, total=19_523, phase="index")
    assert "about 6 min left" in describe_step(step, 6.4)
    assert describe_step(step, 356.0)[-1] == "5 min 56 s"


@pytest.mark.parametrize(
    ("width", "said"),
    [
        (200, "12,345 / about 19,500 articles · 35 articles/s · about 3 min left · 5 min 56 s"),
        # What the panel gives its text in an 80-column terminal.
        (58, "12,345 / about 19,500 articles · 3 min left · 5 min 56 s"),
        (50, "12,345 / about 19,500 articles · 3 min left"),
        (20, "12,345 / about 19,500 articles"),
    ],
)
def test_the_line_leaves_out_what_does_not_fit(width: int, said: str) -> None:
    step = Progress(done=12_345, total=19_523, phase="index", estimated=True)
    assert fit_parts(describe_step(step, 356.0), width) == said


def test_before_there_is_a_rate_the_time_taken_follows_the_count() -> None:
    step = Progress(done=0, total=40, phase="read")
    assert fit_parts(describe_step(step, 1.0), 58) == "0 / 40 files · 1 s"


def _showing(step: Progress, seeds_dir: Path, tmp_path: Path, size: tuple[int, int]):
    """The rate and file lines and the rate line's height with `step` shown."""
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    release = threading.Event()

    def holding(cancelled=None) -> Iterator:
        yield step
        release.wait(20)

    app.library.update = holding
    seen: dict[str, object] = {}

    async def run() -> None:
        async with app.run_test(size=size) as pilot:
            screen = app.screen
            assert isinstance(screen, IndexingScreen)
            rate = screen.query_one("#indexing-rate", Static)
            said = lambda: str(rate.render())  # noqa: E731
            await wait_for(pilot, lambda: "/" in said(), "the count")
            await pilot.pause()
            seen["rate"], seen["height"] = said(), rate.size.height
            seen["file"] = str(screen.query_one("#indexing-file", Static).render())
            release.set()

    asyncio.run(run())
    return seen


def test_at_80_columns_the_rate_line_stays_on_one_row(seeds_dir: Path, tmp_path: Path) -> None:
    step = Progress(
        done=346, total=19_523, path="reuters21578.jsonl", phase="index", estimated=True
    )
    seen = _showing(step, seeds_dir, tmp_path, (80, 24))
    assert seen["rate"].startswith("346 / about 19,500 articles · "), seen
    assert seen["height"] == 1, seen


@pytest.mark.parametrize("read", [None, 0.02], ids=["alone", "as-a-build-sends-it"])
def test_the_first_phase_says_which_file_is_read_and_how_far(
    seeds_dir: Path, tmp_path: Path, read: float | None
) -> None:
    """A real build's step also carries how far the whole build has got: the line
    still counts the file's megabytes, not the articles none of which are read yet."""
    step = Progress(
        done=12_000_000, total=27_000_000, path="reuters21578.jsonl", phase="load", read=read
    )
    seen = _showing(step, seeds_dir, tmp_path, (80, 24))
    assert seen["rate"].startswith("12 / 27 MB read"), seen
    assert seen["file"] == "reading records: reuters21578.jsonl", seen


def test_the_command_line_bar_says_an_estimate_and_counts_megabytes(capsys) -> None:
    from newsexplore.tui.cli import building

    bars = building._progress_bar(True)
    advance = bars.__enter__()
    try:
        advance(Progress(done=12_000_000, total=27_000_000, path="reu.jsonl", phase="load"))
        advance(Progress(done=346, total=19_523, path="reu.jsonl", phase="index", estimated=True))
    finally:
        bars.__exit__(None, None, None)
    err = capsys.readouterr().err
    assert "12/27 MB" in err and "346/~19,500" in err, err


class FrozenClock:
    """`time` for the indexing screen: it moves only when a test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_indexing_taken_up_after_a_checkpoint_keeps_its_clock(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each checkpoint started the file's clock again: its rate and time left were
    gone for seconds after each, and its time taken went back to 0 s."""
    clock = FrozenClock()
    monkeypatch.setattr(indexing, "time", clock)
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    steps: queue.Queue[Progress | None] = queue.Queue()

    def fed(cancelled=None) -> Iterator:
        while (step := steps.get(timeout=20)) is not None:
            yield step

    app.library.update = fed
    big = "reuters21578.jsonl"

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            rate = app.screen.query_one("#indexing-rate", Static)
            said = lambda: str(rate.render())  # noqa: E731
            for seconds, step, shown in [
                (0, Progress(346, 19_523, big, "index", True), "346 /"),
                (16, Progress(1_200, 19_523, big, "index", True), "1,200 /"),
                (0, Progress(0, 0, "", "commit"), "Writing"),
                (4, Progress(1_400, 19_523, big, "index", True), "1,400 /"),
            ]:
                clock.now += seconds
                steps.put(step)
                await wait_for(pilot, lambda: said().startswith(shown), shown)  # noqa: B023
            assert said().endswith(" · about 6 min left · 20 s"), said()
            steps.put(None)

    asyncio.run(run())


@pytest.mark.parametrize(
    ("seconds", "rounded", "said"),
    [
        (42.4, False, "42 s"),
        (89.0, True, "89 s"),
        (89.0, False, "1 min 29 s"),
        (356.0, True, "6 min"),
        (3_900.0, True, "1 h 05 min"),
        (3_900.0, False, "1 h 05 min"),
    ],
)
def test_times_are_told_in_the_units_a_reader_uses(seconds, rounded, said) -> None:
    assert duration(seconds, rounded=rounded) == said


def test_the_command_line_bar_of_a_build_counts_a_large_files_megabytes(capsys) -> None:
    """Within the one bar of a whole build, reading a large file's records still says
    how many of its megabytes are read, not "0 articles"."""
    from newsexplore.tui.cli import building

    bars = building._progress_bar(True)
    advance = bars.__enter__()
    try:
        advance(
            Progress(done=12_000_000, total=27_000_000, path="r.jsonl", phase="load", read=0.02)
        )
    finally:
        bars.__exit__(None, None, None)
    err = capsys.readouterr().err
    assert "12/27 MB" in err and "0 articles" not in err, err
