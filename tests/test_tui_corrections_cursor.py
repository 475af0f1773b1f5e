"""After a speaker correction the speakers list keeps its cursor where the user left it.

The list is read again after every correction; it went back to the selected
speaker, or to the top when the speaker under the cursor was gone, so the next
key acted on someone else.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets.lists import NavList
from newsexplore.tui.widgets.speakers import SpeakersPane
from tests.test_tui_pilot import press, screen_of, sync, type_text
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle


def seeds_app(seeds_dir: Path, tmp_path: Path) -> NewsExploreApp:
    app = make_app([seeds_dir], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    return app


async def speakers_list(pilot) -> tuple[SpeakersPane, NavList]:
    await settle(pilot)
    await press(pilot, "f4")
    pane = screen_of(pilot.app).query_one(SpeakersPane)
    listing = pane.query_one("#speaker-list", NavList)
    await wait_for(pilot, lambda: listing.option_count > 0, "the speakers")
    return pane, listing


def under_cursor(listing: NavList) -> str | None:
    return listing.get_option_at_index(listing.highlighted).id


@sync
async def test_a_correction_keeps_the_cursor_on_its_speaker_not_the_selected_one(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = seeds_app(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        pane, listing = await speakers_list(pilot)
        await press(pilot, "j", "enter")  # Louise Haigh's quotes
        await wait_for(pilot, lambda: pane.quotes and not pane.quotes_pending, "her quotes")
        await press(pilot, "escape", "j")
        assert under_cursor(listing) == "nigel-farage"
        await press(pilot, "K")
        await wait_for(pilot, lambda: pane.highlighted_speaker().kind == "organisation", "K")
        await settle(pilot)
        assert under_cursor(listing) == "nigel-farage"
        await press(pilot, "K")  # the second press acts on the same speaker: back to a person
        await wait_for(pilot, lambda: pane.highlighted_speaker().kind == "person", "K again")
        await settle(pilot)
        assert under_cursor(listing) == "nigel-farage"
        kinds = {s.id: s.kind for s in pane.speakers}
        assert kinds["louise-haigh"] == "person" and kinds["nigel-farage"] == "person"


@sync
async def test_a_speaker_gone_after_a_correction_leaves_the_cursor_on_the_nearest_row(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = seeds_app(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        pane, listing = await speakers_list(pilot)
        await press(pilot, "j", "j", "j")
        assert under_cursor(listing) == "liz-kendall"
        row = listing.highlighted
        await press(pilot, "enter")
        await wait_for(pilot, lambda: pane.quotes and not pane.quotes_pending, "her quote")
        await press(pilot, "A")
        await type_text(pilot, "Angela Rayner")
        await press(pilot, "enter")
        await wait_for(pilot, lambda: not pane.quotes, "her one quote given away")
        await settle(pilot)
        assert all(s.id != "liz-kendall" for s in pane.speakers)
        await press(pilot, "escape")
        assert listing.highlighted == row, under_cursor(listing)


@sync
async def test_r_keeps_a_pasted_escape_out_of_the_new_name(seeds_dir: Path, tmp_path: Path) -> None:
    app = seeds_app(seeds_dir, tmp_path)
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        pane, listing = await speakers_list(pilot)
        await press(pilot, "j", "j")
        assert under_cursor(listing) == "nigel-farage"
        await press(pilot, "R")
        app.screen.query_one(Input).value = "Nigel\x1b[31mFarage"  # as pasted
        await press(pilot, "enter")
        await wait_for(pilot, lambda: pane.highlighted_speaker().name != "Nigel Farage", "R")
        assert pane.highlighted_speaker().name == "Nigel [31mFarage"
        said = told.messages
        assert "Renamed Nigel Farage to Nigel [31mFarage" in said, said
