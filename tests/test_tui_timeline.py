"""The timeline pane as a user reads it: what its rows show, and where it opens."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from newsexplore.search import TimelineGroup, read_typed_date
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets import timeline as timeline_module
from newsexplore.tui.widgets.timeline import TimelinePane, group_label
from tests.test_tui_pilot import press, sync
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

SIZES = [(120, 40), (80, 24)]

ELECTION = """title: Polls open across the country for the general election
date: 2026-05-04

Voting takes place on 5 May 2026 in every constituency, the commission said.
Polling stations open at seven on 5 May 2026 and close at ten that night.
Counting begins once the polls close on 5 May 2026, with results overnight.
The last general election was held in 2024.
"""

RESULT = """title: Count delayed in three seats after a recount is ordered
date: 2026-05-06

Officials said the vote on 5 May 2026 was close in three seats.
"""


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    built.animation_level = "none"
    return built


@pytest.fixture
def election_app(tmp_path: Path) -> NewsExploreApp:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "election.txt").write_text(ELECTION, encoding="utf-8")
    (corpus / "result.txt").write_text(RESULT, encoding="utf-8")
    built = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


def visible_rows(timeline: TimelinePane) -> list[str]:
    """The list's rows as drawn on screen, top to bottom."""
    listing = timeline.query_one("#timeline-list", OptionList)
    height = listing.scrollable_content_region.height
    return [listing.render_line(y).text.rstrip() for y in range(height)]


def group_rows(timeline: TimelinePane, value: str) -> list[str]:
    """The visible rows of one group: its heading and what is under it."""
    rows = visible_rows(timeline)
    labels = tuple(group_label(group.value) for group in timeline.groups)
    start = rows.index(next(row for row in rows if row.startswith(group_label(value))))
    end = next((n for n in range(start + 1, len(rows)) if rows[n].startswith(labels)), len(rows))
    return rows[start:end]


async def open_timeline(pilot) -> TimelinePane:
    await settle(pilot)
    await press(pilot, "f5")
    timeline = pilot.app.screen.query_one(TimelinePane)
    await wait_for(pilot, lambda: timeline.groups, "the timeline's groups")
    await settle(pilot)
    return timeline


@pytest.mark.parametrize("keys", [[], ["v", "v"]], ids=["by day", "by year"])
@pytest.mark.parametrize("size", SIZES)
@sync
async def test_the_list_opens_on_a_heading_not_on_a_sentence_cut_from_its_date(
    app: NewsExploreApp, size: tuple[int, int], keys: list[str]
) -> None:
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, *keys)
        labels = [group_label(group.value) for group in timeline.groups]
        top = visible_rows(timeline)[0]
        assert top.startswith(("↑", *labels)), f"the list opens on {top!r}"


@pytest.mark.parametrize("size", SIZES)
@sync
async def test_an_article_with_several_dates_in_a_group_is_named_once_above_them(
    election_app: NewsExploreApp, size: tuple[int, int]
) -> None:
    async with election_app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        rows = group_rows(timeline, "2026-05-05")
        titled = [row for row in rows if "Polls open across the country" in row]
        from_it = [e for e in timeline.entries if e.sentence and e.sentence in ELECTION]
        assert len(from_it) >= 2  # the group shows several of its dates
        assert len(titled) == 1, rows
        # Each date is one row: its words around the date, not a wrapped paragraph.
        sentences = [row for row in rows if "5 May 2026" in row and "○" in row]
        assert len(sentences) == len(
            [e for e in timeline.entries if e.value == "2026-05-05" and e.kind == "mentioned"]
        ), rows


@sync
async def test_moving_the_cursor_up_keeps_the_date_of_the_entry_it_is_on_in_sight(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)
        while listing.highlighted:
            await press(pilot, "up")
            group = timeline.highlighted_group()
            assert group is not None
            rows = visible_rows(timeline)
            assert any(row.startswith(group_label(group.value)) for row in rows), rows


