"""`u` after `d`: widening from where a jump landed, never back into a period it left.

The drill-downs and bars the user stepped into are a path `u` walks back out of. A
jump to a date outside them leaves that path: on Reuters, `u` after `d 1986-06` from
the June 1987 drill narrowed the list to June 1987 again, a year from where the user
was. A jump to a date inside them keeps the path, and `u` widens from there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.help import help_sections
from newsexplore.tui.widgets.activity_chart import ActivityChart
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_back import burst
from tests.test_tui_pilot import press, sync
from tests.test_tui_timeline import open_timeline
from tests.test_tui_timeline_navigation import BUDGET, MILL, STRIKE, cursor_to_heading
from tests.tui_support import wait_for


@pytest.fixture
def app(tmp_path: Path) -> NewsExploreApp:
    """June 1987 (a month and its first day), 2 March 1987, and 2026 in March."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("mill.txt", MILL), ("strike.txt", STRIKE), ("budget.txt", BUDGET)):
        (folder / name).write_text(text, encoding="utf-8")
    built = make_app([folder], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


async def go_to(pilot, timeline: TimelinePane, typed: str) -> None:
    """`d`, the date, Enter, until the list it lands on is shown."""
    await press(pilot, "d")
    await pilot.press(*typed, "enter")
    await wait_for(pilot, lambda: not timeline._jumping, f"the jump to {typed}")
    await press(pilot)


async def drill_into_june_1987(pilot, timeline: TimelinePane) -> None:
    """`d 1987-06 ⏎ ⏎`: the list narrowed to June 1987, by day."""
    await go_to(pilot, timeline, "1987-06")
    assert timeline.highlighted_group().value == "1987-06"
    await press(pilot, "enter")
    await wait_for(pilot, lambda: timeline.view.low is not None and timeline.groups, "the drill")


def caption(timeline: TimelinePane) -> str:
    return str(timeline.query_one("#timeline-caption", Static).render())


async def press_u_and_see_nothing_narrowed(pilot, timeline: TimelinePane, at: str) -> None:
    """`u` with nothing to widen: the whole list stays, the cursor where it was."""
    await press(pilot, "u")
    await press(pilot)
    assert timeline.view.span is None, f"u narrowed the list to {caption(timeline)!r}"
    assert "(u: widen)" not in caption(timeline)
    assert timeline.highlighted_group().value == at


@sync
async def test_u_after_a_jump_out_of_a_drill_does_not_go_back_into_it(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await drill_into_june_1987(pilot, timeline)
        assert caption(timeline).endswith(" · 1987-06 (u: widen)")
        await go_to(pilot, timeline, "1987-03")
        assert timeline.view.span is None and timeline.highlighted_group().value == "1987-03-02"
        await press_u_and_see_nothing_narrowed(pilot, timeline, "1987-03-02")


@sync
async def test_u_after_a_jump_out_of_a_bar_does_not_go_back_into_it(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await cursor_to_heading(pilot, timeline, "2026-03-02")
        await press(pilot, "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups, "a bar")
        assert all(g.value.startswith("2026") for g in timeline.groups if g.value)
        await go_to(pilot, timeline, "1987-06")
        assert timeline.view.span is None and timeline.highlighted_group().value == "1987-06"
        await press_u_and_see_nothing_narrowed(pilot, timeline, "1987-06")


@sync
async def test_u_after_a_jump_and_v_and_p_does_not_go_back_into_the_drill(
    app: NewsExploreApp,
) -> None:
    """`v v p p v` between the jump and `u`: switches, not steps, they change nothing."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await drill_into_june_1987(pilot, timeline)
        await go_to(pilot, timeline, "1987-03")
        await press(pilot, "v", "v", "p", "p", "v")
        await wait_for(pilot, lambda: timeline.view.grouping == "day" and timeline.groups)
        await press_u_and_see_nothing_narrowed(pilot, timeline, timeline.highlighted_group().value)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_u_typed_straight_after_a_jump_out_of_a_drill_stays_where_it_landed(
    app: NewsExploreApp,
    size: tuple[int, int],
) -> None:
    """`d 1987-03 ⏎ u` typed at once: the `u` is the list's it lands on."""
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await drill_into_june_1987(pilot, timeline)
        await burst(pilot, "d", *"1987-03", "enter", "u")
        await wait_for(pilot, lambda: not timeline._jumping, "the jump")
        await press(pilot)
        assert timeline.view.span is None, caption(timeline)
        assert timeline.highlighted_group().value == "1987-03-02"


@sync
async def test_a_jump_inside_the_drill_keeps_it_and_u_widens_from_there(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await drill_into_june_1987(pilot, timeline)
        drilled = timeline.view
        await press(pilot, "end")
        await go_to(pilot, timeline, "1 June 1987")
        assert timeline.view == drilled, caption(timeline)
        assert caption(timeline).endswith(" · 1987-06 (u: widen)")
        assert timeline.highlighted_group().value == "1987-06-01"
        await press(pilot, "u")
        await wait_for(pilot, lambda: timeline.view.span is None, "the whole list")
        await wait_for(pilot, lambda: timeline.highlighted_group().value == "1987-06")
        await press_u_and_see_nothing_narrowed(pilot, timeline, "1987-06")


@sync
async def test_a_jump_out_of_a_bar_into_its_drill_keeps_the_drill(
    app: NewsExploreApp,
) -> None:
    """A bar of the June 1987 drill, then `d 1987-06`: out of the bar, still in the drill,
    and `u` widens out of the drill, not back into the bar."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await drill_into_june_1987(pilot, timeline)
        drilled = timeline.view
        await cursor_to_heading(pilot, timeline, "1987-06-01")
        await press(pilot, "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups, "a bar")
        await go_to(pilot, timeline, "1987-06")
        assert timeline.view == drilled, caption(timeline)
        assert timeline.query_one(ActivityChart).chosen is None
        await press(pilot, "u")
        await wait_for(pilot, lambda: timeline.view.span is None, "the whole list")
        assert timeline.view.bar is None


def footer(app: NewsExploreApp) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey)]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_the_footer_offers_u_only_where_there_is_something_to_widen(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """`u Widen` stayed in the footer over the whole list, where `u` does nothing: after a
    jump out of a drill it said there was still a period to step out of."""
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        assert "Widen" not in footer(app), footer(app)
        assert "Widen" in {row.description for s in help_sections(app.screen) for row in s.rows}
        await drill_into_june_1987(pilot, timeline)
        await wait_for(pilot, lambda: "Widen" in footer(app), f"u Widen in {footer(app)}")
        await press(pilot, "down", "enter", "f5")  # an article opened, and back: Esc is Back
        assert app.screen.reader.article is not None
        shown = set(footer(app))
        assert {"Back", "Group", "Widen", "Published"} <= shown, shown  # every key of the pane
        assert shown & {"Date", "Go to date"} and shown & {"Range", "Search range"}, shown
        assert all(key.region.right <= size[0] for key in app.screen.query(FooterKey))
        await go_to(pilot, timeline, "1987-03")
        await wait_for(pilot, lambda: "Widen" not in footer(app), f"no u Widen in {footer(app)}")
        await cursor_to_heading(pilot, timeline, "1987-03-02")
        await press(pilot, "right")
        await wait_for(pilot, lambda: "Widen" in footer(app), f"u Widen in {footer(app)}")
        await press(pilot, "u")
        await wait_for(pilot, lambda: "Widen" not in footer(app), f"no u Widen in {footer(app)}")
