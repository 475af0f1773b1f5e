"""Snapshots of the Problems view, on a copy of the seeds as a scraper leaves a corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsexplore.tui.app import NewsExploreApp, make_app
from tests.test_tui_snapshots import NARROW, WIDE, settle

LEGACY = "Café crème and naïve \u201cquotes\u201d \u2013 the déjà vu season."


@pytest.fixture
def messy_app(seeds_dir: Path, tmp_path: Path) -> NewsExploreApp:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    for first in sorted(corpus.glob("*.txt")):
        for n in range(12):
            shutil.copy(first, corpus / f"copy-{n:02}-{first.name}")
    (corpus / "legacy.txt").write_bytes(LEGACY.encode("cp1252"))
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "feed.jsonl").write_text(
        '{"id": "x", "text": \n{"id": "[b]y[/b]", "text": "ok", "date": "[red]soon[/]"}\n'
    )
    app = make_app([corpus], index_dir=tmp_path / "index", store_path=tmp_path / "store.db")
    app.animation_level = "none"
    return app


async def open_problems(pilot: Pilot) -> None:
    await settle(pilot)
    pilot.app.clear_notifications()
    await pilot.press("exclamation_mark")
    await settle(pilot)


class TestProblems:
    def test_problems_view(self, snap_compare, messy_app: NewsExploreApp) -> None:
        """Title counting each kind; unreadable first, then the skipped record, the
        cp1252 file, the unrecognised date, 24 duplicates; `[b]y[/b]` shown literally."""
        assert snap_compare(messy_app, terminal_size=WIDE, run_before=open_problems)

    def test_problems_view_narrow(self, snap_compare, messy_app: NewsExploreApp) -> None:
        """The same at 80x24: the footer keeps Close, Help and Quit."""
        assert snap_compare(messy_app, terminal_size=NARROW, run_before=open_problems)
