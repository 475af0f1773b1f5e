"""`e` in the timeline: every entry the list holds in its view, not the rows read so far.

The list reads a few groups at a time and a few entries under each heading; an
export of what happened to be loaded (47 of 56,389 dates on a news archive)
passed for the whole chronology. These tests export views far larger than a
page and compare the file with what `newsexplore timeline` writes for the same
view.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from newsexplore.search import EVENT_COLUMNS, event_target
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.collect_dialogs import ExportDialog
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.cli_support import run
from tests.test_tui_pilot import press, sync, type_text
from tests.test_tui_timeline import open_timeline
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle

DAYS = 50
"""Articles, one a day from 1 March 1987: more days than the list reads at first."""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Each article names its own day and 1 March 1987, so that day's heading holds far
    more entries than it shows; every third one is about rain, for a query."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(DAYS):
        day = dt.date(1987, 3, 1) + dt.timedelta(days=n)
        weather = " Rain fell all day." if n % 3 == 0 else ""
        text = (
            f"title: Market diary {n}\ndate: {day.isoformat()}\n\n"
            f"The market rose on {day:%d %B %Y}.{weather} Traders still spoke of 1 March 1987.\n"
        )
        (folder / f"day{n:02}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def app(corpus: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app(
        [corpus],
        index_dir=tmp_path / "index",
        export_dir=tmp_path / "out",
        store_path=tmp_path / "user.sqlite3",
    )
    built.animation_level = "none"
    return built


def cli_rows(capsys, tmp_path: Path, corpus: Path, *args: str) -> list[dict]:
    """What `newsexplore timeline --format jsonl` writes for the same view."""
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    code, out, err = run(["timeline", *args, "--format", "jsonl", *where], capsys)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def dialog_title(app: NewsExploreApp) -> str:
    return str(app.screen.query_one(".dialog-title", Static).render())


def caption(timeline: TimelinePane) -> str:
    return str(timeline.query_one("#timeline-caption", Static).render())


async def export_jsonl(pilot) -> Path:
    """Write the open export dialog's rows as JSONL; the path written."""
    app = pilot.app
    await pilot.click("#format-jsonl")
    await settle(pilot)
    target = Path(app.screen.query_one("#export-path", Input).value)
    await pilot.click("#export-write")
    await settle(pilot)
    await wait_for(pilot, target.exists, "the export written")
    return target


def entry_fields(rows: list[dict]) -> list[dict]:
    """Each row's own columns, the ones `newsexplore timeline` writes."""
    return [{name: row[name] for name in EVENT_COLUMNS} for row in rows]


@sync
async def test_e_exports_every_date_of_the_timeline_not_only_the_rows_read(
    app: NewsExploreApp, corpus: Path, tmp_path: Path, capsys
) -> None:
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        timeline = await open_timeline(pilot)
        shown = len(timeline.entries)
        assert shown < 2 * DAYS and timeline.more_after  # the list read only a part
        noted = timeline.entries[-1]
        article = app.library.article(noted.article_id)
        app.store.marks.add(event_target(noted, article), note="check the day")
        await press(pilot, "e")
        assert isinstance(app.screen, ExportDialog)
        assert dialog_title(app) == f"Export {2 * DAYS} dates"
        target = await export_jsonl(pilot)
        assert target.name == "timeline-dates-mentioned.jsonl"
        rows = [json.loads(line) for line in target.read_text().splitlines()]
        assert f"Wrote {2 * DAYS} dates to {target}" in told.messages, told.messages
    assert len(rows) == 2 * DAYS
    assert entry_fields(rows) == cli_rows(capsys, tmp_path, corpus, "--dates", "mentioned")
    assert all(row["title"] and row["date"] for row in rows)  # each cites its article
    marked = [row for row in rows if row["marked"]]
    assert [(r["article_id"], r["start"], r["note"]) for r in marked] == [
        (noted.article_id, noted.start, "check the day")
    ]


