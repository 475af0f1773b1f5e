"""`m` and `a` act on what is highlighted on screen, never on a list no longer shown,
and unmarking a mark with a note or tags asks first."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList
from textual.widgets._footer import FooterKey

from newsexplore.tui.app import NewsExploreApp
from newsexplore.tui.screens.collect_dialogs import NoteDialog
from newsexplore.tui.screens.collection import CollectionScreen
from tests.test_tui_back import burst
from tests.test_tui_collect import build
from tests.test_tui_pilot import choose_speaker, press, screen_of, sync, type_text
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    assert seeds_index == tmp_path / "index"
    return build(seeds_dir, tmp_path)


def footer(app: NewsExploreApp) -> list[str]:
    return [k.description for k in app.screen.query(FooterKey)]


async def _noted_quote(pilot, app: NewsExploreApp) -> int:
    """Mark Keir Starmer's first quote with a note and tags; its mark's id."""
    await choose_speaker(pilot, "keir")
    await press(pilot, "m")
    (mark,) = app.store.marks.all()
    app.store.marks.set_note(mark.id, "Check: said in the Commons?")
    app.store.marks.set_tags(mark.id, ["starmer", "ad lines"])
    return mark.id


async def _to_other_speaker(pilot, app: NewsExploreApp) -> None:
    """Back to the speaker list, filtered to someone else, the cursor on them."""
    pane = screen_of(app).speakers
    listing = pane.query_one("#speaker-list", OptionList)
    await press(pilot, "escape", "slash", "ctrl+u")
    await type_text(pilot, "haigh")
    await wait_for(pilot, lambda: listing.option_count == 1, "one speaker listed")
    await press(pilot, "down")
    assert app.focused is listing


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_m_and_a_in_the_speaker_list_never_reach_the_quotes_shown_before(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """In the speaker list the highlighted row is a speaker: `m` unmarked a quote of the
    speaker viewed before, its note and tags gone, and `a` opened that quote's note."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        mark_id = await _noted_quote(pilot, app)
        await _to_other_speaker(pilot, app)
        assert "Mark" not in footer(app)
        await press(pilot, "m")
        await press(pilot, "a")
        assert not isinstance(app.screen, NoteDialog)
        (kept,) = app.store.marks.all()
        assert kept.id == mark_id and kept.note == "Check: said in the Commons?"
        assert set(kept.tags) == {"starmer", "ad lines"}


@sync
async def test_m_typed_straight_after_esc_leaves_the_quote_marked(app: NewsExploreApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        mark_id = await _noted_quote(pilot, app)
        await burst(pilot, "escape", "m", "a")
        assert not isinstance(app.screen, NoteDialog)
        assert [m.id for m in app.store.marks.all()] == [mark_id]


@sync
async def test_unmarking_a_noted_quote_asks_first(app: NewsExploreApp) -> None:
    """A mark with a note or tags is not taken away, note and all, by one stray `m`."""
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        mark_id = await _noted_quote(pilot, app)
        await press(pilot, "m")
        assert [m.id for m in app.store.marks.all()] == [mark_id]
        assert told.any("press m again")
        await press(pilot, "m")
        assert app.store.marks.all() == []
        await press(pilot, "m")  # a plain mark goes at once
        assert len(app.store.marks.all()) == 1
        await press(pilot, "m")
        assert app.store.marks.all() == []


@sync
async def test_unmarking_a_noted_mark_in_the_collection_asks_first(app: NewsExploreApp) -> None:
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        mark_id = await _noted_quote(pilot, app)
        await press(pilot, "c")
        assert isinstance(app.screen, CollectionScreen)
        await press(pilot, "m")
        assert [m.id for m in app.store.marks.all()] == [mark_id]
        assert told.any("press m again")
        await press(pilot, "m")
        assert app.store.marks.all() == []
