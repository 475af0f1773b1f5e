"""The date prompt (`d`) as a user reads it: where a jump lands, and what it says.

A relative form ("last week") counts from a day the user never chose, so the
prompt says which; a date past either end lands on the nearest dated heading,
never on "Unresolved"; a form it cannot read is refused with forms that work.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from textual.widgets import Input, Static
from textual.widgets._toast import Toast

from newsexplore.search import Library, Period
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets.timeline import TimelinePane, group_label
from tests.cli_support import run
from tests.test_tui_back import burst
from tests.test_tui_pilot import press, sync
from tests.test_tui_timeline import open_timeline
from tests.tui_support import Notices, wait_for, wait_until_settled


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    built.animation_level = "none"
    return built


async def jump(pilot, typed: str, timeline: TimelinePane | None = None) -> None:
    """`d`, the date typed, Enter; given the pane, until the date is shown."""
    await press(pilot, "d")
    await pilot.press(*typed, "enter")
    if timeline is not None:
        await wait_for(pilot, lambda: not timeline._jumping, "the jump")
        await pilot.pause()


def last_dated(timeline: TimelinePane) -> str | None:
    return [g.value for g in timeline.groups if g.value is not None][-1]


@pytest.mark.parametrize("typed", ["9999", "next year", "2099-12-31"])
@sync
async def test_a_date_past_the_last_lands_on_the_last_dated_heading_not_unresolved(
    app: NewsExploreApp, typed: str
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        assert any(g.value is None for g in timeline.groups), "the seeds have unresolved dates"
        await jump(pilot, typed, timeline)
        group = timeline.highlighted_group()
        assert group is not None and group.value is not None, "landed on Unresolved"
        assert group.value == last_dated(timeline)


@sync
async def test_a_date_before_the_first_lands_on_the_first_heading(app: NewsExploreApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, "1066", timeline)
        assert not timeline.more_before
        assert timeline.highlighted_group() == timeline.groups[0]


def shown_note(timeline: TimelinePane) -> str:
    """The jump's note as the screen shows it, or "" when it is not shown."""
    note = timeline.query_one("#timeline-note", Static)
    return str(note.render()) if note.display else ""


@pytest.mark.parametrize("typed", ["last week", "yesterday"])
@sync
async def test_a_relative_date_says_the_day_it_counts_from(app: NewsExploreApp, typed) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        day = app.library.timeline_anchor()
        await jump(pilot, typed, timeline)
        told = shown_note(timeline)
        assert told.startswith(typed), told
        assert f"{day.day} January {day.year}, the first day of the busiest month" in told


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_a_jumps_note_covers_no_row_of_the_list_and_stays(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """What "last week" counted from was a toast over the right half of the rows the
    user had just jumped to, for five seconds: it is the line under the chart now,
    beside no row, and it stays until the list is read anew."""
    notices = Notices()
    async with app.run_test(size=size, message_hook=notices, notifications=True) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, "last week", timeline)
        listing = timeline.query_one("#timeline-list")
        over = [t.region for t in app.screen.query(Toast) if t.region.overlaps(listing.region)]
        assert over == [] and not [m for m in notices.messages if "counted from" in m]
        note = timeline.query_one("#timeline-note", Static)
        assert "counted from" in shown_note(timeline), shown_note(timeline)
        assert not note.region.overlaps(listing.region)
        await pilot.press("down", "down")
        assert "counted from" in shown_note(timeline)
        await press(pilot, "v")  # by month: a list read anew, of no jump
        await wait_for(pilot, lambda: timeline.view.grouping == "month", "the month view")
        await wait_until_settled(pilot)
        assert shown_note(timeline) == ""


@sync
async def test_an_absolute_date_says_nothing_of_a_day_counted_from(app: NewsExploreApp) -> None:
    notices = Notices()
    async with app.run_test(size=(120, 40), message_hook=notices) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, "2024", timeline)
        assert not [m for m in notices.messages if "from" in m], notices.messages
        assert shown_note(timeline) == ""


