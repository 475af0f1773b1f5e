"""A folder of stories nobody dated: the timeline says why their dates are unresolved
and how to give the day they count from, where the user looks (the chart's empty space,
the Unresolved heading, the row under the cursor) and in the help."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets.activity_chart import ActivityChart
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import press, sync
from tests.test_tui_timeline import open_timeline, visible_rows
from tests.tui_support import wait_until_settled as settle

MAYOR = "Title: A\n\nThe mayor said on Monday that the vote would be held next week.\n"
TALKS = "Title: B\n\nOfficials said yesterday that talks would resume on Friday.\n"
WHY = "no date to count from"


def clippings(tmp_path: Path, settings: str | None = None) -> NewsExploreApp:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(MAYOR, encoding="utf-8")
    (root / "b.txt").write_text(TALKS, encoding="utf-8")
    if settings is not None:
        (root / "newsexplore.cfg").write_text(settings, encoding="utf-8")
    app = make_app([root], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    return app


def chart_lines(timeline: TimelinePane) -> list[str]:
    chart = timeline.query_one(ActivityChart)
    return [chart.render_line(y).text.rstrip() for y in range(chart.size.height)]


def entry_rows(timeline: TimelinePane) -> list[int]:
    listing = timeline.query_one("#timeline-list", OptionList)
    return [
        n
        for n in range(listing.option_count)
        if timeline.entry_at(listing.get_option_at_index(n).id) is not None
    ]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_undated_stories_say_why_their_dates_are_unresolved_and_how_to_place_them(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = clippings(tmp_path)
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        chart = " ".join(" ".join(chart_lines(timeline)).split())
        assert WHY in chart.lower() and "undated" in chart.lower(), chart
        assert "newsexplore.cfg" in chart and "date: YYYY-MM-DD" in chart, chart
        assert "--reference-date" in chart, chart  # whole: it fits at 80 columns
        rows = visible_rows(timeline)
        heading = next(row for row in rows if row.startswith("Unresolved"))
        assert WHY in heading, rows
        listing = timeline.query_one("#timeline-list", OptionList)
        first = entry_rows(timeline)[0]
        listing.highlighted = first
        await settle(pilot)
        said = f"{WHY}: the article is undated"
        assert sum(said in row for row in visible_rows(timeline)) == 1, visible_rows(timeline)
        await press(pilot, "question_mark")
        await settle(pilot)
        helped = " ".join(
            str(static.render()) for static in app.screen.query(".help-text").results()
        )
        assert "Unresolved" in helped and "newsexplore.cfg" in helped, helped
        assert "--reference-date" in helped and "date: " in helped, helped


@sync
async def test_a_settings_date_that_leaves_a_date_unresolved_is_not_called_missing(
    tmp_path: Path,
) -> None:
    """A month given (`date: 2024-05`) places "next week" nowhere, but the articles have a
    date to count from: nothing says they have none."""
    app = clippings(tmp_path, "date: 2024-05\n")
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        assert any(group.value is None for group in timeline.groups)
        listing = timeline.query_one("#timeline-list", OptionList)
        unresolved = [
            n
            for n in entry_rows(timeline)
            if timeline.entry_at(listing.get_option_at_index(n).id).value is None
        ]
        assert unresolved
        listing.highlighted = unresolved[0]
        await settle(pilot)
        shown = visible_rows(timeline) + chart_lines(timeline)
        assert not any(WHY in row for row in shown), shown