@sync
async def test_asking_for_a_date_again_as_a_jump_lands_keeps_the_new_prompt_open(
    app: NewsExploreApp,
) -> None:
    """The prompt of a jump is put away just after the frame that shows the date; a
    prompt asked for again before that frame must not be put away with it."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "d")
        await pilot.press(*"2024", "enter")
        await wait_for(pilot, lambda: timeline.highlighted_group().value == "2024")
        timeline.action_ask_date()  # at once, as the jump lands
        await pilot.press(*"2026")
        await settle(pilot)
        prompt = timeline.query_one("#timeline-jump")
        assert prompt.display and prompt.has_focus and prompt.value == "2026"


@pytest.mark.parametrize("step", ["_put_prompt_away", "_back_to_list"])
@sync
async def test_d_pressed_in_the_moment_a_jump_lands_opens_an_empty_prompt(
    app: NewsExploreApp, step: str
) -> None:
    """The prompt is put away in the frame showing the date, and the list takes the
    focus just after it; `d` pressed in either moment (keys in a burst) must get an
    empty prompt, not the last date typed, and keep it."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        original = getattr(timeline, step)

        def and_d_at_once() -> None:
            landing = timeline._jumping or step == "_back_to_list"  # the latter: jumps only
            original()
            if landing:
                timeline.action_ask_date()

        setattr(timeline, step, and_d_at_once)
        await press(pilot, "d")
        await pilot.press(*"2024", "enter")
        await wait_for(pilot, lambda: timeline.highlighted_group().value == "2024")
        setattr(timeline, step, original)
        await pilot.press(*"2026")
        await settle(pilot)
        prompt = timeline.query_one("#timeline-jump")
        assert prompt.display and prompt.has_focus and prompt.value == "2026"
        await pilot.press("escape")
        await settle(pilot)
        assert timeline.query_one("#timeline-list").has_focus


@sync
async def test_the_date_prompt_offers_esc_as_cancel_only_not_also_as_back(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "j", "enter", "f5", "j", "j", "enter")  # two places: Back has one
        await press(pilot, "f5", "d")
        assert timeline.query_one("#timeline-jump").has_focus
        screen = pilot.app.screen
        assert screen.back_stack
        shown = {b.binding.description for b in screen.active_bindings.values() if b.enabled}
        assert "Cancel" in shown and "Back" not in shown


async def jump_to_2024_pressing(pilot, timeline: TimelinePane, *keys: str) -> None:
    """Jump to 2024 and press `keys` while its date is still being read."""
    read_open, arrived = timeline._read_open, threading.Event()

    def slow_read(*args: object) -> object:
        arrived.wait(10)
        return read_open(*args)

    timeline._read_open = slow_read
    await press(pilot, "d")
    await pilot.press(*"2024", "enter", *keys)
    arrived.set()
    await settle(pilot)
    timeline._read_open = read_open


def prompt_shown(timeline: TimelinePane) -> bool:
    return timeline.query_one("#timeline-jump").display


@pytest.mark.parametrize("away", ["f2", "f3", "f4", "tab"])
@pytest.mark.parametrize("size", SIZES)
@sync
async def test_leaving_the_date_prompt_puts_it_away_as_esc_does(
    app: NewsExploreApp, size: tuple[int, int], away: str
) -> None:
    """The prompt stayed on the caption's line, unfocused and holding what was typed,
    once focus left it another way than Esc; `d` and F5 came back to it half typed."""
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)
        await press(pilot, "j")
        before = (listing.highlighted, visible_rows(timeline))
        await press(pilot, "d")
        await pilot.press(*"2024")
        await press(pilot, away)
        prompt = timeline.query_one("#timeline-jump")
        assert not prompt.has_focus
        assert not prompt_shown(timeline) and prompt.value == ""
        assert timeline.query_one("#timeline-caption").display
        await press(pilot, "f5")
        assert listing.has_focus and not prompt_shown(timeline)
        assert (listing.highlighted, visible_rows(timeline)) == before