@sync
async def test_a_numeric_date_it_cannot_read_is_refused_with_forms_that_work(
    app: NewsExploreApp,
) -> None:
    notices = Notices()
    async with app.run_test(size=(120, 40), message_hook=notices) as pilot:
        timeline = await open_timeline(pilot)
        # "3/4/87" is a date now that two-digit years are read; no month is 13.
        await jump(pilot, "13/13/87")
        await wait_for(pilot, lambda: notices.any("13/13/87"), "a notification")
        told = notices.messages[-1]
        # The forms offered are dates of the corpus's own period, not 1987's on any corpus.
        offered = timeline._reference_day().isoformat()
        assert "13/13/87" in told and offered in told and "last week" in told, told
        assert "1987" not in told.replace("13/13/87", "")
        assert timeline.query_one("#timeline-jump").display  # the prompt stays to be corrected


@sync
async def test_a_date_arriving_in_one_burst_with_d_lands_whole_in_the_prompt(
    app: NewsExploreApp,
) -> None:
    """A paste, a key macro or a slow SSH link hands `d` and the date over at once:
    the keys after `d` go to the prompt, and the Enter jumps rather than opening the
    article under the cursor."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        start = timeline.highlighted_group()
        assert start is not None and start.value != "2024"
        # `pilot.press` lets the app idle after each key, which no burst does.
        await burst(pilot, "d", "2", "0", "2", "4", "enter")
        await wait_for(pilot, lambda: not timeline.query_one("#timeline-jump").display, "the jump")
        await wait_for(pilot, lambda: not timeline._jumping, "the jump")
        group = timeline.highlighted_group()
        assert group is not None and group.value == "2024"
        assert app.screen.reader.article is None  # the Enter opened nothing
        assert app.screen.focused is timeline.query_one("#timeline-list")


@sync
async def test_d_still_types_a_d_in_every_box(app: NewsExploreApp) -> None:
    """`d` jumps only from the timeline's list: in the date prompt, the search box and
    the speaker filter it is a letter ("Wed", "Dudley")."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await burst(pilot, "d", "w", "e", "d")
        prompt = timeline.query_one("#timeline-jump", Input)
        assert prompt.value == "wed"
        await press(pilot, "escape", "slash")
        await burst(pilot, "d", "u", "d")
        assert app.screen.query_one("#query", Input).value == "dud"
        await press(pilot, "escape", "f4", "slash")
        await burst(pilot, "d", "d")
        assert app.screen.query_one("#speaker-filter", Input).value == "dd"
        assert not prompt.display


def test_a_page_around_a_day_past_every_date_ends_on_the_last_dated_group(
    seeds_dir: Path, tmp_path: Path
) -> None:
    library = Library([seeds_dir], tmp_path / "index")
    for _ in library.update():
        pass
    page = library.timeline_page(around="9999", before=4, after=12)
    assert page.groups[page.anchor].value is not None
    assert page.groups[page.anchor].value == [g.value for g in page.groups if g.value][-1]


@sync
async def test_what_the_prompt_says_shows_a_pasted_control_character_literally(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "d")
        timeline.query_one("#timeline-jump").value = "yesterday\x1b"  # as pasted
        await press(pilot, "enter")
        await wait_for(pilot, lambda: not timeline._jumping, "the jump")
        await pilot.pause()
        told = shown_note(timeline)
        assert told.startswith("yesterday") and "\x1b" not in told and "␛" in told, told