@sync
async def test_e_on_publication_dates_exports_every_publication_date(
    app: NewsExploreApp, corpus: Path, tmp_path: Path, capsys
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await open_timeline(pilot)
        await press(pilot, "p")
        await wait_for(pilot, lambda: caption(timeline).startswith(f"{DAYS} publication dates"))
        await press(pilot, "e")
        assert dialog_title(app) == f"Export {DAYS} dates"
        target = await export_jsonl(pilot)
        assert target.name == "timeline-publication-dates.jsonl"
        rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert entry_fields(rows) == cli_rows(capsys, tmp_path, corpus, "--dates", "published")


@sync
async def test_e_in_a_drilled_month_of_a_search_exports_that_month_of_its_dates(
    app: NewsExploreApp, corpus: Path, tmp_path: Path, capsys
) -> None:
    """The query, the grouping and the period drilled into all hold: the file has the
    dates the caption counts, in the order listed, and its name says which."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "rain")
        await press(pilot, "enter")
        timeline = await open_timeline(pilot)
        await press(pilot, "v", "d")
        await type_text(pilot, "1987-03")
        await press(pilot, "enter")
        assert timeline.highlighted_group().value == "1987-03"
        await press(pilot, "enter")
        await wait_for(pilot, lambda: "· 1987-03 (u: widen)" in caption(timeline))
        counted = int(caption(timeline).split()[0])
        await press(pilot, "e")
        assert dialog_title(app) == f"Export {counted} dates"
        target = await export_jsonl(pilot)
        assert target.name == "timeline-rain-dates-mentioned-1987-03.jsonl"
        rows = [json.loads(line) for line in target.read_text().splitlines()]
    expected = cli_rows(
        capsys, tmp_path, corpus, "rain", "--dates", "mentioned", "--from", "1987-03", "--to",
        "1987-03",
    )  # fmt: skip
    assert len(rows) == counted == len(expected) > 0
    assert entry_fields(rows) == expected


@sync
async def test_a_timeline_export_is_read_in_the_background(
    app: NewsExploreApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading every date of a large archive takes seconds: the dialog opens at once, keys
    work while the rows are read, and the file appears whole."""
    held, reading = threading.Event(), threading.Event()
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        timeline = await open_timeline(pilot)
        every = app.library.timeline_entries

        def slow_entries(**options):
            reading.set()
            held.wait(10)
            return every(**options)

        monkeypatch.setattr(app.library, "timeline_entries", slow_entries)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog), "the dialog")
        assert not reading.is_set()  # counting the rows read none of them
        await pilot.press("enter")
        await wait_for(pilot, reading.is_set, "the export reading the dates")
        target = tmp_path / "out" / "timeline-dates-mentioned.csv"
        listing = timeline.query_one("#timeline-list")
        before = listing.highlighted
        await pilot.press("j")
        await wait_for(pilot, lambda: listing.highlighted != before, "the cursor moving")
        assert not target.exists()
        held.set()
        await wait_for(pilot, target.exists, "the export written")
        await settle(pilot)
        assert len(target.read_text().splitlines()) == 2 * DAYS + 1
        assert f"Wrote {2 * DAYS} dates to {target}" in told.messages, told.messages


def held_halfway(app: NewsExploreApp, monkeypatch: pytest.MonkeyPatch, until: Callable[[], bool]):
    """Make the export's read of the dates stop after half of them until `until()` holds
    (10 s at most), as a slow archive would; returns events set once it has stopped there
    and once the read is over (every date read, or the read let go of)."""
    every, halfway, over = app.library.timeline_entries, threading.Event(), threading.Event()

    def slow_entries(**options):
        try:
            for number, entry in enumerate(every(**options)):
                if number == DAYS:
                    halfway.set()
                    deadline = time.monotonic() + 10
                    while not until() and time.monotonic() < deadline:
                        time.sleep(0.01)
                yield entry
        finally:
            over.set()

    monkeypatch.setattr(app.library, "timeline_entries", slow_entries)
    return halfway, over


async def start_export(pilot) -> None:
    """`e`, then Enter in the dialog, without waiting for the export to end."""
    await pilot.press("e")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportDialog), "the dialog")
    await pilot.press("enter")
    await pilot.pause()


def export_status(app: NewsExploreApp) -> str:
    status = app.screen.query_one("ExportStatus", Static)
    return str(status.render()) if status.display else ""