@sync
async def test_leaving_the_prompt_as_its_jump_is_read_leaves_focus_where_the_user_went(
    app: NewsExploreApp,
) -> None:
    """The prompt of a jump is put away when the date arrives, and focus was then moved
    to the list: it must not be taken back from a pane the user moved to meanwhile."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump_to_2024_pressing(pilot, timeline, "f4")
        assert timeline.highlighted_group().value == "2024"  # the jump asked for is made
        assert not prompt_shown(timeline)
        assert app.screen.query_one("#speakers").has_focus_within


async def where_2024_lands(pilot, timeline: TimelinePane) -> int:
    """The row a jump to 2024 puts the cursor on; the list is then moved away from it."""
    await press(pilot, "d")
    await pilot.press(*"2024", "enter")
    await settle(pilot)
    landing = timeline.query_one("#timeline-list", OptionList).highlighted
    await press(pilot, "f5", "home")
    await settle(pilot)
    assert landing is not None
    return landing


def two_rows_below(listing: OptionList, row: int) -> int:
    """The row two `j` presses take the cursor to from `row` (headings of articles skipped)."""
    return [n for n in range(row + 1, listing.option_count) if not listing.options[n].disabled][1]


@sync
async def test_keys_typed_while_a_jump_is_read_move_in_the_list_it_lands_on(
    app: NewsExploreApp,
) -> None:
    """`j` pressed right after Enter (typed ahead, as fast typists do) went into the
    prompt, to be wiped with it when the date arrived."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        landing = await where_2024_lands(pilot, timeline)
        await jump_to_2024_pressing(pilot, timeline, "j", "j")
        listing = timeline.query_one("#timeline-list", OptionList)
        assert not prompt_shown(timeline) and listing.has_focus
        assert listing.highlighted == two_rows_below(listing, landing)


@sync
async def test_a_date_and_keys_after_it_in_one_burst_jump_then_move(app: NewsExploreApp) -> None:
    """`d2024⏎jj` arriving at once (a paste, a macro, a slow link): Enter was bound on
    the prompt, and a binding is looked up only once its key has bubbled up to the
    app, so the j's were typed into the prompt first and "2024jj" was refused."""
    from textual import events

    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        landing = await where_2024_lands(pilot, timeline)
        for key in ["d", *"2024", "enter", "j", "j"]:
            pilot.app.post_message(events.Key(key, key if len(key) == 1 else "\r"))
        await settle(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)
        assert not prompt_shown(timeline) and listing.has_focus
        assert listing.highlighted == two_rows_below(listing, landing)


@sync
async def test_a_second_date_typed_as_the_first_lands_is_the_one_jumped_to(
    app: NewsExploreApp,
) -> None:
    """Keys arriving as the first jump's date is shown, before the list has the focus
    (`d1987-06⏎` then `dMarch 1986⏎` a tenth of a second later), went into the hidden
    prompt: "dMarch 1986" was refused, or the focus was nowhere and they were lost."""
    from textual import events

    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        put_away = timeline._put_prompt_away

        def and_keys_at_once() -> None:
            jumping = timeline._jumping
            put_away()
            if jumping:
                timeline._put_prompt_away = put_away
                for key in ["d", *"2022", "enter"]:
                    pilot.app.post_message(events.Key(key, key if len(key) == 1 else "\r"))

        timeline._put_prompt_away = and_keys_at_once
        await press(pilot, "d")
        await pilot.press(*"2026", "enter")
        await settle(pilot)
        assert timeline.highlighted_group().value == "2022"
        assert not prompt_shown(timeline)
        assert timeline.query_one("#timeline-list").has_focus


