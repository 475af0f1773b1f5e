"""Snapshots of marks, the collection and the export dialog, on the bundled seeds."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsexplore.search import Library, Period, event_target, quote_target
from newsexplore.tui.app import NewsExploreApp, make_app
from tests.test_tui_snapshots import NARROW, WIDE, drive, settle, typed


@pytest.fixture
def app(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> NewsExploreApp:
    # Exports default to the current folder; a relative one keeps tmp paths out of the SVGs.
    monkeypatch.chdir(tmp_path)
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=Path("."))
    built.animation_level = "none"
    return built


def with_marks(app: NewsExploreApp, *keys: str):
    """Mark the first quote of each seed article, one with a note and tags, then press keys."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        for number, quote in enumerate(_first_quotes(app)):
            article = app.library.article(quote.article_id)
            note = {"note": "lead with this", "tags": ["pm", "regulation"]} if number == 0 else {}
            app.store.marks.add(quote_target(quote, article), **note)
        app.marks_shown.reload()
        await drive(*keys)(pilot)

    return run_before


def without_toasts(run: Callable[[Pilot], Awaitable[None]]) -> Callable[[Pilot], Awaitable[None]]:
    """Run `run`, then clear the notifications: a toast lasts two seconds of wall time,
    so on a loaded machine it may or may not still be there when the picture is taken."""

    async def run_before(pilot: Pilot) -> None:
        await run(pilot)
        pilot.app.clear_notifications()
        await settle(pilot)

    return run_before


def _first_quotes(app: NewsExploreApp):
    seen = {}
    for quote in app.library.quotes():
        seen.setdefault(quote.article_id, quote)
    return [seen[key] for key in sorted(seen)]


class TestMarks:
    def test_marked_quote_in_list_and_reader(self, snap_compare, app: NewsExploreApp) -> None:
        """Keir Starmer's first quote marked with m: ★ before it in his quotes, and in the
        reader it is underlined and the header counts one mark."""
        keys = ["f4", "slash", typed("keir"), "down", "enter", "m", "enter"]
        assert snap_compare(app, terminal_size=WIDE, run_before=without_toasts(drive(*keys)))

    def test_collection(self, snap_compare, app: NewsExploreApp) -> None:
        """c: two marked quotes with speaker, title and date; the first with its note and tags."""
        assert snap_compare(app, terminal_size=WIDE, run_before=with_marks(app, "f5", "c"))

    def test_collection_narrow(self, snap_compare, app: NewsExploreApp) -> None:
        """The collection at 80x24, filtered to the tag 'reg': only the noted quote."""
        keys = ("f5", "c", "slash", typed("reg"))
        assert snap_compare(app, terminal_size=NARROW, run_before=with_marks(app, *keys))

    def test_collection_flags_a_date_changed_since_marked(
        self, snap_compare, tmp_path: Path
    ) -> None:
        """A "yesterday" marked when the run's reference date was 1 May 2024, shown with the
        reference now 1 June: 'date changed since marked' on the mark's first line, the
        date as the article gives it now (≈ 2024-05-31), and the date marked under it."""
        corpus = tmp_path / "desk"
        corpus.mkdir()
        (corpus / "council.txt").write_text(
            "Title: Council budget\n\nThe council met yesterday and agreed the budget.\n"
        )
        index, store = tmp_path / "index", tmp_path / "user.sqlite3"
        then = Library([corpus], index, reference_date=Period.read("2024-05-01"))
        for _ in then.update():
            pass
        (event,) = then.events()
        marked = make_app([corpus], index_dir=index, export_dir=Path("."), store_path=store)
        marked.store.marks.add(event_target(event, then.article(event.article_id)))
        now = Period.read("2024-06-01")
        for _ in Library([corpus], index, reference_date=now).update():
            pass
        app = make_app(
            [corpus], index_dir=index, export_dir=Path("."), store_path=store, reference_date=now
        )
        app.animation_level = "none"
        assert snap_compare(app, terminal_size=NARROW, run_before=drive("c"))


class TestExport:
    def test_export_dialog(self, snap_compare, app: NewsExploreApp) -> None:
        """e on the results for 'grok': a path named after the query, CSV chosen, buttons."""
        keys = ["slash", typed("grok"), "enter", "e"]
        assert snap_compare(app, terminal_size=WIDE, run_before=drive(*keys))

    def test_export_asks_before_overwriting(
        self, snap_compare, app: NewsExploreApp, tmp_path: Path
    ) -> None:
        """Enter with the file already there: the question in words and an Overwrite button."""
        (tmp_path / "search-grok.csv").write_text("someone's work\n")
        keys = ["slash", typed("grok"), "enter", "e", "enter"]
        assert snap_compare(app, terminal_size=WIDE, run_before=drive(*keys))