@sync
async def test_a_relative_date_with_no_date_in_the_corpus_says_so(tmp_path: Path) -> None:
    """ "last week" is a date the prompt reads, but a corpus with no date at all has no
    period to count it from: the prompt says that, not that it cannot read the words."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "talks.txt").write_text("The talks resumed on Monday, the union said.\n")
    app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    notices = Notices()
    async with app.run_test(size=(120, 40), message_hook=notices) as pilot:
        await open_timeline(pilot)
        await jump(pilot, "last week")
        await wait_for(pilot, lambda: notices.any("'last week'"), "a notification")
        told = notices.messages[-1]
        assert "'last week'" in told and "no article here has a date" in told, told
        assert "Not a date I can read" not in told


@pytest.mark.parametrize(("typed", "said"), [("2025", "2025"), ("2023-06", "June 2023")])
@sync
async def test_a_jump_to_a_period_with_no_dates_says_where_it_landed(
    app: NewsExploreApp, typed: str, said: str
) -> None:
    """It landed on the nearest date without a word, which read as the date asked for."""
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, typed, timeline)
        landed = group_label(timeline.highlighted_group().value)
        assert shown_note(timeline) == f"No dates in {said}; the nearest is {landed}."


@sync
async def test_a_jump_to_a_period_with_dates_says_nothing_of_the_nearest(
    app: NewsExploreApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        for typed in ("2025", "2026-01", "2024", "2026-01-08"):
            await jump(pilot, typed, timeline)
        assert shown_note(timeline) == "", "the note of the jump to 2025 stayed"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_f5_and_a_date_in_one_burst_from_a_text_box_jump(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """F5 handed over with the keys after it, from the speaker filter: the `d` and the
    date had gone into the filter, as F5 had not yet moved the focus."""
    async with app.run_test(size=size) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "f4", "slash")
        speaker_filter = app.screen.query_one("#speaker-filter", Input)
        assert speaker_filter.has_focus
        await burst(pilot, "f5", "d", "2", "0", "2", "4", "enter")
        await wait_for(pilot, lambda: not timeline._jumping, "the jump")
        assert speaker_filter.value == ""
        group = timeline.highlighted_group()
        assert group is not None and group.value == "2024"


async def told_of_a_jump(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path, reference: str, typed: str
) -> list[str]:
    """What the app said of a jump to `typed` on the seeds run with `--reference-date`."""
    app = make_app(
        [seeds_dir],
        index_dir=seeds_index,
        export_dir=tmp_path,
        reference_date=Period.read(reference),
    )
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, typed, timeline)
        return [told] if (told := shown_note(timeline)).startswith(typed) else []


@pytest.mark.parametrize(
    ("typed", "landed"),
    [
        ("last week", "Week of 3 June 2024"),
        ("yesterday", "Tue 11 June 2024"),
        ("last month", "May 2024"),
        ("next year", "2025"),
    ],
)
@sync
async def test_with_a_reference_date_a_relative_date_counts_from_it(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path, typed: str, landed: str
) -> None:
    """Given `--reference-date`, "last week" counted from the busiest month (January
    2026 on the seeds) all the same: it counts from the day given, and says so."""
    told = await told_of_a_jump(seeds_dir, seeds_index, tmp_path, "2024-06-12", typed)
    assert told
    assert "counted from Wed 12 June 2024, the --reference-date" in told[0], told[0]
    # Where no date falls in it (past the seeds' last), it says where it landed too.
    assert told[0].split(", with no dates; the nearest is ")[0].endswith(f": {landed}"), told


@sync
async def test_a_reference_month_counts_from_its_first_day_and_says_so(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path
) -> None:
    told = await told_of_a_jump(seeds_dir, seeds_index, tmp_path, "2024-06", "next month")
    assert told and told[0].startswith(
        "next month (counted from Sat 1 June 2024, the first day of --reference-date"
        " 2024-06): July 2024, "
    ), told


def small_corpus(tmp_path: Path, sentences: list[str]) -> Path:
    """Made-up articles, one a sentence, each dated 1 March 2024 (before every date they name)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, sentence in enumerate(sentences):
        (corpus / f"story{n}.txt").write_text(
            f"Title: Story {n}\nDate: 2024-03-01\n\n{sentence}\n", encoding="utf-8"
        )
    return corpus


NEAR_DATES = [
    "The festival opened on 15 May 2024, organisers said.",
    "The festival closed on 18 May 2024, the council said.",
    "The bank reported results on 30 September 2024.",
    "The tax will rise in 2025, the minister said.",
]


@pytest.mark.parametrize(
    ("asked", "landed"),
    [
        ("2024-05-16", "2024-05-15"),  # the earlier one is nearer
        ("2024-05-17", "2024-05-18"),  # the later one is nearer
        ("2024-10-02", "2024-09-30"),  # a day two days back, not a year 91 days on
        ("2024-12-31", "2025"),  # the year is a day on, 30 September 92 days back
        ("2024-05-18", "2024-05-18"),  # a date in it: its own
    ],
)
def test_a_page_around_a_day_with_no_dates_opens_on_the_nearest_either_side(
    tmp_path: Path, asked: str, landed: str
) -> None:
    """It opened on the first date after the day asked, however much nearer the
    one before: 16 May opened on 18 May with 15 May a day back."""
    library = Library([small_corpus(tmp_path, NEAR_DATES)], tmp_path / "index")
    for _ in library.update():
        pass
    page = library.timeline_page(around=asked, before=4, after=12)
    assert page.groups[page.anchor].value == landed


