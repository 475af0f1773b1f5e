"""Changing how the timeline is shown keeps the user's place.

`u` steps back out of a drill-down or a bar, and only that: the dates chosen
with `p` stay. `v` groups the same dates another way around the date under
the cursor: the cursor stays on that date's row, on the same line of the screen (or a
line or two off, so the list still opens on a heading).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import press, sync
from tests.test_tui_timeline import open_timeline
from tests.test_tui_timeline_navigation import cursor_to_heading
from tests.tui_support import wait_for

MONTHS = [(year, month) for year in (1985, 1986) for month in range(1, 13)]


@pytest.fixture
def app(tmp_path: Path) -> NewsExploreApp:
    """One story a month for two years, each naming one day of its month."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, (year, month) in enumerate(MONTHS):
        text = (
            f"title: Plant report number {n}\ndate: 1987-06-15\n\n"
            f"The plant was inspected on {year}-{month:02d}-11, the board said.\n"
        )
        (corpus / f"plant{n:02d}.txt").write_text(text, encoding="utf-8")
    built = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


def cursor(timeline: TimelinePane) -> tuple[str | None, int]:
    """The option under the cursor and its line on screen."""
    listing = timeline.query_one("#timeline-list", OptionList)
    option = listing.highlighted_option
    return (option.id if option else None), listing.highlighted - round(listing.scroll_y)


@sync
async def test_u_after_p_keeps_the_publication_dates(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "v", "v")
        await wait_for(pilot, lambda: any(g.value == "1986" for g in timeline.groups))
        await cursor_to_heading(pilot, timeline, "1986")
        await press(pilot, "enter")  # drilled into 1986, by month
        await wait_for(pilot, lambda: timeline.view.low is not None, "the drill-down")
        await press(pilot, "p")
        await wait_for(pilot, lambda: timeline.view.dates == "published", "p")
        await press(pilot, "u")
        await wait_for(pilot, lambda: timeline.view.low is None, "u")
        assert timeline.view.dates == "published"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_v_keeps_the_cursor_on_its_date_and_its_line(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "home")
        for _ in range(13):
            await press(pilot, "j")
        entry = timeline.entry_at(cursor(timeline)[0])
        assert entry is not None, "the cursor is on a date's row"
        line = cursor(timeline)[1]
        await press(pilot, "v")
        await wait_for(pilot, lambda: timeline.view.grouping == "month", "v")
        await pilot.pause()
        assert timeline.entry_at(cursor(timeline)[0]) == entry
        # The same line, or as near as keeps a heading at the top of the list.
        assert abs(cursor(timeline)[1] - line) <= 2, (line, cursor(timeline)[1])