@sync
async def test_a_timeline_export_counts_its_rows_on_screen_as_it_writes_them(
    app: NewsExploreApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Half a minute on a news archive with a toast at the start only: the user could not
    tell whether it still ran. A line counts the rows written while the rest are read,
    goes when the file is there, and a notice names the file and its rows."""
    told, held = Notices(), threading.Event()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await open_timeline(pilot)
        halfway, _over = held_halfway(app, monkeypatch, held.is_set)
        await start_export(pilot)
        await wait_for(pilot, halfway.is_set, "the export half read")
        target = tmp_path / "out" / "timeline-dates-mentioned.csv"
        counted = f"Exporting {DAYS} of {2 * DAYS} dates (50%) to "

        def says_so() -> bool:  # the path, or as much of its end as the row holds
            line = export_status(app)
            shown = line.removeprefix(counted).removeprefix("…")
            return line.startswith(counted) and str(target).endswith(shown) and "csv" in shown

        await wait_for(pilot, says_so, f"the line {counted!r}")
        assert not target.exists()
        held.set()
        await wait_for(pilot, target.exists, "the export written")
        await wait_for(pilot, lambda: export_status(app) == "", "the line gone")
        await settle(pilot)
        assert f"Wrote {2 * DAYS} dates to {target}" in told.messages, told.messages
    assert len(target.read_text().splitlines()) == 2 * DAYS + 1


@sync
async def test_the_progress_line_keeps_to_one_row_at_80_columns(
    app: NewsExploreApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long path wrapped the line onto a second row at 80 columns; the count and the
    file's name are what must show, the folders give way."""
    held = threading.Event()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_timeline(pilot)
        halfway, _over = held_halfway(app, monkeypatch, held.is_set)
        await start_export(pilot)
        await wait_for(pilot, halfway.is_set, "the export half read")
        name = "timeline-dates-mentioned.csv"
        start = f"Exporting {DAYS} of {2 * DAYS} dates (50%) to …"
        await wait_for(pilot, lambda: export_status(app).startswith(start), "the line")
        line = export_status(app)
        assert "\n" not in line and len(line) <= 78 and line.endswith(name), line
        held.set()
        await wait_for(pilot, lambda: export_status(app) == "", "the line gone")


@sync
async def test_quitting_during_an_export_stops_it_and_writes_nothing(
    app: NewsExploreApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app closed but the export went on behind it, the terminal waiting for it, and
    a file appeared after the user had left."""
    out = tmp_path / "out"
    async with app.run_test(size=(120, 40)) as pilot:
        await open_timeline(pilot)
        worker_cancelled = lambda: all(w.is_cancelled for w in app.workers if w.group == "export")  # noqa: E731
        halfway, over = held_halfway(app, monkeypatch, worker_cancelled)
        await start_export(pilot)
        await wait_for(pilot, halfway.is_set, "the export half read")
        await pilot.press("q")
    assert over.wait(15)
    time.sleep(0.5)  # time enough to write the rest and rename it, were it written
    assert list(out.iterdir()) == []  # neither the file nor its temporary part
    assert app.exports.stopped == [out / "timeline-dates-mentioned.csv"]


@sync
async def test_a_second_export_to_a_file_still_being_written_is_refused(
    app: NewsExploreApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two exports racing to replace one file: the later rows won, and neither the
    overwrite question (the file was not there yet) nor the notices said so."""
    told, held = Notices(), threading.Event()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await open_timeline(pilot)
        halfway, _over = held_halfway(app, monkeypatch, held.is_set)
        await start_export(pilot)
        await wait_for(pilot, halfway.is_set, "the export half read")
        await start_export(pilot)
        target = tmp_path / "out" / "timeline-dates-mentioned.csv"
        warning = str(app.screen.query_one("#export-warning", Static).render())
        assert warning == f"{target} is still being written by an export; give another name."
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("escape")
        held.set()
        await wait_for(pilot, target.exists, "the export written")
        await settle(pilot)
        assert [m for m in told.messages if m.startswith("Wrote")] == [
            f"Wrote {2 * DAYS} dates to {target}"
        ]
