"""At 80 columns the footer still offers the focused pane's own keys.

The timeline's `p` was left out at 80 columns, two cells short, though it works
and help lists it: there `d` is "Date" (help still says "Go to date"), and every
key of the timeline shows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.command import CommandInput, CommandList, CommandPalette, SearchIcon
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from newsexplore.search import Problem, Progress
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.messages import JumpRequested, Location
from newsexplore.tui.screens.help import help_sections
from newsexplore.tui.screens.problems import ProblemsScreen
from newsexplore.tui.widgets.search_pane import SearchPane
from tests.test_tui_pilot import press, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    built.animation_level = "none"
    return built


def footer(app: NewsExploreApp) -> list[str]:
    return [k.description for k in app.screen.query(FooterKey)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_the_timeline_footer_offers_p_at_80_columns(app: NewsExploreApp, size) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "f5")
        await settle(pilot)
        shown = footer(app)
        # `u Widen` only with a period to step out of (tests/test_tui_timeline_widen.py).
        assert {"Go to date", "Search range", "Group", "Published"} <= set(shown), shown
        await press(pilot, "p")
        await wait_for(pilot, lambda: "Mentioned" in footer(app), f"p Mentioned in {footer(app)}")
        keys = list(app.screen.query(FooterKey))
        assert all(k.region.right <= size[0] for k in keys)
        assert not [
            (a, b) for a in keys for b in keys if a is not b and a.region.overlaps(b.region)
        ]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_the_timeline_footer_says_esc_goes_back_to_the_reader(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """Come to the timeline from an article opened from it, Esc goes back to the reader,
    and the footer never said so: Back did not fit after the timeline's keys. It shows
    now, with every key of the timeline (`r` is "Range" where they would not all fit);
    and help lists it. With nothing to go back to, neither shows it."""
    async with app.run_test(size=size) as pilot:
        await open_timeline(pilot)
        assert "Back" not in footer(app)
        assert "Back" not in {row.description for s in help_sections(app.screen) for row in s.rows}
        await press(pilot, "down", "down", "down", "enter")
        assert app.screen.active_pane == "reader" and app.screen.reader.article is not None
        await press(pilot, "f5")
        shown = footer(app)
        assert "Back" in shown and {"Group", "Published"} <= set(shown), shown
        assert {"Date", "Go to date"} & set(shown), shown
        assert {"Range", "Search range"} & set(shown), shown
        back = next(k for k in app.screen.query(FooterKey) if k.description == "Back")
        assert back.key_display == "esc" and back.region.right <= size[0]
        rows = [row for s in help_sections(app.screen) for row in s.rows]
        assert any(r.description == "Back" and r.keys.startswith("esc") for r in rows), rows
        await press(pilot, "escape")
        assert app.screen.active_pane == "reader"


def drawn(app: NewsExploreApp) -> list[tuple]:
    """The footer as a user sees it: each key's label, whether it works, and where."""
    return [
        (k.key_display, k.description, k.has_class("-disabled"), tuple(k.region))
        for k in app.screen.query(FooterKey)
    ]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_the_footer_redrawn_in_place_shows_what_a_new_footer_shows(
    app: NewsExploreApp, size
) -> None:
    """The footer puts new keys into the key widgets it has instead of mounting them
    all again at every move of focus; what it shows must be what a footer drawn anew
    would show, key for key and cell for cell."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        seen = set()
        for key in ["f5", "d", "escape", "p", "d", "escape", "f4", "slash", "escape", "f3", "f2"]:
            await press(pilot, key)
            await settle(pilot)
            kept = drawn(app)
            footer = app.screen.query_one(Footer)
            footer.call_next(Footer.recompose, footer)  # in the footer's own context
            await settle(pilot)
            assert kept == drawn(app), key
            seen.add(tuple(label for _key, label, _off, _at in kept))
        assert len(seen) >= 4  # the steps drew footers of several panes and the prompt


@sync
async def test_the_collection_at_80_columns_keeps_help_and_quit_in_its_footer(
    app: NewsExploreApp,
) -> None:
    """The collection's list has more keys than 80 columns hold: Textual's footer drew
    Help last and Quit not at all; Help and Quit come first there, as on the main screen."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "c")
        await wait_for(pilot, lambda: "Close" in footer(app), f"the collection in {footer(app)}")
        assert app.focused is not None and app.focused.id == "collection-list"
        keys = list(app.screen.query(FooterKey))
        edge = min(k.region.x for k in keys if k.has_class("-command-palette"))
        whole = [k.description for k in keys if k.region.width and k.region.right <= edge]
        assert whole[:2] == ["Help", "Quit"], whole
        assert "Close" in whole, whole


