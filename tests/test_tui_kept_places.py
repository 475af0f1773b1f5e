"""After a background update, each list keeps the item the cursor was on, not its row."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from newsexplore.search import Library
from newsexplore.tui.app import make_app
from newsexplore.tui.screens.main import MainScreen
from newsexplore.tui.widgets.search_pane import SearchPane
from newsexplore.tui.widgets.speakers import SpeakersPane
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import hold_updates, press, sync
from tests.tui_support import wait_for


def story(day: str, n: int) -> str:
    return (
        f"Title: Story {n} of the harbour\nDate: {day}\n\n"
        f'"The harbour will reopen, story {n}," said Harriet Quill, the harbour keeper.\n'
    )


@pytest.fixture
def corpus_and_index(tmp_path: Path) -> tuple[Path, Path]:
    """Five January stories, indexed; then 25 newer ones and 10 older: an index out of date."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1, 6):
        (corpus / f"jan{n}.txt").write_text(story(f"2026-01-0{n}", n))
    index = tmp_path / "index"
    list(Library([corpus], index).update())
    for n in range(6, 31):
        (corpus / f"feb{n}.txt").write_text(story(f"2026-02-{n - 5:02d}", n))
    for n in range(31, 41):
        (corpus / f"dec{n}.txt").write_text(story(f"2025-12-{n - 30:02d}", n))
    return corpus, index


@sync
async def test_the_search_list_keeps_the_result_it_was_on_when_it_moves_down(
    corpus_and_index: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index = corpus_and_index
    app = make_app([corpus], index_dir=index)
    gate = hold_updates(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        search = app.screen.query_one(SearchPane)
        await wait_for(pilot, lambda: search.results is not None and search.results.hits)
        listing = search.query_one(OptionList)
        listing.highlighted = 2  # newest first: 5, 4, 3
        await press(pilot)
        assert search.highlighted_hit().title == "Story 3 of the harbour"
        gate.set()
        await wait_for(pilot, lambda: search.results.total == 40, "the new index", seconds=30)
        await wait_for(pilot, lambda: search.highlighted_hit() is not None)
        assert search.highlighted_hit().title == "Story 3 of the harbour"


@sync
async def test_a_speakers_quote_list_keeps_the_quote_it_was_on(
    corpus_and_index: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index = corpus_and_index
    app = make_app([corpus], index_dir=index)
    gate = hold_updates(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        speakers = app.screen.query_one(SpeakersPane)
        await wait_for(pilot, lambda: bool(speakers.speakers), "the speakers")
        quill = next(s.id for s in speakers.speakers if s.name == "Harriet Quill")
        app.screen.speaker_id = quill  # chosen as Enter on her name would (no waiting on
        # every worker: the held update is one)
        await wait_for(pilot, lambda: len(speakers.quotes) == 5, "Harriet Quill's quotes")
        listing = speakers.query_one("#speaker-quotes", OptionList)
        listing.highlighted = 2
        await press(pilot)
        kept = speakers.highlighted_quote()
        gate.set()
        await wait_for(pilot, lambda: len(speakers.quotes) == 40, "the new quotes", seconds=30)
        await wait_for(pilot, lambda: speakers.highlighted_quote() is not None)
        now = speakers.highlighted_quote()
        assert (now.article_id, now.start) == (kept.article_id, kept.start)


@sync
async def test_the_timeline_keeps_the_entry_it_was_on(
    corpus_and_index: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index = corpus_and_index
    app = make_app([corpus], index_dir=index)
    gate = hold_updates(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        timeline = app.screen.query_one(TimelinePane)
        await pilot.press("f5", "p")  # publication dates: one entry per story
        await wait_for(pilot, lambda: timeline.view.dates == "published" and timeline.entries)
        listing = timeline.query_one("#timeline-list", OptionList)
        kept = timeline.entries[2]
        listing.highlighted = listing.get_option_index("e2")
        await pilot.pause()
        gate.set()
        await wait_for(
            pilot,
            lambda: (
                timeline.shown_query is not None
                and len([e for g in timeline.groups for e in g.events]) > 5
            ),
            "the new index",
            seconds=30,
        )
        await pilot.pause()
        now = timeline.entry_at(listing.highlighted_option.id)
        assert now is not None and (now.article_id, now.start) == (kept.article_id, kept.start)