def test_a_tie_opens_on_the_earlier_date(tmp_path: Path) -> None:
    """Read downwards from the earlier date, the later one is in sight just below."""
    sentences = [*NEAR_DATES, "The talks resumed on 14 May 2024, officials said."]
    library = Library([small_corpus(tmp_path, sentences[1:])], tmp_path / "index")
    for _ in library.update():
        pass
    page = library.timeline_page(around="2024-05-16", before=4, after=12, grouping="day")
    assert page.groups[page.anchor].value == "2024-05-14"  # and 18 May, two days either side
    # By month, a day of a month with dates opens on that month.
    page = library.timeline_page(around="2024-05-30", before=4, after=12, grouping="month")
    assert page.groups[page.anchor].low == 20240500


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        ("2024-05-16", "No dates on Thu 16 May 2024; the nearest is Wed 15 May 2024."),
        ("2024-05-17", "No dates on Fri 17 May 2024; the nearest is Sat 18 May 2024."),
        ("2024-10-02", "No dates on Wed 2 October 2024; the nearest is Mon 30 September 2024."),
        ("2024-11", "No dates in November 2024; the nearest is Mon 30 September 2024."),
    ],
)
@sync
async def test_a_jump_with_no_dates_names_the_nearest_either_side(
    tmp_path: Path, typed: str, told: str
) -> None:
    app = make_app(
        [small_corpus(tmp_path, NEAR_DATES)], index_dir=tmp_path / "index", export_dir=tmp_path
    )
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, typed, timeline)
        assert shown_note(timeline) == told


TALKS = {
    "feb.txt": "Date: 1987-02-10\n\nTalks were held last week, and again on 6 February.",
    "mill.txt": "Date: 1987-03-05\n\nThe mill closed on 2 March 1987 and its owners will meet"
    " this weekend. Work will resume in the summer of 1987.",
}


@pytest.mark.parametrize(
    ("typed", "told", "listed"),
    [
        ("1990", "No dates in 1990; the nearest is Summer 1987.", "1987-SU"),
        (
            "1987-02-15",
            "No dates on Sun 15 February 1987; the nearest is Week of 2 February 1987.",
            "1987-W06",
        ),
        ("1987-07-15", "No dates on Wed 15 July 1987; the nearest is Summer 1987.", "1987-SU"),
        ("1987-W10-WE", "", "1987-W10-WE"),
    ],
)
@sync
async def test_a_jump_lands_on_the_date_around_lists_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str, told: str, listed: str
) -> None:
    """One nearest for both: the app named the week of 2 to 8 February around 15
    February while `timeline --around 1987-02-15 --limit 1` gave 6 February; a season was weighed as if it
    began on 1 January; and the weekend value the timeline writes was refused."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TALKS.items():
        (corpus / name).write_text(f"Title: {name}\n{text}\n", encoding="utf-8")
    app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, typed, timeline)
        assert shown_note(timeline) == told
        assert timeline.highlighted_group().value == listed
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    args = ["timeline", "--dates", "mentioned", "--around", typed, "--limit", "1"]
    code, out, err = run([*args, "--format", "csv", *where], capsys)
    assert code == 0, err
    assert [row["value"] for row in csv.DictReader(io.StringIO(out))] == [listed]


STRIKE = (
    "Title: The strike\n\n"
    "On March 3, 2023 the dock workers walked out. The next day the port was closed."
    " Two days later the talks began again. The union said last week that a vote is due.\n"
)
COUNCIL = (
    "Title: Council budget\n\n"
    "The council met yesterday and agreed the budget. Rates will rise next month.\n"
)

OLD = "Title: The old mill\n\nThe mill closed yesterday after a century.\n"


def undated_folders(tmp_path: Path, folders: dict[str, tuple[str | None, list[str]]]) -> Path:
    """A corpus of undated stories: folder name -> (its settings date or None, its stories)."""
    corpus = tmp_path / "corpus"
    for name, (setting, texts) in folders.items():
        folder = corpus / name if name else corpus
        folder.mkdir(parents=True, exist_ok=True)
        if setting is not None:
            (folder / "newsexplore.cfg").write_text(f"# desk\ndate: {setting}\n", encoding="utf-8")
        for n, text in enumerate(texts):
            (folder / f"story{n}.txt").write_text(text, encoding="utf-8")
    return corpus


async def told_and_landed(corpus: Path, tmp_path: Path, typed: str) -> tuple[str, str]:
    """What the app's `d` said of `typed` and the value of the heading it landed on."""
    app = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await jump(pilot, typed, timeline)
        return shown_note(timeline), timeline.highlighted_group().value


