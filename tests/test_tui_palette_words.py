"""The palette finds each speaker correction by the word the footer and the CLI use.

The footer says "A Assign" and the CLI `quotes assign`; a palette entry titled
"Give the highlighted quote to…" was not found by "assign".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import OptionList

from newsexplore.tui.app import NewsExploreApp, make_app
from tests.test_tui_pilot import choose_speaker, press, sync, type_text
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

VERBS = ["assign", "check", "merge", "unmerge", "split", "rename", "kind"]


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    built.animation_level = "none"
    return built


def prompts(app: NewsExploreApp) -> list[str]:
    if not isinstance(app.screen, CommandPalette):
        return []
    options = app.screen.query_one(OptionList).options
    return [str(getattr(o.prompt, "plain", o.prompt)) for o in options]


@sync
async def test_each_correction_is_found_by_its_verb(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await choose_speaker(pilot, "kendall")  # a quote highlighted
        for verb in VERBS:
            await press(pilot, "ctrl+p")
            await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
            await type_text(pilot, verb)
            await wait_for(pilot, lambda: prompts(app), f"entries for {verb!r}")
            first = prompts(app)[0]
            assert f" {verb}" in first.casefold(), (verb, prompts(app))
            await press(pilot, "escape")
            await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette), "closed")
