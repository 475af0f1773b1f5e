"""The list panes' cursor: it never jumps back to the top when the user runs ahead of the loading."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.widgets.option_list import Option

from newsexplore.tui.widgets.lists import NavList


class _ListApp(App[None]):
    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.near_end = 0

    def compose(self) -> ComposeResult:
        yield NavList(id="items")

    def on_mount(self) -> None:
        items = self.query_one(NavList)
        items.set_options([Option(f"item {n}") for n in range(self.count)])
        items.highlighted = 0
        items.focus()

    def on_nav_list_near_end(self, event: NavList.NearEnd) -> None:
        self.near_end += 1


def _run(count: int, keys: list[str], more: int = 0) -> tuple[int | None, int]:
    async def go() -> tuple[int | None, int]:
        app = _ListApp(count)
        async with app.run_test(size=(40, 20)) as pilot:
            await pilot.press(*keys)
            items = app.query_one(NavList)
            if more:
                items.add_options([Option(f"more {n}") for n in range(more)])
                await pilot.pause()
            return items.highlighted, app.near_end

    return asyncio.run(go())


def test_down_at_the_last_item_stays_there_and_asks_for_more() -> None:
    highlighted, near_end = _run(5, ["j"] * 7)
    assert highlighted == 4
    assert near_end >= 1


def test_up_at_the_first_item_stays_there() -> None:
    highlighted, _ = _run(5, ["k", "up"])
    assert highlighted == 0


def test_moves_pressed_while_more_were_loading_are_kept() -> None:
    """Ten presses from the first of five items: four reach the end, six land in what arrives."""
    highlighted, _ = _run(5, ["j"] * 10, more=20)
    assert highlighted == 10


def test_a_dim_last_row_does_not_send_the_cursor_back_to_the_top() -> None:
    """The timeline and speakers lists end on a row that cannot be chosen ("↓ later dates")."""

    class _Dim(_ListApp):
        def on_mount(self) -> None:
            super().on_mount()
            self.query_one(NavList).add_option(Option("↓ later dates", disabled=True))

    async def go() -> int | None:
        app = _Dim(3)
        async with app.run_test(size=(40, 20)) as pilot:
            await pilot.press("j", "j", "j", "j")
            return app.query_one(NavList).highlighted

    assert asyncio.run(go()) == 2
