"""The first open of a messy corpus: no stop on a list of notices, one notification
counting problems by kind, and a Problems view listing them worst first."""

from __future__ import annotations

import asyncio
import itertools
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import OptionList, ProgressBar, Static

from newsexplore.search import (
    Correction,
    Library,
    NewsExploreError,
    Problem,
    Progress,
    UserStore,
)
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.indexing import IndexingScreen
from newsexplore.tui.screens.main import MainScreen
from newsexplore.tui.screens.problems import ProblemsScreen
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle

LEGACY = "Café crème and naïve \u201cquotes\u201d \u2013 the déjà vu season."


def scraped_copy(seeds_dir: Path, tmp_path: Path, copies: int = 3) -> Path:
    """The seeds as a scraper leaves them: copies, a cp1252 file and a broken feed."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    first = sorted(corpus.glob("*.txt"))[0]
    for n in range(copies):
        shutil.copy(first, corpus / f"copy-{n}.txt")
    (corpus / "legacy.txt").write_bytes(LEGACY.encode("cp1252"))
    return corpus


def messy_app(corpus: Path, tmp_path: Path) -> NewsExploreApp:
    app = make_app([corpus], index_dir=tmp_path / "index", store_path=tmp_path / "store.db")
    app.animation_level = "none"
    return app


def listed(screen: ProblemsScreen) -> list[str]:
    problems = screen.query_one("#problems-list", OptionList)
    while problems.has_more:
        problems.add_page()
    return [str(problems.get_option_at_index(i).prompt) for i in range(problems.option_count)]


async def problems_listed(pilot, app: NewsExploreApp) -> list[str]:
    """Press `!` and read the Problems view it opens, a problem or a heading a line."""
    await pilot.press("exclamation_mark")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, ProblemsScreen)
    return listed(screen)


async def says_index_not_updated(pilot, app: NewsExploreApp) -> None:
    """The Problems view opens on the index not brought up to date, and why."""
    lines = await problems_listed(pilot, app)
    assert lines[0].splitlines()[0] == "1 index not brought up to date", lines
    assert "no space left on device" in lines[1], lines


def test_a_first_build_with_duplicates_opens_on_the_main_screen(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = messy_app(scraped_copy(seeds_dir, tmp_path), tmp_path)

    notices = Notices()

    async def run() -> None:
        async with app.run_test(size=(120, 40), message_hook=notices) as pilot:
            await settle(pilot)  # no key pressed
            assert isinstance(app.screen, MainScreen)
            about = [line for line in notices.titled if "duplicate" in line]
            assert about == [
                "Indexed with problems: 1 file decoded as cp1252, 3 duplicates; "
                "no file unreadable. Press ! to list them."
            ]

    asyncio.run(run())


def test_the_problems_view_lists_kinds_worst_first_and_goes_back(
    seeds_dir: Path, tmp_path: Path
) -> None:
    corpus = scraped_copy(seeds_dir, tmp_path)
    (corpus / "feed.jsonl").write_text('{"id": "x", "text": \n{"id": "[b]y[/b]", "text": "ok"}\n')
    app = messy_app(corpus, tmp_path)

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("exclamation_mark")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, ProblemsScreen)
            lines = listed(screen)
            headings = [line for line in lines if not line.startswith("\u00a0")]
            assert [h.strip().splitlines()[0] for h in headings] == [
                "1 record skipped",
                "1 file decoded as cp1252",
                "3 duplicates",
            ]
            assert lines[1].startswith("\u00a0\u00a0feed.jsonl:1  not valid JSON")
            title = str(screen.query_one("#problems-title", Static).render())
            assert "1 record skipped, 1 file decoded as cp1252, 3 duplicates" in title
            problems = screen.query_one("#problems-list", OptionList)
            assert problems.has_focus and problems.highlighted == 1
            await pilot.press("j")
            assert problems.highlighted == 3  # past the next heading
            await pilot.press("k")
            assert problems.highlighted == 1
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, MainScreen)

    asyncio.run(run())


def test_the_palette_opens_the_problems_view(seeds_dir: Path, tmp_path: Path) -> None:
    app = messy_app(scraped_copy(seeds_dir, tmp_path), tmp_path)

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p")
            await pilot.press(*"problems")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ProblemsScreen)

    asyncio.run(run())


def test_the_problems_of_the_last_build_are_listed_after_a_restart(
    seeds_dir: Path, tmp_path: Path
) -> None:
    corpus = scraped_copy(seeds_dir, tmp_path, copies=2)
    for _ in Library([corpus], tmp_path / "index").update():
        pass
    app = messy_app(corpus, tmp_path)

    notices = Notices()

    async def run() -> None:
        async with app.run_test(size=(120, 40), message_hook=notices) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, MainScreen)
            assert not [line for line in notices.titled if "duplicate" in line]  # told at build
            await pilot.press("exclamation_mark")
            await settle(pilot)
            assert isinstance(app.screen, ProblemsScreen)
            assert sum("same text as" in line for line in listed(app.screen)) == 2

    asyncio.run(run())


GONE_RENAME = Correction("rename", "jo-bloggs", "Jo B.", names='{"jo-bloggs": ["Jo Bloggs"]}')
"""A rename kept for a speaker the corpus no longer has, by id or by name."""
GONE_QUOTE = Correction(
    "assign", "Angela Rayner", "", "000_a886e2d11f6a18e9.txt", 40, "We will not back down"
)
"""A quote given to a speaker, whose words its article does not have (any more)."""


def stored(path: Path, *corrections: Correction) -> None:
    store = UserStore(path)
    for correction in corrections:
        store.corrections.add(correction)
    store.close()


def test_corrections_that_apply_to_nothing_are_listed_with_their_reason(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The seeds index without a problem, so `!` is there for the corrections alone:
    one line each, saying which correction it is and why it applies to nothing."""
    stored(tmp_path / "store.db", GONE_RENAME, GONE_QUOTE)
    app = make_app([seeds_dir], index_dir=tmp_path / "index", store_path=tmp_path / "store.db")
    app.animation_level = "none"

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await wait_for(
                pilot, lambda: app.check_action("problems", ()), "the problems key offered"
            )
            await pilot.press("exclamation_mark")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, ProblemsScreen)
            lines = listed(screen)
            assert lines[0].splitlines() == [
                "2 corrections applied to nothing",
                "kept in your store: what each names is not in the index now",
            ]
            assert lines[1:] == [
                "\u00a0\u00a0speaker correction #1  rename of Jo Bloggs (Jo B.): no speaker "
                "has that id or those names now; kept",
                # Too long for one line: the quote above its reason, as a long path is.
                "\u00a0\u00a0quote 000_a886e2d11f6a18e9.txt@40\n\u00a0\u00a0\u00a0\u00a0'We will not "
                "back down' (given to Angela Rayner): its words are no longer found in the "
                "article; kept",
            ]
            title = str(screen.query_one("#problems-title", Static).render())
            assert "2 corrections applied to nothing" in title

    asyncio.run(run())
    assert len(UserStore(tmp_path / "store.db").corrections.all()) == 2


