"""Editing keys typed in one burst with letters act where they were typed.

A letter is typed by the box as it arrives, while Backspace, Delete and the
cursor keys are box bindings, which Textual looks up only once the key has
bubbled up to the app: in a burst ("grok⌫x", typed fast while the app was
busy, or from a macro) the `x` was typed before the Backspace ran, which then
deleted it: the box held "grok", not the "grox" typed.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from newsexplore.tui.app import NewsExploreApp
from tests.test_tui_back import burst
from tests.test_tui_pilot import app, press, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_until_settled as settle

__all__ = ["app"]


@pytest.mark.parametrize(
    ("keys", "typed"),
    [
        (["g", "r", "o", "k", "backspace", "x"], "grox"),
        (["g", "r", "o", "k", "left", "left", "backspace", "x"], "gxok"),
        (["o", "k", "home", "g", "r"], "grok"),
        (["g", "r", "o", "k", "ctrl+w", "t", "a", "x"], "tax"),
    ],
)
@sync
async def test_the_query_box_holds_what_a_burst_typed(
    app: NewsExploreApp, keys: list[str], typed: str
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        box = app.screen.query_one("#query", Input)
        assert box.has_focus and box.value == ""
        await burst(pilot, *keys)
        assert box.value == typed


@sync
async def test_the_date_prompt_holds_what_a_burst_typed(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_timeline(pilot)
        await press(pilot, "d")
        prompt = app.focused
        assert isinstance(prompt, Input)
        await burst(pilot, *"2024-06", "backspace", "5")
        assert prompt.value == "2024-05"
