"""The collection cites a marked ≈ date as the article gives it now, flagged when changed.

Marked in an undated story whose folder says it was written on 1 May 2024,
"yesterday" was 30 April; with the folder's date moved to 1 June, the timeline
says 31 May, and the collection kept citing 30 April with nothing to say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from newsexplore.search import Library, Period, event_target
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.collection import CollectionScreen
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import press, sync
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

SENTENCE = "The council met yesterday and agreed the budget."


def desk(tmp_path: Path, date: str) -> Path:
    corpus = tmp_path / "desk"
    corpus.mkdir(exist_ok=True)
    (corpus / "council.txt").write_text(f"Title: Council budget\n\n{SENTENCE}\n", encoding="utf-8")
    (corpus / "newsexplore.cfg").write_text(f"# the desk\ndate: {date}\n", encoding="utf-8")
    return corpus


def build(corpus: Path, tmp_path: Path, reference: str | None = None) -> NewsExploreApp:
    app = make_app(
        [corpus],
        index_dir=tmp_path / "index",
        export_dir=tmp_path / "out",
        store_path=tmp_path / "user.sqlite3",
        reference_date=Period.read(reference) if reference else None,
    )
    app.animation_level = "none"
    return app


def collection_text(app: NewsExploreApp) -> str:
    assert isinstance(app.screen, CollectionScreen)
    listing = app.screen.query_one("#collection-list", OptionList)
    return str(listing.get_option_at_index(0).prompt)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_a_date_marked_before_the_settings_date_moved_is_shown_as_now_and_flagged(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    corpus = desk(tmp_path, "2024-05-01")
    first = build(corpus, tmp_path)
    async with first.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "f5", "down")  # the heading of 30 April, then its one entry
        timeline = first.screen.query_one(TimelinePane)
        await wait_for(pilot, lambda: timeline.groups, "the timeline")
        await press(pilot, "m")
        (mark,) = first.store.marks.all()
        assert (mark.text, mark.citation.value) == (SENTENCE, "2024-04-30")
    desk(tmp_path, "2024-06-01")
    again = build(corpus, tmp_path)
    async with again.run_test(size=size) as pilot:
        await settle(pilot)  # the index brought up to date in the background
        assert {e.value for e in again.library.events()} == {"2024-05-31"}
        await press(pilot, "c")
        shown = collection_text(again)
        assert "date changed since marked" in shown.splitlines()[0], shown
        assert SENTENCE in shown  # the words marked stay
        cfg = (corpus / "newsexplore.cfg").resolve()
        assert f"yesterday: ≈ 2024-05-31, counted from 2024-06-01 (settings file {cfg}," in shown
        assert "marked as ≈ 2024-04-30, counted from 2024-05-01" in shown, shown
        await press(pilot, "y")
        copied = again.clipboard
        assert "≈ 2024-05-31" in copied and "marked as ≈ 2024-04-30" in copied, copied


@sync
async def test_a_date_the_article_still_gives_is_shown_in_the_collection_unflagged(
    tmp_path: Path,
) -> None:
    corpus = desk(tmp_path, "2024-05-01")
    library = Library([corpus], tmp_path / "index", reference_date=Period.read("2024-05-01"))
    for _ in library.update():
        pass
    (event,) = library.events()
    app = build(corpus, tmp_path, "2024-05-01")
    app.store.marks.add(event_target(event, library.article(event.article_id)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "c")
        shown = collection_text(app)
        assert "changed" not in shown and "marked as" not in shown, shown
        assert "yesterday: ≈ 2024-04-30, counted from 2024-05-01 (--reference-date)" in shown


def drawn_rows(app: NewsExploreApp) -> list[str]:
    """The collection's list as drawn, one string a screen row, its left edge trimmed to
    where the rows begin."""
    listing = app.screen.query_one("#collection-list", OptionList)
    rows = [listing.render_line(y).text.rstrip() for y in range(listing.size.height)]
    return [row for row in rows if row.strip()]


@sync
async def test_a_long_settings_path_wraps_under_its_row_s_indent(tmp_path: Path) -> None:
    """At 80 columns the line citing the settings file a marked date was counted from
    wrapped to the list's left edge, under the mark's heading, so the path's second
    half read as a row of its own. Wrapped lines keep the indent of the line they
    continue, and a heading too long for one line wraps under its words, not its badge."""
    deep = tmp_path / "newsroom-shared-drive" / "regional-desk-clippings-archive" / "may"
    deep.mkdir(parents=True)
    corpus = desk(deep, "2024-05-01")
    title = "Council budget agreed after a long night of talks over the library and the pool"
    (corpus / "council.txt").write_text(f"Title: {title}\n\n{SENTENCE}\n", encoding="utf-8")
    app = build(corpus, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "f5", "down")
        timeline = app.screen.query_one(TimelinePane)
        await wait_for(pilot, lambda: timeline.groups, "the timeline")
        await press(pilot, "m", "c")
        await settle(pilot)
        rows = drawn_rows(app)
        assert rows[0].startswith("★ ") and "no date" not in rows[0], rows  # it wrapped
        assert all(row.startswith("  ") and row[2] != " " for row in rows[1:]), rows
        assert "no date" in rows[1] and rows[2].strip() == SENTENCE, rows
        cited = next(n for n, row in enumerate(rows) if "settings file" in row)
        assert "newsexplore.cfg" not in rows[cited], rows  # the path did wrap
        assert "newsexplore.cfg" in " ".join(rows[cited + 1 : cited + 3]), rows
