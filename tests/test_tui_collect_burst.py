"""Keys typed in one burst with the key that opens a dialog go into its box.

A terminal hands a pasted or fast-typed line over at once: `a` and the note
after it are queued together, before the note dialog is even drawn.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input

from newsexplore.tui.app import NewsExploreApp
from newsexplore.tui.screens.collect_dialogs import ExportDialog, NoteDialog
from newsexplore.tui.screens.collection import CollectionScreen
from tests.test_tui_back import burst
from tests.test_tui_collect import build, first_prompt, search_and_focus_results
from tests.test_tui_corrections import app_with
from tests.test_tui_pilot import choose_speaker, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    assert seeds_index == tmp_path / "index"
    return build(seeds_dir, tmp_path)


@sync
async def test_a_note_typed_in_one_burst_with_a_is_kept_whole(app: NewsExploreApp) -> None:
    """It was lost: the letters went to the list behind, came back up to the app
    with the dialog on top and were dropped, and Enter saved an empty note, with a
    ★ and no word said. Taken as the box's, `q` and `y` among them stay letters."""
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        before = first_prompt(app)
        await burst(pilot, "a", *"typed fast, quickly", "enter")
        assert app.is_running
        (mark,) = app.store.marks.all()
        assert mark.note == "typed fast, quickly"
        assert not isinstance(app.screen, NoteDialog)
        assert copied == [], "the list's `y` copied"
        assert app.screen.query_one("#results").has_focus or "★" in first_prompt(app)
        assert before != first_prompt(app)


@sync
async def test_a_file_name_typed_in_one_burst_with_e_goes_into_the_path(
    app: NewsExploreApp,
) -> None:
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        await burst(pilot, "e", *"_copy")
        assert isinstance(app.screen, ExportDialog)
        path = app.screen.query_one("#export-path", Input)
        assert path.value == str(app.screen._default_path()) + "_copy"
        assert copied == [], "the list's `y` copied"


@sync
async def test_a_note_typed_in_one_burst_in_the_collection_is_kept(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        await burst(pilot, "m", "c")
        assert isinstance(app.screen, CollectionScreen)
        await burst(pilot, "a", *"second look", "enter")
        (mark,) = app.store.marks.all()
        assert mark.note == "second look"
        assert isinstance(app.screen, CollectionScreen)


@sync
async def test_a_name_typed_in_one_burst_with_r_renames_the_speaker(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The speakers' Rename opens the same kind of dialog, its box holding the name."""
    app = app_with(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "kendall")
        # The name is selected in the box, as when typed slowly: the name typed replaces it.
        # `M` and `K` are Merge and Person/org on the list behind.
        await burst(pilot, "R", *"Liz Kendall MP", "enter")
        assert "Liz Kendall MP" in {s.name for s in pane.speakers}


@sync
async def test_a_tag_typed_in_one_burst_with_slash_in_the_collection_filters_and_unmarks_none(
    app: NewsExploreApp,
) -> None:
    """`/` and a tag typed at once: the letters went to the list before the filter box
    had the focus, where `m` unmarks the item under the cursor and `a` opens its note."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        await burst(pilot, "m", "c")
        assert isinstance(app.screen, CollectionScreen)
        await settle(pilot)
        await burst(pilot, "slash", *"important")
        await settle(pilot)
        assert len(app.store.marks.all()) == 1, "the list's `m` unmarked"
        assert isinstance(app.screen, CollectionScreen), "the list's `a` opened a dialog"
        box = app.screen.query_one("#collection-tag", Input)
        assert box.value == "important"
        await burst(pilot, "slash", "x")  # in the box, `/` is a character of the tag
        assert box.value == "important/x" and box.has_focus


@sync
async def test_keys_typed_in_one_burst_with_c_act_in_the_collection(app: NewsExploreApp) -> None:
    """`c` and the keys after it at once: they were dropped once the collection was on
    top, or typed into its tag box, so `cj⏎` opened nothing rather than the second mark."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        await burst(pilot, "m", "j", "m")
        first, second = app.store.marks.all()
        assert first.article_id != second.article_id
        at = app.screen.query_one("#results").highlighted
        await burst(pilot, "c", "j", "enter")
        assert not isinstance(app.screen, CollectionScreen), "Enter opened no mark"
        assert app.screen.query_one("#results").highlighted == at, "the list behind moved"
        assert app.screen.reader.article.id == second.article_id


@sync
async def test_a_tag_typed_in_one_burst_with_c_narrows_the_collection(app: NewsExploreApp) -> None:
    """`/` was looked up the moment it arrived, ahead of the `c` typed before it: "c/coun"
    moved to the search box first, "coun" was typed into the query, and the collection
    opened on every mark."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        await burst(pilot, "m", "c")
        assert isinstance(app.screen, CollectionScreen)
        (mark,) = app.store.marks.all()
        await burst(pilot, "escape")
        app.store.marks.add(mark.target, tags=["council vote"])
        query = app.screen.query_one("#query", Input).value
        await burst(pilot, "c", "slash", *"coun")
        assert isinstance(app.screen, CollectionScreen)
        assert app.screen.query_one("#collection-tag", Input).value == "coun"
        assert app.screen.query_one("#collection-tag", Input).has_focus
        assert app.screen_stack[-2].query_one("#query", Input).value == query


@sync
async def test_tab_typed_in_one_burst_in_the_note_dialog_moves_to_the_tags(
    app: NewsExploreApp,
) -> None:
    """Tab was lost in a burst: the tags typed after it went into the note."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        await burst(pilot, "a", *"burst note", "tab", *"bursttag", "enter")
        (mark,) = app.store.marks.all()
        assert (mark.note, list(mark.tags)) == ("burst note", ["bursttag"])


@pytest.mark.parametrize("pane", ["search", "timeline"])
@sync
async def test_ctrl_u_typed_in_one_burst_with_e_clears_the_path(
    app: NewsExploreApp, tmp_path: Path, pane: str
) -> None:
    """Ctrl+U went to the list behind, so the path typed after it was added to the
    default name and the export went into a new folder named like a CSV file."""
    target = tmp_path / "burst.json"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if pane == "search":
            await search_and_focus_results(pilot, "grok")
        else:
            await open_timeline(pilot)
        for key in ("e", "ctrl+u"):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        # The rest arrives once the dialog has its focus, before it was handed the two.
        while not (isinstance(app.screen, ExportDialog) and app.screen.focused is not None):
            await asyncio.sleep(0)
        await burst(pilot, *str(target), "enter")
        await wait_for(pilot, target.exists, "the export")
        assert json.loads(target.read_text(encoding="utf-8"))
        assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_tab_typed_in_one_burst_in_the_open_note_dialog_moves_to_the_tags(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """With the dialog already open, "note⇥tag⏎" typed fast: the Tab went to the note
    box, the app's Tab binding ran once it came back up, after "tag" had been typed into
    the note too, and the mark kept 'wait notewaittag' and no tag."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await search_and_focus_results(pilot, "grok")
        await burst(pilot, "a")
        assert isinstance(app.screen, NoteDialog)
        await burst(pilot, *"wait note", "tab", *"waittag", "enter")
        (mark,) = app.store.marks.all()
        assert (mark.note, list(mark.tags)) == ("wait note", ["waittag"])