def test_a_store_set_aside_is_listed_after_its_notice_has_gone(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path
) -> None:
    """An unreadable store is moved aside and an empty one opens: the user's marks seem
    gone. A ten-second toast said so; the Problems view still says it afterwards."""
    store = tmp_path / "store.db"
    store.write_bytes(b"not a store, but someone's marks" * 100)
    app = make_app([seeds_dir], index_dir=seeds_index, store_path=store)
    app.animation_level = "none"

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.clear_notifications()
            lines = await problems_listed(pilot, app)
            assert lines[0].splitlines()[0] == "1 user store problem"
            said = " ".join(lines[1].split())  # the reason as read, across its wrapped lines
            assert str(store) in said and "starting with an empty collection" in said

    asyncio.run(run())


def test_an_index_that_could_not_be_updated_is_listed_after_its_notice_has_gone(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus gained a story, and the update in the background failed: the panes
    show the last index for the whole session, and the Problems view says so."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    for _ in Library([corpus], tmp_path / "index").update():
        pass
    (corpus / "late.txt").write_text("Title: Late\nDate: 2026-01-09\n\nThe walrus story.\n")
    app = messy_app(corpus, tmp_path)

    def failing_update(cancelled: object = None) -> Iterator[Progress]:
        yield Progress(0, 1, "late.txt")
        raise NewsExploreError("index: no space left on device")

    monkeypatch.setattr(app.library, "update", failing_update)

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await wait_for(
                pilot, lambda: app.check_action("problems", ()), "the problems key offered"
            )
            await says_index_not_updated(pilot, app)

    asyncio.run(run())


def test_a_build_that_failed_leaving_the_last_index_shown_is_listed(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first build commits part of the corpus, then fails: the main screen opens on
    that part, and the Problems view says the index was not brought up to date."""
    app = messy_app(seeds_dir, tmp_path)
    update = app.library.update

    def failing_build(cancelled: object = None) -> Iterator[Progress]:
        for step in update(seconds=0.0):  # a checkpoint: part of the corpus searchable
            if isinstance(step, Progress):
                yield step
        raise NewsExploreError("index: no space left on device")

    monkeypatch.setattr(app.library, "update", failing_build)

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, MainScreen)
            await says_index_not_updated(pilot, app)

    asyncio.run(run())


def test_a_correction_made_elsewhere_that_applies_to_nothing_is_listed(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """`newsexplore speakers` in another terminal on a store the open app reads: a
    correction of a speaker that is gone reaches the list without a restart."""
    stored(tmp_path / "store.db")
    app = make_app([seeds_dir], index_dir=tmp_path / "index", store_path=tmp_path / "store.db")
    app.animation_level = "none"

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert not app.check_action("problems", ())
            stored(tmp_path / "store.db", GONE_RENAME)
            await wait_for(
                pilot, lambda: app.check_action("problems", ()), "the problems key offered"
            )
            await pilot.press("exclamation_mark")
            await settle(pilot)
            assert "rename of Jo Bloggs" in listed(app.screen)[1]

    asyncio.run(run())


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_the_problems_key_is_in_the_footer_only_when_there_are_problems(
    seeds_dir: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    clean = make_app([seeds_dir], index_dir=tmp_path / "clean")
    messy = messy_app(scraped_copy(seeds_dir, tmp_path), tmp_path)

    async def keys(app: NewsExploreApp) -> set[str]:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            return {
                key
                for key, active in app.screen.active_bindings.items()
                if active.binding.show and active.enabled
            }

    assert "exclamation_mark" not in asyncio.run(keys(clean))
    assert "exclamation_mark" in asyncio.run(keys(messy))


def test_steps_that_cannot_be_counted_say_what_is_being_done(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    release = threading.Event()

    def merging(cancelled=None) -> Iterator:
        yield Progress(done=0, total=0, phase="merge")
        release.wait(20)

    app.library.update = merging

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert isinstance(screen, IndexingScreen)
            said = lambda: str(screen.query_one("#indexing-rate", Static).render())  # noqa: E731
            await wait_for(pilot, lambda: "Merging speakers" in said(), "the merge step")
            assert said().startswith("Merging speakers across articles… ")
            assert said().endswith(" s")
            assert screen.query_one(ProgressBar).total is None  # a bar that moves on its own
            release.set()

    asyncio.run(run())


def test_the_rate_line_moves_while_no_progress_arrives(seeds_dir: Path, tmp_path: Path) -> None:
    """Whoosh spilling its pool paused Reuters' article count for 8 s at a time."""
    app = make_app([seeds_dir], index_dir=tmp_path / "index")
    release = threading.Event()

    def pausing(cancelled=None) -> Iterator:
        yield Progress(done=5, total=10, path="big.jsonl", phase="index")
        release.wait(20)

    app.library.update = pausing

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            said = lambda: str(screen.query_one("#indexing-rate", Static).render())  # noqa: E731
            await wait_for(pilot, lambda: said().startswith("5 / 10 articles"), "the count")
            first = said()
            await wait_for(pilot, lambda: said() != first, "the line to move", seconds=5)
            assert said().startswith("5 / 10 articles · ") and said().endswith(" s")
            release.set()

    asyncio.run(run())


def test_a_problem_shows_its_file_and_its_reason_apart_on_screen(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Drawn, at 80x24, the file and the reason stay two words apart: the
    snapshot's SVG puts them in two text runs, which reads as "photo.txtskipped"."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    app = messy_app(corpus, tmp_path)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("exclamation_mark")
            await settle(pilot)
            problems = app.screen.query_one("#problems-list", OptionList)
            rows = [problems.render_line(y).text for y in range(problems.size.height)]
            assert any(row.strip() == "photo.txt  skipped: binary file" for row in rows), rows

    asyncio.run(run())


def test_a_long_path_at_80_columns_keeps_its_reason_readable(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """The path is cut in the middle, keeping the file's name, and the reason is read
    whole (under it): it was cut off the end of the line with the file's name."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    deep = corpus / "archive-of-the-regional-desk" / "scanned-supplements-1987" / "photos"
    deep.mkdir(parents=True)
    (deep / "front-page-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    app = messy_app(corpus, tmp_path)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("exclamation_mark")
            await settle(pilot)
            problems = app.screen.query_one("#problems-list", OptionList)
            rows = [problems.render_line(y).text for y in range(problems.size.height)]
            at = next((n for n, r in enumerate(rows) if "front-page-photo.txt" in r), None)
            assert at is not None, rows
            assert "skipped: binary file" in rows[at] + rows[at + 1], rows

    asyncio.run(run())


LONG_REASON = (
    "not valid JSON: Expecting ',' delimiter: line 1 column 4012 (char 4011); the record "
    "was left out and the lines after it were read as usual, one record to a line, as the "
    "feed's publisher writes them each night"
)
LONG_LINK = "https://news.example.com/" + "regional-desk/" * 9 + "front-page.html"


async def open_problems(pilot, problems: list[Problem]) -> None:
    """The Problems view on `problems`, opened once the app has settled."""
    app = pilot.app
    await settle(pilot)
    app.push_screen(ProblemsScreen(problems))
    await wait_for(pilot, lambda: isinstance(app.screen, ProblemsScreen))
    await settle(pilot)


def shown_rows(listing: OptionList) -> list[str]:
    """The list's rows as drawn, top to bottom."""
    return [listing.render_line(y).text.rstrip() for y in range(listing.size.height)]


@pytest.mark.parametrize(
    ("size", "opened_at"),
    [((80, 24), (80, 24)), ((120, 40), (120, 40)), ((80, 24), (120, 40))],
    ids=["80", "120", "120 then 80"],
)
def test_a_reason_longer_than_the_screen_is_read_whole_under_its_file(
    seeds_dir: Path, tmp_path: Path, size: tuple[int, int], opened_at: tuple[int, int]
) -> None:
    """A reason longer than the line was cut with "…": it wraps, each line after the
    first set under the first's text, so every word of it can be read, also once the
    terminal is made narrower."""
    app = messy_app(seeds_dir, tmp_path)
    under = re.compile("\xa0{4}\\S").match  # a line set under its file's
    problems = [
        Problem("feed.jsonl", LONG_REASON, line=12, kind="partial"),
        Problem("copy.txt", f"skipped: same text as {LONG_LINK}", kind="duplicate"),
        # Enough for a scrollbar, which takes its cells from the lines' width.
        *[
            Problem(f"copy-{n}.txt", "skipped: same text as a.txt", kind="duplicate")
            for n in range(40)
        ],
    ]

    async def run() -> None:
        async with app.run_test(size=opened_at) as pilot:
            await open_problems(pilot, problems)
            await pilot.press("j", "j")
            chosen = app.screen.query_one("#problems-list", OptionList).highlighted
            await pilot.resize_terminal(*size)
            await settle(pilot)
            listing = app.screen.query_one("#problems-list", OptionList)
            rows = shown_rows(listing)
            assert not [row for row in rows if row.endswith("…")], rows
            at = rows.index("\xa0\xa0feed.jsonl:12")
            reason = list(itertools.takewhile(under, rows[at + 1 :]))
            assert len(reason) > 1, rows
            assert " ".join(row.strip() for row in reason) == LONG_REASON, reason
            at = rows.index("\xa0\xa0copy.txt")
            link = list(itertools.takewhile(under, rows[at + 1 :]))
            assert "".join(row.strip() for row in link).endswith(LONG_LINK), link
            assert listing.highlighted == chosen

    asyncio.run(run())


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_home_shows_the_worst_kinds_heading_and_every_heading_reads_whole(
    seeds_dir: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Home put the first problem at the top and the heading of the worst kind out of
    sight, where no key brought it back; a kind's explanation longer than the line was
    cut with "…"."""
    app = messy_app(seeds_dir, tmp_path)
    problems = [
        Problem("photo.txt", "skipped: binary file", kind="unreadable"),
        Problem("legacy.txt", "control characters removed", kind="repaired"),
        *[
            Problem(f"copy-{n}.txt", "skipped: same text as a.txt", kind="duplicate")
            for n in range(40)
        ],
    ]

    async def run() -> None:
        async with app.run_test(size=size) as pilot:
            await open_problems(pilot, problems)
            listing = app.screen.query_one("#problems-list", OptionList)

            def rows() -> list[str]:
                return shown_rows(listing)

            assert not [row for row in rows() if row.endswith("…")], rows()
            assert "characters replaced or removed" in " ".join(rows())
            for keys in (("end", "home"), ("end", "home", "up")):
                await pilot.press(*keys)
                await settle(pilot)
                assert rows()[0] == "1 file unreadable", rows()
                assert "photo.txt" in listing.get_option_at_index(listing.highlighted).prompt

    asyncio.run(run())
