"""The keyboard model: lists own the keys, `/` enters a box, Esc leaves it.

The footer walk visits every pane in every state it can be in, at both
terminal sizes, and presses each key the footer shows there: the key must run
the action the footer names, type nothing into any box, and, for the keys of
the app and the screen, have the effect a user expects.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input
from textual.widgets._footer import FooterKey

import newsexplore.tui
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.messages import JumpRequested, Location
from newsexplore.tui.screens.help import HelpScreen
from newsexplore.tui.screens.main import MainScreen
from newsexplore.tui.widgets.speakers import SpeakersPane
from tests.test_tui_pilot import search_for, sync
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

SIZES = [(120, 40), (80, 24)]


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    built.animation_level = "none"
    return built


def main_screen(app: NewsExploreApp) -> MainScreen:
    screen = app.screen_stack[1]
    assert isinstance(screen, MainScreen)
    return screen


class TestFirstScreen:
    @sync
    async def test_question_mark_opens_help(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)

    @sync
    async def test_the_search_help_names_every_query_field_the_guide_names(
        self, app: NewsExploreApp
    ) -> None:
        """F1 in the search pane opens on the pane's own help: it lists the same
        query fields as the guide under it and the README (`mentions:` was missing)."""
        guide = (Path(newsexplore.tui.__file__).parent / "help.md").read_text(encoding="utf-8")
        fields = set(re.findall(r"`(\w+):", guide))
        assert {"title", "speaker", "date", "mentions"} <= fields
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok")
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            own = app.screen.sections[0]
            assert own.title == "Search"
            assert sorted(f for f in fields if f"{f}:" not in own.text) == []

    @sync
    async def test_q_quits(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("q")
            await pilot.pause()
            assert not app.is_running

    @sync
    async def test_slash_then_a_word_fills_the_box(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "Farage")
            box = app.screen.query_one("#query", Input)
            assert box.value == "Farage" and box.has_focus

    @sync
    async def test_escape_leaves_the_box_keeping_the_text(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "Farage")
            await pilot.press("escape")
            await settle(pilot)
            assert app.focused is not None and app.focused.id == "results"
            assert app.screen.query_one("#query", Input).value == "Farage"
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen.query_one("#query", Input).value == "Farage"

    @sync
    async def test_typing_question_mark_in_the_box_is_text(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok?q")
            assert app.screen.query_one("#query", Input).value == "grok?q"
            assert isinstance(app.screen, MainScreen) and app.is_running

    @sync
    async def test_f1_and_ctrl_q_work_while_typing(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok")
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape", "ctrl+q")
            await pilot.pause()
            assert not app.is_running

    @sync
    async def test_escape_again_goes_back(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "grok")
            await pilot.press("enter", "enter")
            await settle(pilot)
            screen = main_screen(app)
            first = screen.location
            other = next(h for h in app.library.search("").hits if h.article_id != first.article_id)
            screen.post_message(JumpRequested(Location(other.article_id)))
            await settle(pilot)
            await search_for(pilot, "x")
            await pilot.press("escape")
            await settle(pilot)
            assert app.focused is not None and app.focused.id == "results"
            assert screen.location is not None and screen.location.article_id == other.article_id
            await pilot.press("escape")  # to the article read before the search
            await settle(pilot)
            assert screen.active_pane == "reader"
            assert screen.location is not None and screen.location.article_id == other.article_id
            await pilot.press("escape")
            await settle(pilot)
            assert screen.location == first


# -- the footer walk ------------------------------------------------------------

State = Callable[[Pilot], Awaitable[None]]
APP_ACTIONS = frozenset(
    {"help", "quit", "command_palette", "focus_reader", "focus_speakers", "focus_timeline"}
)
SETS_THE_QUERY = frozenset({"apply_range"})
"""Keys whose job is to write the search query (the timeline's range as date:[… TO …])."""


async def _results(pilot: Pilot) -> None:
    main_screen(pilot.app).focus_pane("search")


async def _query_box(pilot: Pilot) -> None:
    main_screen(pilot.app).action_focus_search()


async def _reader(pilot: Pilot) -> None:
    app = pilot.app
    article = app.library.search("ofcom").hits[0].article_id
    main_screen(app).post_message(JumpRequested(Location(article, kind="hit")))


async def _speaker_list(pilot: Pilot) -> None:
    main_screen(pilot.app).focus_pane("speakers")


async def _speaker_filter(pilot: Pilot) -> None:
    screen = main_screen(pilot.app)
    screen.focus_pane("speakers")
    await settle(pilot)
    screen.query_one(SpeakersPane).action_focus_box()


async def _speaker_quotes(pilot: Pilot) -> None:
    screen = main_screen(pilot.app)
    pane = screen.query_one(SpeakersPane)
    screen.focus_pane("speakers")
    await wait_for(pilot, lambda: bool(pane.speakers), "the speaker list")
    screen.speaker_id = pane.speakers[0].id
    await wait_for(pilot, lambda: not pane.quotes_pending, "the speaker's quotes")
    screen.set_focus(pane.query_one("#speaker-quotes"))


async def _timeline(pilot: Pilot) -> None:
    main_screen(pilot.app).focus_pane("timeline")


async def _zoomed_timeline(pilot: Pilot) -> None:
    screen = main_screen(pilot.app)
    screen.focus_pane("timeline")
    if not screen.has_class("-narrow"):
        screen.add_class("-zoomed")


STATES: dict[str, State] = {
    "results": _results,
    "query box": _query_box,
    "reader": _reader,
    "speaker list": _speaker_list,
    "speaker filter": _speaker_filter,
    "speaker quotes": _speaker_quotes,
    "timeline": _timeline,
    "zoomed timeline": _zoomed_timeline,
}


async def _reset(pilot: Pilot, state: State) -> None:
    app = pilot.app
    while len(app.screen_stack) > 2:
        app.pop_screen()
    screen = main_screen(app)
    screen.remove_class("-zoomed")
    if not screen.back_stack:  # Back has somewhere to go in every state, so its key shows
        article = app.library.search("grok").hits[-1].article_id
        screen.post_message(JumpRequested(Location(article, kind="hit")))
    await settle(pilot)
    await state(pilot)
    await settle(pilot)


async def _restore(pilot: Pilot, focused: Widget | None, zoomed: bool) -> None:
    """Undo what a key did to focus, screens and zoom; cheaper than a full reset."""
    app = pilot.app
    while len(app.screen_stack) > 2:
        app.pop_screen()
    screen = main_screen(app)
    screen.set_class(zoomed, "-zoomed")
    if focused is not None and focused.is_attached:
        screen.set_focus(focused)
    await settle(pilot)


def _footer_keys(app: NewsExploreApp) -> list[tuple[str, str, str]]:
    return [(key.key, key.action, key.description) for key in app.screen.query("FooterKey")]


def _fully_visible_footer_keys(app: NewsExploreApp) -> set[str]:
    """Descriptions of the footer keys drawn whole, left of the palette key."""
    keys = list(app.screen.query("FooterKey"))
    palette = [k for k in keys if k.has_class("-command-palette")]
    right = min((k.region.x for k in palette), default=app.size.width)
    return {
        str(k.description)
        for k in keys
        if k not in palette and k.region.width and k.region.right <= right
    }


def _box_values(app: NewsExploreApp) -> dict[str, str]:
    return {str(box.id): box.value for box in main_screen(app).query(Input)}


def _effect_seen(app: NewsExploreApp, action: str, before: dict[str, object]) -> bool:
    """What the app and screen keys should visibly do; other keys only have to run."""
    screen = main_screen(app)
    name = action.split(".")[-1].split("(")[0]
    focused_id = app.focused.id if app.focused is not None else None
    checks: dict[str, Callable[[], bool]] = {
        "help": lambda: isinstance(app.screen, HelpScreen),
        "command_palette": lambda: isinstance(app.screen, CommandPalette),
        "find": lambda: focused_id == "query",
        "focus_box": lambda: isinstance(app.focused, Input),
        "leave_box": lambda: not isinstance(app.focused, Input),
        "toggle_zoom": lambda: screen.has_class("-zoomed") != before["zoomed"],
        "back": lambda: (
            len(screen.back_stack) < before["history"]
            or screen.active_pane != before["pane"]
            or screen.location != before["location"]
        ),
        "set_sort": lambda: screen.sort != before["sort"],
        "set_scope": lambda: screen.scope != before["scope"],
        "focus_reader": lambda: screen.active_pane == "reader",
        "focus_speakers": lambda: screen.active_pane == "speakers",
        "focus_timeline": lambda: screen.active_pane == "timeline",
        "back_to_speakers": lambda: focused_id == "speaker-list",
    }
    check = checks.get(name)
    return check is None or check()


async def _walk(app: NewsExploreApp, size: tuple[int, int]) -> list[str]:
    """Press every footer key in every state; return what went wrong."""
    wrong: list[str] = []
    ran: list[str] = []
    app_keys_pressed: set[tuple[str, bool]] = set()
    real_run_action = app.run_action

    async def recording_run_action(action, default_namespace=None, namespaces=None) -> bool:
        if isinstance(action, str) and action in ("quit", "app.quit"):
            ran.append(action)
            return True
        done = await real_run_action(action, default_namespace, namespaces)
        if done and isinstance(action, str):
            ran.append(action)
        return done

    app.run_action = recording_run_action  # type: ignore[method-assign]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await search_for(pilot, "ofcom")
        await pilot.press("enter", "enter")  # one article opened: Back has somewhere to go
        await settle(pilot)
        for name, state in STATES.items():
            await _reset(pilot, state)
            keys = _footer_keys(app)
            seen = _fully_visible_footer_keys(app)
            if not {"Help", "Quit"} <= seen:
                wrong.append(f"{size} {name}: Help or Quit not fully on screen, only {seen}")
            labels = [str(key.key_display) for key in app.screen.query(FooterKey)]
            if twice := sorted({label for label in labels if labels.count(label) > 1}):
                wrong.append(f"{size} {name}: {twice} labels two footer keys: one key, one label")
            focused, zoomed = app.focused, main_screen(app).has_class("-zoomed")
            typing = isinstance(focused, Input)
            for key, action, description in keys:
                if action in APP_ACTIONS:
                    # The app's keys act the same from every list, and from every box.
                    if (key, typing) in app_keys_pressed:
                        continue
                    app_keys_pressed.add((key, typing))
                await _restore(pilot, focused, zoomed)
                screen = main_screen(app)
                before = {
                    "zoomed": screen.has_class("-zoomed"),
                    "location": screen.location,
                    "sort": screen.sort,
                    "scope": screen.scope,
                    "history": len(screen.back_stack),
                    "pane": screen.active_pane,
                }
                boxes = _box_values(app)
                ran.clear()
                await pilot.press(key)
                await settle(pilot)
                await pilot.pause()
                where = f"{size} {name}: {key} {description!r}"
                if action not in ran:
                    wrong.append(f"{where} ran {ran} instead of {action!r}")
                elif _box_values(app) != boxes and action not in SETS_THE_QUERY:
                    wrong.append(f"{where} typed into a box")
                elif not _effect_seen(app, action, before):
                    wrong.append(f"{where} did not do what it says")
    return wrong


class TestFooter:
    @pytest.mark.parametrize("size", SIZES, ids=["120x40", "80x24"])
    @sync
    async def test_every_footer_key_does_what_it_says(
        self, app: NewsExploreApp, size: tuple[int, int]
    ) -> None:
        wrong = await _walk(app, size)
        assert wrong == [], "\n".join(wrong)