@sync
async def test_a_jump_whose_read_fails_leaves_the_prompt_taking_keys(app: NewsExploreApp) -> None:
    """After Enter the prompt keeps keys for the list until the date arrives; when the
    read fails it never arrives, and the prompt must take keys again, its date kept."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)

        def failing_read(*args: object) -> object:
            raise RuntimeError("the index went away")

        read_open, timeline._read_open = timeline._read_open, failing_read
        await press(pilot, "d")
        await pilot.press(*"2024", "enter", "5")
        await settle(pilot)
        timeline._read_open = read_open
        prompt = timeline.query_one("#timeline-jump")
        assert prompt_shown(timeline) and prompt.has_focus and prompt.value == "20245"
        await pilot.press("backspace", "enter")
        await settle(pilot)
        assert timeline.highlighted_group().value == "2024" and not prompt_shown(timeline)


@pytest.mark.parametrize("size", SIZES)
@sync
async def test_a_heading_reads_the_same_when_opened_and_after_a_jump_to_it(
    election_app: NewsExploreApp, size: tuple[int, int]
) -> None:
    async with election_app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        opened = group_rows(timeline, "2026-05-05")[0]
        assert "in 2 articles" in opened, opened
        await press(pilot, "d")
        await pilot.press(*"2026-05-05", "enter")
        await wait_for(pilot, lambda: timeline.highlighted_group().value == "2026-05-05")
        await settle(pilot)
        assert group_rows(timeline, "2026-05-05")[0] == opened


@pytest.mark.parametrize("start", ["end", "home"], ids=["from Unresolved", "from the top"])
@sync
async def test_last_week_counts_from_the_corpus_period_wherever_the_cursor_is(
    app: NewsExploreApp, start: str
) -> None:
    """As the README and `timeline --around` say: from the month most articles were
    published in, not from the highlighted group (nor refused on Unresolved)."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, start)
        if start == "end":
            assert timeline.highlighted_group().value is None  # the Unresolved group
        library = app.library
        week = read_typed_date("last week", library.timeline_anchor())
        page = library.timeline_page(around=week)
        expected = page.groups[page.anchor].value
        await press(pilot, "d")
        await pilot.press(*"last week", "enter")
        await wait_for(pilot, lambda: timeline.highlighted_group().value == expected, expected)


STRIKES = """title: Talks resume after a week of strikes
date: 1987-03-10

Dockers struck last week across the ports, the union said.
Talks were held on 2 March 1987 and again on 5 March 1987.
Output fell in February, the ministry said.
"""


@sync
async def test_enter_on_a_week_heading_drills_into_its_days(tmp_path: Path) -> None:
    """Enter on "Week of 2 March 1987" does what it does on a month: the list narrows to
    that week, one heading a day, and `u` steps back out (it did nothing)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)
        week = next(g for g in timeline.groups if g.value == "1987-W10")
        listing.highlighted = listing.get_option_index(f"g{week.position}")
        await press(pilot, "enter")
        await wait_for(pilot, lambda: timeline.view.span is not None, "the drilled view")
        await settle(pilot)
        assert [g.value for g in timeline.groups] == ["1987-03-02", "1987-03-05", "1987-W10"]
        assert visible_rows(timeline)[0].startswith("Mon 2 March 1987")
        await press(pilot, "u")
        await wait_for(pilot, lambda: timeline.view.span is None, "the wider view")
        await settle(pilot)
        assert "1987-02" in [g.value for g in timeline.groups]


@sync
async def test_enter_on_more_keeps_the_cursor_and_the_list_where_they_were(
    election_app: NewsExploreApp,
) -> None:
    """Enter on "… N more" lists the rest of its group under the same heading: the cursor
    stays on that row, now the group's next date, and the list does not move."""
    async with election_app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)
        more = next(
            n
            for n in range(listing.option_count)
            if (listing.get_option_at_index(n).id or "").startswith("m")
        )
        listing.highlighted = more
        await settle(pilot)
        top = listing.scroll_y
        group = next(
            g for g in timeline.groups if f"m{g.position}" == listing.get_option_at_index(more).id
        )
        await press(pilot, "enter")
        await wait_for(
            pilot,
            lambda: any(
                g.position == group.position and len(g.events) == g.count for g in timeline.groups
            ),
            "the group opened",
        )
        await settle(pilot)
        chosen = listing.highlighted_option
        assert chosen is not None and (chosen.id or "").startswith("e")
        event = timeline.entry_at(chosen.id)
        assert event is not None and event.value == group.value
        assert listing.scroll_y == top
        assert any(row.startswith(group_label(group.value)) for row in visible_rows(timeline))


