"""Moving about the timeline: drilling, the chart's bars, and `r` handing the range to the search."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from newsexplore.search import Library
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets.activity_chart import ActivityChart
from newsexplore.tui.widgets.reader import ArticleReader
from newsexplore.tui.widgets.search_pane import SearchPane
from newsexplore.tui.widgets.timeline import TimelinePane, group_label
from tests.test_tui_pilot import press, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import wait_for

MILL = """title: The mill that made the town
date: 2026-03-01

The mill opened on 2 March 1987 and was sold in June 1987, the owners said.
"""

STRIKE = """title: Workers remember the long strike
date: 2026-03-02

The strike began on 1 June 1987 at the mill. "We stood together," said Ann Lee, a welder.
"""

BUDGET = """title: Council sets its budget
date: 2026-03-03

The council met on 2 March 2026 to set the budget.
"""


async def jump_to_june_1987(pilot, timeline: TimelinePane) -> None:
    """`d 1987-06 ⏎`, until the list is on June 1987."""
    await press(pilot, "d")
    await pilot.press(*"1987-06", "enter")
    await wait_for(pilot, lambda: timeline.highlighted_group().value == "1987-06")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("mill.txt", MILL), ("strike.txt", STRIKE), ("budget.txt", BUDGET)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def app(corpus: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


async def cursor_to_heading(pilot, timeline: TimelinePane, value: str) -> None:
    listing = timeline.query_one("#timeline-list", OptionList)
    group = next(g for g in timeline.groups if g.value == value)
    listing.highlighted = listing.get_option_index(f"g{group.position}")
    await press(pilot)


async def search_total(pilot) -> int:
    pane = pilot.app.screen.query_one(SearchPane)
    query = pilot.app.screen.query_one("#query", Input).value
    await wait_for(pilot, lambda: pane.results is not None and pane.results.query == query)
    return pane.results.total


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_r_on_a_drilled_year_finds_the_articles_whose_dates_the_timeline_showed(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "v", "v")
        await wait_for(pilot, lambda: any(g.value == "1987" for g in timeline.groups))
        await cursor_to_heading(pilot, timeline, "1987")
        await press(pilot, "enter")
        await wait_for(pilot, lambda: timeline.view.low is not None and timeline.groups)
        shown = sum(g.count for g in timeline.groups)
        assert shown == 3  # in two articles
        await press(pilot, "r")
        query = app.screen.query_one("#query", Input).value
        assert query == "mentions:[1987-01-01 TO 1987-12-31]"
        assert await search_total(pilot) == 2
        await wait_for(pilot, lambda: timeline.shown_query == query)
        assert sum(g.count for g in timeline.groups) == 3, "the timeline lost its dates"


@sync
async def test_r_on_a_month_heading_searches_the_whole_month(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump_to_june_1987(pilot, timeline)
        await press(pilot, "r")
        query = app.screen.query_one("#query", Input).value
        assert query == "mentions:[1987-06-01 TO 1987-06-30]"
        assert await search_total(pilot) == 2


@sync
async def test_r_on_publication_dates_searches_publication_dates(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "p")
        await wait_for(pilot, lambda: timeline.view.dates == "published" and timeline.groups)
        await cursor_to_heading(pilot, timeline, "2026-03-02")
        await press(pilot, "enter")  # a day heading: nothing to drill into
        await press(pilot, "r")
        query = app.screen.query_one("#query", Input).value
        assert query == "date:[2026-03-02 TO 2026-03-02]"
        assert await search_total(pilot) >= 1


def test_mentions_finds_the_articles_mentioning_a_date_in_the_range(corpus, tmp_path) -> None:
    library = Library([corpus], tmp_path / "index")
    list(library.update())
    found = library.search("mentions:[1987-06-01 TO 1987-06-30]")
    assert sorted(hit.title for hit in found.hits) == [
        "The mill that made the town",  # "in June 1987", a month
        "Workers remember the long strike",
    ]
    assert library.search("mentions:1987-03").total == 1
    assert library.search("mentions:[2026-03-01 TO *]").total == 1  # not publication dates
    assert library.search("strike mentions:[1987-01-01 TO 1987-12-31]").total == 1
    in_quotes = library.search("mentions:[1987-01-01 TO 1987-12-31]", scope="quotes")
    assert [hit.quote.text for hit in in_quotes.hits] == ["We stood together,"]
    assert library.search("mentions:1988", scope="quotes").total == 0
    problem = library.search("mentions:[1988-01-01 TO 1987-01-01]").error
    assert problem and "backwards" in problem


@sync
async def test_enter_on_the_heading_of_the_period_drilled_into_adds_no_level(
    app: NewsExploreApp,
) -> None:
    """Drilled into June 1987, its own heading is listed first; Enter on it again had put
    the same view on the way back, so the first `u` seemed to do nothing."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump_to_june_1987(pilot, timeline)
        await press(pilot, "enter")
        await wait_for(pilot, lambda: timeline.view.low is not None and timeline.groups)
        drilled = timeline.view
        assert timeline.highlighted_group().value == "1987-06"
        await press(pilot, "enter")
        assert timeline.view == drilled
        await press(pilot, "u")
        await wait_for(pilot, lambda: timeline.view.low is None)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_enter_on_a_month_heading_of_the_day_view_drills_into_its_days(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        assert timeline.view.grouping == "day"
        await jump_to_june_1987(pilot, timeline)
        await press(pilot, "enter")
        await wait_for(pilot, lambda: timeline.view.low is not None and timeline.groups)
        assert timeline.view.date_range() == (dt.date(1987, 6, 1), dt.date(1987, 6, 30))
        caption = timeline.query_one("#timeline-caption", Static)
        assert str(caption.render()).endswith(" · by day · 1987-06 (u: widen)")
        assert [g.value for g in timeline.groups] == ["1987-06", "1987-06-01"]
        assert timeline.highlighted_group().value == "1987-06"  # opened at its start
        await press(pilot, "u")
        await wait_for(pilot, lambda: timeline.view.low is None)


@sync
async def test_arrows_step_over_empty_bars_and_an_empty_one_clicked_says_its_period(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        chart = timeline.query_one(ActivityChart)
        assert chart.bars[1].count == 0  # years between 1987 and 2026 mention nothing
        await press(pilot, "right", "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups)
        assert timeline.view.bar == chart.bars[-1] and timeline.view.bar.count
        await press(pilot, "z")  # the pane zoomed to the screen's width
        await wait_for(pilot, lambda: chart.columns > 1)  # forty years: bars widened
        # The last column of a widened bar is still that bar's; the axis row is no bar's.
        await pilot.click("#timeline-chart", offset=(2 * chart.columns - 1, 1))
        await pilot.pause()
        assert timeline.view.bar == chart.bars[-1]
        await pilot.click("#timeline-chart", offset=(2 * chart.columns - 1, 0))
        await wait_for(pilot, lambda: timeline.view.bar == chart.bars[1])
        await wait_for(pilot, lambda: not timeline.groups)
        listing = timeline.query_one("#timeline-list", OptionList)
        said = str(listing.get_option_at_index(0).prompt)
        assert said == "No dates mentioned from 1 January 1988 to 31 December 1988.", said


@sync
async def test_a_query_that_cannot_be_read_says_so_in_the_timeline(app: NewsExploreApp) -> None:
    """`oil~5` is refused by the search pane; the timeline must not report it as a
    search that found no dates."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await wait_for(pilot, lambda: bool(timeline.groups), "the timeline")
        timeline.query_text = "mill~5"
        await wait_for(pilot, lambda: not timeline.groups, "the timeline of the refused query")
        listing = timeline.query_one("#timeline-list", OptionList)
        said = str(listing.get_option_at_index(0).prompt)
        assert said == "No dates: the search query cannot be read (see the search pane).", said


def _diary(folder: Path) -> Path:
    """One short article a day through March and April 1987: more days than a page reads."""
    folder.mkdir()
    for n in range(40):
        day = dt.date(1987, 3, 1) + dt.timedelta(days=n)
        text = f"title: Diary {n}\ndate: {day.isoformat()}\n\nThe market rose on {day:%d %B %Y}.\n"
        (folder / f"day{n:02}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_home_and_end_reach_the_first_and_last_dates_however_the_list_is_paged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Home and End go to the very ends of the timeline in one press, not one page
    further each time, and the first row shows its day heading."""
    from newsexplore.tui.widgets import timeline as timeline_module

    monkeypatch.setattr(timeline_module, "GROUPS_BEFORE", 2)
    monkeypatch.setattr(timeline_module, "GROUPS_AFTER", 3)
    monkeypatch.setattr(timeline_module, "PAGE_GROUPS", 3)
    built = make_app([_diary(tmp_path / "diary")], index_dir=tmp_path / "index")
    built.animation_level = "none"
    async with built.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)
        await press(pilot, "end")
        await wait_for(pilot, lambda: not timeline.more_after, "the end of the timeline")
        await press(pilot)
        assert timeline.highlighted_group().value == "1987-04-09"
        assert listing.highlighted == listing.option_count - 1 and not listing.has_more
        await press(pilot, "home")
        await wait_for(pilot, lambda: not timeline.more_before, "the start of the timeline")
        await press(pilot)
        assert timeline.highlighted_group().value == "1987-03-01"
        top = listing.render_line(0).text
        assert top.startswith(group_label("1987-03-01")), top


SEASON = """title: A season of votes
date: 1987-06-20

The first vote was on 20 February 1987, the second on 9 March 1987, the third on
12 March 1987 and the last on 2 April 1987.
"""


@pytest.fixture
def season_app(tmp_path: Path) -> NewsExploreApp:
    folder = tmp_path / "season"
    folder.mkdir()
    (folder / "season.txt").write_text(SEASON, encoding="utf-8")
    built = make_app([folder], index_dir=tmp_path / "season-index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


@sync
async def test_the_month_view_charts_months_and_steps_them_from_the_month_in_view(
    season_app: NewsExploreApp,
) -> None:
    """By month, each bar is a month, and → starts from the month under the cursor:
    it narrowed to the first day bar (on Reuters, December 1985 from March 1987)."""
    async with season_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "v")
        await wait_for(pilot, lambda: any(g.value == "1987-03" for g in timeline.groups))
        chart = timeline.query_one(ActivityChart)
        assert [(b.low, b.count) for b in chart.bars if b.count] == [
            (19870200, 1),
            (19870300, 2),
            (19870400, 1),
        ]
        await cursor_to_heading(pilot, timeline, "1987-03")
        march = next(g for g in timeline.groups if g.value == "1987-03")
        await press(pilot, "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups)
        assert (timeline.view.bar.low, timeline.view.bar.count) == (19870300, 2)
        assert [(g.value, g.count) for g in timeline.groups] == [("1987-03", march.count)]
        await press(pilot, "right")
        await wait_for(pilot, lambda: [g.value for g in timeline.groups] == ["1987-04"])


@sync
async def test_a_month_heading_never_counts_only_the_day_narrowed_to(
    season_app: NewsExploreApp,
) -> None:
    """A day bar chosen, then `v`: the month heading must not read "March 1987" with
    the count of one of its days."""
    async with season_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await cursor_to_heading(pilot, timeline, "1987-03-09")
        await press(pilot, "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups)
        await press(pilot, "v")
        await wait_for(pilot, lambda: any(g.value == "1987-03" for g in timeline.groups))
        march = next(g for g in timeline.groups if g.value == "1987-03")
        assert march.count == 2


@sync
async def test_a_result_of_r_opens_at_the_mentioned_date_highlighted(app: NewsExploreApp) -> None:
    """The reader opened from `mentions:[…]` finds the date it was searched for: it said
    "no hits" and opened at the top."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump_to_june_1987(pilot, timeline)
        await press(pilot, "r")
        await search_total(pilot)
        await press(pilot, "enter")
        reader = app.screen.query_one(ArticleReader)
        await wait_for(pilot, lambda: reader.article is not None, "the article open")
        await wait_for(pilot, lambda: bool(reader.hits), "the mentioned date as a hit")
        words = {reader.article.text[h.start : h.end] for h in reader.hits}
        assert words <= {"June 1987", "1 June 1987"}, words
        assert reader.current_hit == 0


@sync
async def test_a_caption_narrowed_to_one_day_names_the_day_once(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path
) -> None:
    """The seeds' chart has a bar a day: → narrowed to 7 January, and the caption read
    "2026-01-07 … 2026-01-07 (u: widen)", a range from a day to itself."""
    app = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups)
        caption = str(timeline.query_one("#timeline-caption", Static).render())
        assert caption.endswith(" · 2026-01-07 (u: widen)"), caption


MONTH_END = """title: The last days of March
date: 2026-03-04

The inquiry opened on 29 March 1987. Its first witness spoke on 30 March 1987, and its
report came on 31 March 1987. The week of March 23, 1987 was spent on preparations.
"""


@pytest.fixture
def month_end_app(tmp_path: Path) -> NewsExploreApp:
    folder = tmp_path / "month-end"
    folder.mkdir()
    (folder / "inquiry.txt").write_text(MONTH_END, encoding="utf-8")
    built = make_app([folder], index_dir=tmp_path / "month-end-index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


@pytest.mark.parametrize("day", ["1987-03-29", "1987-03-30"])
@sync
async def test_the_bar_of_a_29th_or_30th_narrows_to_that_day_alone(
    month_end_app: NewsExploreApp, day: str
) -> None:
    """The bar of 30 March listed 30 and 31 March, counted both, and `r` searched both:
    a range's last day read past the 28th was taken for the end of its month."""
    async with month_end_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await cursor_to_heading(pilot, timeline, day)
        await press(pilot, "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups)
        assert [g.value for g in timeline.groups] == [day]
        caption = str(timeline.query_one("#timeline-caption", Static).render())
        assert caption.endswith(f" · {day} (u: widen)"), caption
        await press(pilot, "r")
        query = pilot.app.screen.query_one("#query", Input).value
        assert f"[{day} TO {day}]" in query, query


@sync
async def test_a_week_ending_on_a_29th_drills_into_its_seven_days(
    month_end_app: NewsExploreApp,
) -> None:
    async with month_end_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await cursor_to_heading(pilot, timeline, "1987-W13")
        await press(pilot, "enter")
        await wait_for(pilot, lambda: timeline.view.low is not None and timeline.groups)
        assert timeline.view.date_range() == (dt.date(1987, 3, 23), dt.date(1987, 3, 29))
        assert "1987-03-30" not in [g.value for g in timeline.groups]


@pytest.mark.parametrize("first", [[], ["d", *"1987-06", "enter"]], ids=["opened", "after a jump"])
@sync
async def test_u_never_undoes_the_grouping_chosen_with_v(
    app: NewsExploreApp, first: list[str]
) -> None:
    """`u` steps back out of a bar or a drill-down (after a jump, out of none); after `v`
    it threw the grouping chosen away, back to "by day"."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, *first)
        await press(pilot, "v")
        await wait_for(pilot, lambda: timeline.view.grouping == "month" and timeline.groups)
        await press(pilot, "u")
        await press(pilot)
        assert timeline.view.grouping == "month"


@pytest.fixture
def monthly_app(tmp_path: Path) -> NewsExploreApp:
    """A year of stories, each published in the month it tells of: month bars either way,
    each month with two dates mentioned and one publication date."""
    folder = tmp_path / "monthly"
    folder.mkdir()
    for month in range(1, 13):
        day = dt.date(1987, month, 10)
        (folder / f"m{month:02d}.txt").write_text(
            f"title: Report {month}\ndate: 1987-{month:02d}-15\n\n"
            f"The board met on {day:%d %B %Y} and again on {day.replace(day=11):%d %B %Y}.\n",
            encoding="utf-8",
        )
    built = make_app([folder], index_dir=tmp_path / "monthly-index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


@sync
async def test_the_bar_narrowed_to_stays_chosen_when_p_switches_the_dates(
    monthly_app: NewsExploreApp,
) -> None:
    """After `p` the list kept to the bar but the chart chose none, so the next → chose
    the same bar again: a key that did nothing."""
    async with monthly_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        chart = timeline.query_one(ActivityChart)
        await press(pilot, "right")
        await wait_for(pilot, lambda: timeline.view.bar is not None and timeline.groups)
        chosen = timeline.view.bar
        await press(pilot, "p")
        await wait_for(pilot, lambda: timeline.view.dates == "published" and timeline.groups)
        assert chart.chosen is not None
        bar = chart.bars[chart.chosen]
        assert (bar.low, bar.high) == (chosen.low, chosen.high)
        await press(pilot, "left")
        await wait_for(pilot, lambda: timeline.view.bar != chosen)
        assert timeline.view.bar.high < chosen.low  # the bar before it, in one press


@sync
async def test_arrows_on_the_unresolved_heading_step_from_past_the_last_bar(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path
) -> None:
    """The unresolved dates are listed after every dated one: → there narrowed the list
    to the chart's first bar, the other end of the timeline."""
    app = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        chart = timeline.query_one(ActivityChart)
        await press(pilot, "end")
        await wait_for(pilot, lambda: getattr(timeline.highlighted_group(), "value", 1) is None)
        await press(pilot, "right")
        assert timeline.view.bar is None
        await press(pilot, "left")
        await wait_for(pilot, lambda: timeline.view.bar is not None)
        assert timeline.view.bar == [bar for bar in chart.bars if bar.count][-1]


@sync
async def test_u_after_stepping_bars_leaves_the_cursor_on_the_bar_stepped_to(
    season_app: NewsExploreApp,
) -> None:
    """→ → from March then `u` put the cursor back on March, two months from the
    bar the user had stepped to; after a drill `u` stays on the period left."""
    async with season_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "v")
        await wait_for(pilot, lambda: any(g.value == "1987-03" for g in timeline.groups))
        await cursor_to_heading(pilot, timeline, "1987-03")
        await press(pilot, "right")
        await wait_for(pilot, lambda: [g.value for g in timeline.groups] == ["1987-03"])
        await press(pilot, "right")
        await wait_for(pilot, lambda: [g.value for g in timeline.groups] == ["1987-04"])
        await press(pilot, "u")
        await wait_for(pilot, lambda: timeline.view.bar is None and len(timeline.groups) > 1)
        await wait_for(pilot, lambda: timeline.highlighted_group().value == "1987-04")


@sync
async def test_a_date_typed_straight_after_a_query_is_gone_to_in_that_querys_timeline(
    app: NewsExploreApp,
) -> None:
    """ "mill", F5, "d1987-03", Enter typed at once: the jump ran on the timeline of the
    query before, and the timeline then followed "mill" to where its news is, the date
    asked for lost. Leaving the search box ends the query's typing."""
    from tests.test_tui_back import burst

    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "slash")
        await burst(pilot, "m", "i", "l", "l", "f5", "d", *"1987-03", "enter")
        await wait_for(pilot, lambda: timeline.query_text == "mill" and not timeline._jumping)
        await wait_for(pilot, lambda: timeline.highlighted_group().value == "1987-03-02")


ERAS = {
    "nineties.txt": "title: Slow years\ndate: 2001-03-07\n\nGrowth was slow in the 1990s.\n",
    "opened.txt": "title: The plant\ndate: 2001-03-08\n\nThe plant opened in 1990.\n",
    "winter.txt": "title: Heating oil\ndate: 1987-03-04\n\nPrices will rise next winter.\n",
    "deal.txt": "title: The deal\ndate: 1987-03-05\n\nThe deal will close on December 10, 1987.\n",
}
"""A decade and a winter running into the next year, each beside a date of the year
where the one sorts and the other starts."""


@pytest.fixture
def eras_app(tmp_path: Path) -> NewsExploreApp:
    folder = tmp_path / "eras"
    folder.mkdir()
    for name, text in ERAS.items():
        (folder / name).write_text(text, encoding="utf-8")
    built = make_app([folder], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


@pytest.mark.parametrize("year", ["1990", "1987"])
@sync
async def test_r_on_a_year_heading_finds_the_articles_the_heading_counts(
    eras_app: NewsExploreApp, year: str
) -> None:
    """By year, "1990" counted "the 1990s" and "1987" the winter running into 1988,
    articles `r` on the heading does not find: the heading said 2, the search 1."""
    async with eras_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "v", "v")
        await wait_for(pilot, lambda: any(g.value == year for g in timeline.groups))
        labels = [group_label(g.value) for g in timeline.groups]
        heading = next(g for g in timeline.groups if g.value == year)
        await cursor_to_heading(pilot, timeline, year)
        await press(pilot, "r")
        query = eras_app.screen.query_one("#query", Input).value
        assert query == f"mentions:[{year}-01-01 TO {year}-12-31]"
        assert await search_total(pilot) == heading.articles == 1
        assert labels.index("The 1990s") == labels.index("1990") - 1
