"""Paging and scrolling through a timeline longer than the pages read so far.

The list holds a few pages of headings around the place it opened at and reads
more as the cursor or the view nears either end. PageUp onto the "↑ earlier
dates" row left no row highlighted, and the next PageUp was Home: the very
start of the timeline, a century back, everything between skipped. The wheel
scrolling down read more, then threw the view back to the cursor, so it never
got past the pages first read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual import events
from textual.widgets import OptionList

from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import press, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_for

FIRST = dt.date(1987, 1, 1)
DAYS = 240


@pytest.fixture
def long_app(tmp_path: Path) -> NewsExploreApp:
    folder = tmp_path / "daily"
    folder.mkdir()
    for n in range(DAYS):
        day = FIRST + dt.timedelta(days=n)
        (folder / f"day{n:03d}.txt").write_text(
            f"title: Harbour log {n}\ndate: 2026-01-01\n\n"
            f"The harbour master logged ship {n} on {day:%d %B %Y}.\n",
            encoding="utf-8",
        )
    (folder / "old.txt").write_text(
        "title: Old times\ndate: 2026-01-01\n\nThe harbour was built in 1850.\n", encoding="utf-8"
    )
    built = make_app([folder], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


def cursor_day(timeline: TimelinePane) -> dt.date:
    group = timeline.highlighted_group()
    assert group is not None and group.value is not None, "no row highlighted"
    return dt.date.fromisoformat(group.value[:10]) if len(group.value) >= 10 else FIRST


async def jump(pilot, timeline: TimelinePane, date: str) -> None:
    await press(pilot, "d")
    await pilot.press(*date, "enter")
    await wait_for(pilot, lambda: getattr(timeline.highlighted_group(), "value", None) == date)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize(("key", "step"), [("pageup", -1), ("pagedown", 1)])
@sync
async def test_page_keys_read_on_day_by_day_past_the_pages_read(
    long_app: NewsExploreApp, size: tuple[int, int], key: str, step: int
) -> None:
    async with long_app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, timeline, "1987-05-01")
        seen = cursor_day(timeline)
        for _ in range(25):
            await press(pilot, key)
            await wait_for(pilot, lambda: timeline.highlighted_group() is not None)
            now = cursor_day(timeline)
            assert 0 <= (now - seen).days * step <= 30, (seen, now)
            seen = now
        assert abs((seen - dt.date(1987, 5, 1)).days) >= 60  # well past the pages first read


@sync
async def test_the_wheel_scrolls_on_past_the_pages_read(long_app: NewsExploreApp) -> None:
    async with long_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, timeline, "1987-02-01")
        listing = timeline.query_one("#timeline-list", OptionList)
        tops: list[str] = []
        for _ in range(60):
            # Private, but the only way a test wheels a widget in this (pinned) Textual.
            await pilot._post_mouse_events([events.MouseScrollDown], "#timeline-list", (5, 5))
            await press(pilot)
            option = listing.get_option_at_index(int(listing.scroll_y))
            tops.append(option.id or "")
        values = [g.value for g in timeline.groups]
        assert max(v for v in values if v) >= "1987-04", " ".join(tops)


@pytest.fixture
def busy_day_app(tmp_path: Path) -> NewsExploreApp:
    """A day more articles mention than one read of its group lists."""
    folder = tmp_path / "busy"
    folder.mkdir()
    for n in range(230):
        (folder / f"report{n:03d}.txt").write_text(
            f"title: Flood report {n}\ndate: 2026-01-01\n\n"
            f"River gauge {n} overflowed on 1 March 1987, the engineers said.\n",
            encoding="utf-8",
        )
    built = make_app([folder], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


@sync
async def test_enter_on_more_keeps_the_cursor_on_the_first_date_it_brought(
    busy_day_app: NewsExploreApp,
) -> None:
    """The cursor went to the next "… more" row, 200 rows down and out of sight, with no
    row seen highlighted; the next ↓ threw the reader past every date just listed."""
    async with busy_day_app.run_test(size=(80, 24)) as pilot:
        timeline = await open_timeline(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)
        more = next(
            i
            for i in range(listing.option_count)
            if (listing.get_option_at_index(i).id or "").startswith("m")
        )
        listing.highlighted = more
        shown_before = len(timeline.groups[0].events)
        await press(pilot, "enter")
        await wait_for(pilot, lambda: len(timeline.groups[0].events) > shown_before)
        await press(pilot)
        option = listing.highlighted_option
        assert option is not None and (option.id or "").startswith("e"), option
        top, height = int(listing.scroll_y), listing.scrollable_content_region.height
        assert top <= listing.highlighted < top + height
        await press(pilot, "down")
        assert listing.highlighted < top + height + 2  # reads on from there


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_keys_typed_after_enter_on_an_entry_act_after_the_jump(
    long_app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """Enter, Esc, ↑ typed at once: the Esc and the ↑ went to the timeline before the
    reader opened, so the app ended in the reader, the cursor behind it moved."""
    from newsexplore.tui.widgets.reader import ArticleReader
    from tests.test_tui_back import burst

    async with long_app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, timeline, "1987-05-01")
        listing = timeline.query_one("#timeline-list", OptionList)
        await press(pilot, "down")
        entry = listing.highlighted
        assert (listing.highlighted_option.id or "").startswith("e")
        await burst(pilot, "enter", "escape", "up")
        reader = pilot.app.screen.query_one(ArticleReader)
        assert reader.article is not None and reader.article.id == "day120.txt"
        assert pilot.app.focused is listing, pilot.app.focused
        assert listing.highlighted is not None and listing.highlighted < entry