@sync
async def test_by_month_a_week_running_into_april_is_a_heading_of_its_own(
    tmp_path: Path,
) -> None:
    """`v` to months: "this week" said on 1 April 1987 (Monday 30 March to Sunday
    5 April) is not March's, as the month's range does not hold it: a heading of its
    own after March 1987, and Enter on March lists what its heading counts."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day in ("1987-04-01", "1987-03-04"):
        text = f"Title: Talks {day}\nDate: {day}\n\nTalks will resume this week, officials said.\n"
        (corpus / f"{day}.txt").write_text(text, encoding="utf-8")
    app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(80, 24)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "v")
        await wait_for(pilot, lambda: timeline.view.grouping == "month", "grouped by month")
        await settle(pilot)
        headings = [(g.value, g.count) for g in timeline.groups]
        assert ("1987-03", 1) in headings and ("1987-W14", 1) in headings, headings
        march = next(g for g in timeline.groups if g.value == "1987-03")
        listing = timeline.query_one("#timeline-list", OptionList)
        listing.highlighted = listing.get_option_index(f"g{march.position}")
        await press(pilot, "enter")
        await wait_for(pilot, lambda: timeline.view.span is not None, "the drilled view")
        await settle(pilot)
        assert sum(g.count for g in timeline.groups) == march.count == 1


@pytest.mark.parametrize("size", SIZES)
@sync
async def test_the_publication_dates_list_the_undated_article_last_in_its_own_group(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """One seed story has no date: `p` lists it under "Undated", counted, with its title,
    as the dates mentioned list their unresolved expressions; it was left out."""
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "p")
        await wait_for(pilot, lambda: timeline.view.dates == "published" and timeline.groups)
        await press(pilot, "end")
        await settle(pilot)
        group = timeline.highlighted_group()
        assert group is not None and (group.value, group.count, group.articles) == (None, 1, 1)
        rows = visible_rows(timeline)
        heading = next(n for n, row in enumerate(rows) if row.startswith("Undated"))
        assert rows[heading].startswith("Undated  1 article"), rows[heading]
        assert "Keir Starmer is personally" in rows[heading + 1]
        caption = str(timeline.query_one("#timeline-caption", Static).render())
        assert caption.startswith("1 publication date · 1 undated article · by day"), caption


@sync
async def test_enter_on_more_again_reads_on_until_every_undated_article_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A group larger than one read ("… N more" lists a few hundred at a time) is read on
    from where it stopped, so every undated article can be reached from `p`; Enter on
    "more" read the same first entries again, and the rest were never listed."""
    monkeypatch.setattr(timeline_module, "MORE_ENTRIES", 4)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dated.txt").write_text(
        "Title: Mill sold\nDate: 1987-03-05\n\nThe mill was sold on 2 March.\n"
    )
    names = [f"note{n}.txt" for n in range(11)]
    for name in names:
        (corpus / name).write_text(f"Title: Note {name}\n\nThe harbour board met to talk.\n")
    app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "p")
        await wait_for(pilot, lambda: timeline.view.dates == "published" and timeline.groups)
        await press(pilot, "end")
        await settle(pilot)
        listing = timeline.query_one("#timeline-list", OptionList)

        def undated() -> TimelineGroup:
            return next(g for g in timeline.groups if g.undated)

        reads = 0
        while len(undated().events) < undated().count and reads < 5:
            more = listing.get_option_index(f"m{undated().position}")
            shown = len(undated().events)
            listing.highlighted = more
            await press(pilot, "enter")
            await wait_for(
                pilot, lambda shown=shown: len(undated().events) > shown, "more of the group"
            )
            await settle(pilot)
            reads += 1
        listed = [e.article_id for e in undated().events]
        assert sorted(listed) == sorted(names), listed
        assert reads == 3  # 3 shown, then 4, 8 and all 11
        assert f"m{undated().position}" not in [o.id for o in listing.options]


def test_a_heading_counts_the_sources_it_does_not_name() -> None:
    from newsexplore.tui.widgets.timeline_rows import heading_row

    papers = (("The Post", 4), ("Wire", 3), ("Daily News", 2), ("Herald", 1), ("Star", 1))
    group = TimelineGroup(19870414, 19870414, "1987-04-14", 12, 11, papers, ())
    assert heading_row(group).plain.endswith(
        "12 dates in 11 articles · 5 sources: The Post, Wire, Daily News, …"
    )
    few = TimelineGroup(19870414, 19870414, "1987-04-14", 3, 2, papers[:2], ())
    assert heading_row(few).plain.endswith("3 dates in 2 articles · The Post, Wire")