@pytest.mark.parametrize(("key", "shown"), [("e", "Cancel"), ("question_mark", "Close")])
@sync
async def test_a_dialog_shows_its_own_keys_in_the_footer(
    app: NewsExploreApp, key: str, shown: str
) -> None:
    """Under the export dialog or help the footer still offered the main screen's keys:
    "q Quit" there typed a q into the export path, and a click on it did nothing."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, key)
        await settle(pilot)
        assert footer(app) == [shown], footer(app)
        await press(pilot, "escape")
        await settle(pilot)
        assert {"Help", "Quit"} <= set(footer(app)), footer(app)


@sync
async def test_the_empty_reader_offers_no_keys_that_need_an_article(app: NewsExploreApp) -> None:
    """With no article open the reader's footer offered m Mark, y Copy and e Export, which
    only answered "Nothing selected"; they come back once an article is open."""
    needs_article = {"Mark", "Note", "Copy", "Export"}
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "f3")
        await settle(pilot)
        assert not needs_article & set(footer(app)), footer(app)
        hit = app.screen.query_one(SearchPane).results.hits[0]
        app.screen.post_message(JumpRequested(Location(hit.article_id, kind="hit")))
        await wait_for(pilot, lambda: app.screen.reader.article is not None, "an article open")
        await settle(pilot)
        await wait_for(pilot, lambda: "Mark" in footer(app), f"m Mark in {footer(app)}")
        assert {"Mark", "Copy", "Export"} <= set(footer(app)), footer(app)


def whole_keys(app: NewsExploreApp) -> list[str]:
    """The keys the footer shows whole, left of the palette key when there is one."""
    keys = list(app.screen.query(FooterKey))
    edge = min((k.region.x for k in keys if k.has_class("-command-palette")), default=999)
    return [k.description for k in keys if k.region.width and k.region.right <= edge]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_the_problems_view_footer_puts_help_and_quit_first(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """The Problems view had Textual's footer, Close first and Help and Quit after it,
    where every other screen puts them first."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        unread = Problem("photo.txt", "skipped: binary file", kind="unreadable")
        app.push_screen(ProblemsScreen([unread]))
        await wait_for(pilot, lambda: "Close" in footer(app), f"the view in {footer(app)}")
        await settle(pilot)
        assert whole_keys(app) == ["Help", "Quit", "Close"], footer(app)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_the_indexing_screen_footer_puts_help_and_quit_first(
    seeds_dir: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """The indexing screen had Textual's footer too: Cancel, then Help and Quit."""
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    app.animation_level = "none"
    release = threading.Event()

    def reading(cancelled: object = None) -> Iterator[Progress]:
        yield Progress(done=1, total=2, path="first.txt", phase="read")
        release.wait(20)

    app.library.update = reading
    async with app.run_test(size=size) as pilot:
        # laid out, not only composed: a key has no width until its first layout
        await wait_for(pilot, lambda: "Cancel" in whole_keys(app), f"the build in {footer(app)}")
        shown = whole_keys(app)
        release.set()
        assert shown == ["Help", "Quit", "Cancel"], footer(app)


@pytest.mark.parametrize("keys", [["ctrl+p"], ["f4", "M"]], ids=["palette", "merge"])
@sync
async def test_the_command_palette_shows_its_own_keys_in_the_footer(
    app: NewsExploreApp, keys: list[str]
) -> None:
    """Under the palette (and the list of speakers `M` merges from) the main screen's
    footer stayed, offering "q Quit", which typed a q into the palette's search."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, *keys)
        await wait_for(pilot, lambda: CommandPalette.is_open(app), "the palette")
        await settle(pilot)
        assert footer(app) == ["Close"], footer(app)
        await press(pilot, "escape")
        await settle(pilot)
        assert not CommandPalette.is_open(app)


@pytest.mark.parametrize("size", [(80, 10), (80, 14), (80, 18), (80, 24), (120, 40)])
@pytest.mark.parametrize("keys", [["ctrl+p"], ["f4", "M"]], ids=["palette", "merge"])
@sync
async def test_the_palette_list_ends_above_its_footer_on_a_short_terminal(
    app: NewsExploreApp, keys: list[str], size: tuple[int, int]
) -> None:
    """The palette's list took 70 % of the screen below its search box: under 20 rows it
    ran over the footer (at 80x10 three rows past the screen). It shrinks to the rows
    above the footer, still shows a command whole, and scrolls through the rest."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, *keys)
        await wait_for(pilot, lambda: CommandPalette.is_open(app), "the palette")
        await settle(pilot)
        listing = app.screen.query_one(CommandList)
        bar = app.screen.query_one(Footer)
        await wait_for(pilot, lambda: listing.option_count > 2, "the commands")
        await pilot.pause()
        assert bar.region.y == size[1] - 1 and footer(app) == ["Close"]
        assert listing.region.bottom <= bar.region.y, (listing.region, bar.region)
        assert listing.scrollable_content_region.height >= 2  # a command and its help line
        await press(pilot, *["down"] * (listing.option_count - 1))
        assert listing.highlighted == listing.option_count - 1  # the last one, in view
        assert listing.scroll_offset.y > 0 or listing.virtual_size.height <= listing.size.height
        assert listing.region.bottom <= bar.region.y


@pytest.mark.parametrize("size", [(80, 10), (80, 24), (120, 40)])
@pytest.mark.parametrize("keys", [["ctrl+p"], ["f4", "M"]], ids=["palette", "merge"])
@sync
async def test_the_palette_search_icon_sits_on_the_row_typed_in(
    app: NewsExploreApp, keys: list[str], size: tuple[int, int]
) -> None:
    """The app's one-row inputs put the palette's text on the box's first row while the
    icon kept Textual's margin for a three-row input: it sat alone on the row under
    the text, at every size."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, *keys)
        await wait_for(pilot, lambda: CommandPalette.is_open(app), "the palette")
        await settle(pilot)
        icon = app.screen.query_one(SearchIcon).region
        typed = app.screen.query_one(CommandInput).content_region
        assert icon.height == 1 and icon.y == typed.y, (icon, typed)
        assert icon.right <= typed.x  # before the text, not over it


def own_keys(app: NewsExploreApp) -> set[str]:
    """The binding ids of the focused pane's own enabled keys (not the screen's or the app's)."""
    return {
        active.binding.id
        for active in app.screen.active_bindings.values()
        if active.binding.show and active.enabled and active.node not in (app.screen, app)
    }


def whole_key_ids(app: NewsExploreApp) -> list[str]:
    """The binding ids of the keys the footer shows whole, left of the palette key."""
    keys = list(app.screen.query(FooterKey))
    edge = min((k.region.x for k in keys if k.has_class("-command-palette")), default=999)
    bindings = app.screen.active_bindings
    return [
        bindings[k.key].binding.id
        for k in keys
        if k.region.width and k.region.right <= edge and not k.has_class("-command-palette")
    ]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("keys", [["f2"], ["f2", "escape"], ["f3"], ["f4"], ["f5"]])
@sync
async def test_the_footer_offers_a_panes_keys_before_keys_that_switch_panes(
    app: NewsExploreApp, size: tuple[int, int], keys: list[str]
) -> None:
    """At 120 columns the timeline's footer showed "F5 Timeline", a key that does nothing
    there, and left out "z Zoom" for want of room: keys were kept in the order they
    came, the pane switches before Zoom. The focused pane's own keys come first, then
    Zoom and what acts on the selected item; the pane switches, which the layout and
    help show too, only in the room left, all of them or none, and never the key of
    the pane in use."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, *keys)
        await settle(pilot)
        shown = whole_key_ids(app)
        offered = {a.binding.id for a in app.screen.active_bindings.values() if a.enabled}
        assert shown[:2] in (["app.help", "app.quit"], ["app.help", "app.quit_anywhere"]), shown
        assert f"main.focus_{app.screen.active_pane}" not in shown, shown
        assert own_keys(app) <= set(shown), shown
        if size[0] >= 100:
            assert "main.zoom" in offered and "main.zoom" in shown, shown
        switches = {"main.focus_reader", "main.focus_speakers", "main.focus_timeline"}
        switches -= {f"main.focus_{app.screen.active_pane}"}
        if switches & set(shown):
            acting = {"collect.mark", "collect.copy", "collect.export"} & offered
            assert acting <= set(shown), shown
            assert switches <= set(shown), shown  # all of them, or none
