"""What a key costs: keys that switch panes or open a list do their work in few steps.

Wall time on a shared machine says little, so these tests count the steps a key
waits on (hand-offs to a library thread), each of which waits for the scheduler
on a busy machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsexplore.tui.app import make_app
from newsexplore.tui.widgets.library_thread import LibraryThread
from tests.test_tui_pilot import choose_speaker, sync


@sync
async def test_a_speakers_quotes_are_read_in_one_hand_off(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quotes and the titles of their articles come in one call to the pane's
    library thread: one call an article made the list wait for the thread to be
    scheduled a hundred times for a much-quoted speaker on a loaded machine."""
    app = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    app.animation_level = "none"
    handed: list[tuple[LibraryThread, str]] = []
    call = LibraryThread.call

    def counted(self: LibraryThread, function, *args, **kwargs):  # type: ignore[no-untyped-def]
        handed.append((self, getattr(function, "__name__", "?")))
        return call(self, function, *args, **kwargs)

    monkeypatch.setattr(LibraryThread, "call", counted)
    async with app.run_test(size=(120, 40)) as pilot:
        library = app.library
        speaker = max(
            library.speakers(),
            key=lambda s: len({q.article_id for q in library.quotes(speaker_id=s.id)}),
        )
        articles = {q.article_id for q in library.quotes(speaker_id=speaker.id)}
        assert len(articles) >= 2
        handed.clear()
        pane = await choose_speaker(pilot, speaker.name)
        assert {q.article_id for q in pane.quotes} == articles
        calls = [name for thread, name in handed if thread is pane._thread]
        assert len(calls) < 1 + len(articles), calls  # not one call an article


@sync
async def test_a_pane_switch_draws_its_keys_in_its_first_frame(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path
) -> None:
    """F5 shows the timeline and the timeline's keys in one frame: drawn a frame later,
    the footer cost a second layout of the whole screen, and the keys of the pane just
    left were shown meanwhile."""
    from textual.widgets._footer import FooterKey

    from newsexplore.tui.screens.main import MainScreen
    from newsexplore.tui.widgets.timeline import TimelinePane

    app = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        timeline = app.screen.query_one(TimelinePane)
        await pilot.pause(0.5)
        frames: list[tuple[bool, list[str]]] = []
        display = app._display

        def recorded(screen, renderable) -> None:  # type: ignore[no-untyped-def]
            display(screen, renderable)
            if renderable is not None:
                keys = [key.description for key in app.screen.query(FooterKey)]
                frames.append((app.focused in timeline.walk_children(), keys))

        app._display = recorded  # type: ignore[method-assign]
        await pilot.press("f5")
        await pilot.pause(0.5)
        app._display = display  # type: ignore[method-assign]
        first = next(keys for in_timeline, keys in frames if in_timeline)
        assert first == frames[-1][1]
