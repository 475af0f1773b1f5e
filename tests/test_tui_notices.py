"""What the app says as it opens is on screen for its whole time once the user can see it.

A toast's time runs on the wall clock from when it is given. Opening the main
screen takes seconds on a loaded machine, so a notice given at launch (the index
is out of date, the store was unreadable and set aside) could run out before
the first frame was drawn: the user was never told. These tests time the
notices by a clock that only moves when told, and move it 30 s while the main
screen is being built, as a slow launch would.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual.app import ComposeResult
from textual.notifications import Notification

from newsexplore.search import NewsExploreError, UpdateSummary
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.main import MainScreen
from tests.test_tui_pilot import indexed_then_added_to
from tests.tui_support import wait_for

SLOW_OPENING = 30.0
"""Seconds the clock moves while the main screen is built: past any notice's timeout."""


class Clock:
    """The time notices are timed by: still, but for the jumps a test makes."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Notices given and expiring by `Clock`, with the main screen 30 s slow to build."""
    ticking = Clock()

    @dataclass
    class ClockedNotification(Notification):
        raised_at: float = field(default_factory=ticking)

    monkeypatch.setattr("textual.notifications.time", ticking)
    monkeypatch.setattr("textual.app.Notification", ClockedNotification)
    compose = MainScreen.compose

    def slow_compose(screen: MainScreen) -> ComposeResult:
        ticking.now += SLOW_OPENING
        return compose(screen)

    monkeypatch.setattr(MainScreen, "compose", slow_compose)
    return ticking


def showing(app: NewsExploreApp, words: str) -> Iterator[Notification]:
    return (told for told in app._notifications if words in told.message)


def on_screen(app: NewsExploreApp, words: str) -> bool:
    """Whether a toast on the current screen shows these words."""
    return any(words in str(toast.render()) for toast in app.screen.query("Toast"))


async def opened_and_told(app: NewsExploreApp, words: str) -> Notification:
    """Open the app, wait for the main screen, and return the notice with `words` it shows."""
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        await wait_for(pilot, lambda: on_screen(app, words), f"a toast saying {words!r}")
        return next(showing(app, words))


def test_an_out_of_date_index_is_told_for_its_whole_time_after_a_slow_launch(
    seeds_dir: Path, tmp_path: Path, clock: Clock
) -> None:
    late = "Title: Late\nDate: 2026-01-09\n\nThe walrus story.\n"
    corpus, index = indexed_then_added_to(seeds_dir, tmp_path, late)
    app = make_app([corpus], index_dir=index, store_path=tmp_path / "store.db")
    told = asyncio.run(opened_and_told(app, "out of date"))
    assert told.time_left == told.timeout  # counted from the first frame, not from launch


def test_a_store_set_aside_is_told_for_its_whole_time_after_a_slow_launch(
    seeds_index: Path, seeds_dir: Path, tmp_path: Path, clock: Clock
) -> None:
    store = tmp_path / "store.db"
    store.write_bytes(b"not a store, but someone's marks" * 100)
    app = make_app([seeds_dir], index_dir=seeds_index, store_path=store)
    told = asyncio.run(opened_and_told(app, "starting with an empty collection"))
    assert told.time_left == told.timeout


def first_build_ending(app: NewsExploreApp, ending: str) -> None:
    """A first build that indexes part of the corpus, then is cancelled or fails."""
    update = app.library.update

    def partial_build(cancelled: Callable[[], bool] | None = None) -> Iterator[object]:
        for step in update(seconds=0.0):  # a checkpoint: part of the corpus searchable
            if not isinstance(step, UpdateSummary):
                yield step
        if ending == "failed":
            raise NewsExploreError("the disk is full")
        yield UpdateSummary(cancelled=True, partial=True)

    app.library.update = partial_build  # type: ignore[method-assign]


@pytest.mark.parametrize(
    ("ending", "words"), [("cancelled", "Indexing stopped"), ("failed", "the disk is full")]
)
def test_how_a_first_build_ended_is_told_on_the_main_screen_for_its_whole_time(
    seeds_dir: Path, tmp_path: Path, clock: Clock, ending: str, words: str
) -> None:
    app = make_app([seeds_dir], index_dir=tmp_path / "index", store_path=tmp_path / "store.db")
    first_build_ending(app, ending)
    told = asyncio.run(opened_and_told(app, words))
    assert told.time_left == told.timeout
