"""The app says what an undated story's ≈ dates were counted from: in the reader's
header, in its status after a jump to such a date, and on the timeline's highlighted row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.messages import JumpRequested, Location
from newsexplore.tui.widgets.reader import ArticleReader
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import press, screen_of, sync
from tests.test_tui_timeline import open_timeline, visible_rows
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

TALKS = (
    "Title: Talks resume\n\n"
    "The talks resumed yesterday after a pause, the union said.\n"
    "Last year they failed over pay.\n"
)
WIRE = "Title: Wire\nDate: 2023-02-01\n\nShares rose on Monday.\n"


def desk(tmp_path: Path, *, reference: dt.date | None = None) -> NewsExploreApp:
    root = tmp_path / "corpus"
    (root / "desk").mkdir(parents=True)
    (root / "desk" / "talks.txt").write_text(TALKS, encoding="utf-8")
    (root / "desk" / "newsexplore.cfg").write_text("# desk\ndate: 2024-05-01\n")
    (root / "wire.txt").write_text(WIRE, encoding="utf-8")
    app = make_app(
        [root], index_dir=tmp_path / "index", export_dir=tmp_path, reference_date=reference
    )
    app.animation_level = "none"
    return app


def header(app: NewsExploreApp) -> str:
    """The header's words, uncut, on one line."""
    text = str(screen_of(app).query_one("#reader-header", Static).render())
    return " ".join(text.split())


async def open_article(pilot, article_id: str, location: Location | None = None) -> None:
    await settle(pilot)
    screen = screen_of(pilot.app)
    screen.post_message(JumpRequested(location or Location(article_id)))
    reader = screen.query_one(ArticleReader)
    await wait_for(pilot, lambda: reader.article is not None, "the article")
    await settle(pilot)


class TestReader:
    @pytest.mark.parametrize("size", [(120, 40), (80, 24)])
    @sync
    async def test_an_undated_article_says_where_its_dates_count_from(
        self, tmp_path: Path, size: tuple[int, int]
    ) -> None:
        app = desk(tmp_path)
        cfg = (tmp_path / "corpus").resolve() / "desk" / "newsexplore.cfg"
        async with app.run_test(size=size) as pilot:
            await open_article(pilot, "desk/talks.txt")
            assert (
                f"no date · 2 dates ≈ counted from 2024-05-01 (settings file {cfg}, line 2)"
                in header(app)
            )

    @sync
    async def test_a_reference_date_for_the_run_is_named_as_such(self, tmp_path: Path) -> None:
        app = desk(tmp_path, reference=dt.date(2024, 6, 12))
        async with app.run_test(size=(120, 40)) as pilot:
            await open_article(pilot, "desk/talks.txt")
            assert "no date · 2 dates ≈ counted from 2024-06-12 (--reference-date)" in header(app)
            await open_article(pilot, "wire.txt")
            assert "counted from" not in header(app)

    @sync
    async def test_a_jump_to_an_inferred_date_says_what_that_date_counted_from(
        self, tmp_path: Path
    ) -> None:
        app = desk(tmp_path, reference=dt.date(2024, 6, 12))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            event = next(e for e in app.library.events() if e.expression == "yesterday")
            where = Location(
                event.article_id,
                event.sentence_start,
                event.sentence_end,
                "event",
                focus=(event.start, event.end),
            )
            await open_article(pilot, event.article_id, where)
            assert "yesterday ≈ 2024-06-11, counted from 2024-06-12 (--reference-date)" in header(
                app
            )


class TestTimeline:
    @pytest.mark.parametrize("size", [(120, 40), (80, 24)])
    @sync
    async def test_the_highlighted_inferred_date_says_what_it_counted_from(
        self, tmp_path: Path, size: tuple[int, int]
    ) -> None:
        """Only the row under the cursor says it, in place of the words around its date:
        the others keep their sentences."""
        app = desk(tmp_path, reference=dt.date(2024, 6, 12))
        async with app.run_test(size=size) as pilot:
            timeline: TimelinePane = await open_timeline(pilot)
            listing = timeline.query_one("#timeline-list", OptionList)
            said = "counted from 2024-06-12 (--reference-date)"
            rows = visible_rows(timeline)
            assert not any(said in row for row in rows)
            entries = [
                n
                for n in range(listing.option_count)
                if (event := timeline.entry_at(listing.get_option_at_index(n).id)) is not None
                and event.inferred
            ]
            assert len(entries) == 2
            listing.highlighted = entries[0]
            await settle(pilot)
            rows = visible_rows(timeline)
            assert sum(said in row for row in rows) == 1
            listing.highlighted = entries[1]
            await settle(pilot)
            rows = visible_rows(timeline)
            assert sum(said in row for row in rows) == 1
            assert any("Last year they failed" in row for row in rows), rows
            assert f"○ ≈ yesterday · {said}" in "\n".join(rows)
            await press(pilot, "k")  # off the date, onto its article's line or a heading
            await settle(pilot)
            assert not any(said in row for row in visible_rows(timeline))

    @sync
    async def test_a_jump_to_a_fiscal_quarter_in_a_dated_article_says_what_it_is(
        self, tmp_path: Path
    ) -> None:
        """A story dated to the day counts from nothing else: its header says nothing of
        references, and only a fiscal quarter jumped to says why it is ≈."""
        root = tmp_path / "corpus"
        root.mkdir()
        (root / "results.txt").write_text(
            "Title: Results\nDate: 1987-02-01\n\nResults for the fiscal first quarter ended "
            "December 31, 1986 were weak.\n",
            encoding="utf-8",
        )
        app = make_app([root], index_dir=tmp_path / "index", export_dir=tmp_path)
        app.animation_level = "none"
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            event = next(e for e in app.library.events() if e.inferred)
            await open_article(pilot, event.article_id)
            assert "≈" not in header(app)
            where = Location(
                event.article_id, event.start, event.end, "event", focus=(event.start, event.end)
            )
            await open_article(pilot, event.article_id, where)
            assert f"≈ {event.value}, a fiscal period (its calendar months are the company's" in (
                header(app)
            )


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_a_row_counted_from_a_settings_file_names_the_file_and_line_in_sight(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """The row under the cursor named the settings file by its whole path, so at 80
    columns (or from any folder deeper than /tmp) the file and the line were cut off.
    The pane is as wide as the screen: zoomed at 120x40, on its own at 80x24."""
    app = desk(tmp_path / "a" / "long" / "way" / "down" / "to" / "the" / "news")
    async with app.run_test(size=size) as pilot:
        timeline: TimelinePane = await open_timeline(pilot)
        if size[0] > 80:
            await press(pilot, "z")
        listing = timeline.query_one("#timeline-list", OptionList)
        for n in range(listing.option_count):
            event = timeline.entry_at(listing.get_option_at_index(n).id)
            if event is not None and event.expression == "yesterday":
                listing.highlighted = n
        await settle(pilot)
        said = "counted from 2024-05-01 (desk/newsexplore.cfg, line 2)"
        rows = visible_rows(timeline)
        assert sum(said in row for row in rows) == 1, "\n".join(rows)