def around_cli(corpus: Path, tmp_path: Path, typed: str, capsys) -> tuple[str, list[str]]:
    """What `timeline --around TYPED --limit 1` said on stderr, and the values it listed."""
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    args = ["timeline", "--dates", "mentioned", "--around", typed, "--limit", "1"]
    code, out, err = run([*args, "--format", "csv", *where], capsys)
    assert code == 0, err
    notes = [line for line in err.splitlines() if "counted from" in line]
    return " ".join(notes), [row["value"] for row in csv.DictReader(io.StringIO(out))]


@pytest.mark.parametrize(
    ("folders", "said", "cfg", "nearest"),
    [
        (  # one folder: every ≈ date in it counts from 2024-05-01, and so does "last week"
            {"": ("2024-05-01", [STRIKE, COUNCIL])},
            "Wed 1 May 2024, the date in settings file {cfg}, line 2",
            "newsexplore.cfg",
            "2024-W17",
        ),
        (  # a month only: its first day, as --reference-date 2024-05 counts
            {"": ("2024-05", [STRIKE, COUNCIL])},
            "Wed 1 May 2024, the first day of 2024-05, the date in settings file {cfg}, line 2",
            "newsexplore.cfg",
            "2024-06",  # "last week" and "yesterday" need a day: "next month" is nearest
        ),
        (  # two folders at odds: the date most undated stories count from, and how many
            {"desk": ("2024-05-01", [STRIKE, COUNCIL]), "old": ("2019-01-10", [OLD])},
            "Wed 1 May 2024, the date 2 of the 3 undated articles count from,"
            " in settings file {cfg}, line 2",
            "desk/newsexplore.cfg",
            "2024-W17",
        ),
    ],
    ids=["one file", "a month", "the most common"],
)
@sync
async def test_undated_stories_count_a_typed_date_from_their_settings_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folders, said: str, cfg: str, nearest: str
) -> None:
    """The strike story tells of March 2023 more than of anything else, and "last week"
    was counted from 1 March 2023, "the first day of the busiest month", although the
    folder's settings say its stories were written on 1 May 2024 and every ≈ date in
    them counts from that day. The app's `d` and `--around` both count from it now."""
    corpus = undated_folders(tmp_path, folders)
    said = said.format(cfg=(corpus / cfg).resolve())
    told, landed = await told_and_landed(corpus, tmp_path, "last week")
    assert told.startswith(f"last week (counted from {said}): Week of 22 April 2024"), told
    note, listed = around_cli(corpus, tmp_path, "last week", capsys)
    assert note == f"newsexplore: warning: --around 'last week' counted from {said}"
    assert listed == [landed] == [nearest]


@sync
async def test_with_no_publication_date_nor_settings_a_typed_date_counts_from_the_month_most_mentioned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "the first day of the busiest month" of a month no story was published in."""
    corpus = undated_folders(tmp_path, {"": (None, [STRIKE])})
    said = "Wed 1 March 2023, the first day of the month most mentioned (no article has a publication date)"
    told, landed = await told_and_landed(corpus, tmp_path, "yesterday")
    assert told.startswith(f"yesterday (counted from {said}): "), told
    note, listed = around_cli(corpus, tmp_path, "yesterday", capsys)
    assert note == f"newsexplore: warning: --around 'yesterday' counted from {said}"
    assert listed == [landed]
