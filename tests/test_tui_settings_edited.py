"""A running app reads an edited `newsexplore.cfg` again, as a restart would.

A user who gives the undated articles' day in the folder's settings file while
the app is open expects the timeline to follow. It did not: the dates were the
old file's until `newsexplore index` ran or the app was opened again, and
nothing said so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.settings_watch import SettingsWatch
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import press, sync
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle

SENTENCE = "The council met yesterday and agreed the budget."


def desk(folder: Path, date: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "council.txt").write_text(f"Title: Council budget\n\n{SENTENCE}\n", encoding="utf-8")
    (folder / "newsexplore.cfg").write_text(f"# the desk\ndate: {date}\n", encoding="utf-8")
    return folder


def build(corpus: Path, tmp_path: Path) -> NewsExploreApp:
    app = make_app(
        [corpus],
        index_dir=tmp_path / "index",
        export_dir=tmp_path / "out",
        store_path=tmp_path / "user.sqlite3",
    )
    app.animation_level = "none"
    return app


def timeline_days(app: NewsExploreApp) -> set[str]:
    return {g.value for g in app.screen.query_one(TimelinePane).groups if g.value}


@sync
async def test_an_edited_settings_date_is_read_again_while_the_app_runs(tmp_path: Path) -> None:
    corpus = desk(tmp_path / "desk", "2024-05-01")
    app = build(corpus, tmp_path)
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        await press(pilot, "f5")
        await wait_for(pilot, lambda: "2024-04-30" in timeline_days(app), "the first date")
        desk(corpus, "2024-06-01")
        await wait_for(
            pilot, lambda: "2024-05-31" in timeline_days(app), "the date read again", seconds=90
        )
        assert "2024-04-30" not in timeline_days(app)
        cfg = str((corpus / "newsexplore.cfg").resolve())
        assert any("newsexplore.cfg" in m and cfg in m for m in told.messages), told.messages
        assert {e.value for e in app.library.events()} == {"2024-05-31"}


@sync
async def test_a_settings_file_left_as_it_was_reads_nothing_again(tmp_path: Path) -> None:
    """Saved again unchanged (or only its comment edited), the file changes no date:
    nothing is read again and nothing is said."""
    corpus = desk(tmp_path / "desk", "2024-05-01")
    app = build(corpus, tmp_path)
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        commit = app.library.commit_identity()
        (corpus / "newsexplore.cfg").write_text(
            "# the desk, checked\ndate: 2024-05-01\n", encoding="utf-8"
        )
        await pilot.pause(5)
        await settle(pilot)
        assert app.library.commit_identity() == commit
        assert not [m for m in told.messages if "newsexplore.cfg" in m], told.messages


@sync
async def test_a_settings_file_edited_before_the_first_look_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first look only noted what the files gave: an edit made before it (while the
    app was starting, on a busy machine) became the baseline and was never read."""
    corpus = desk(tmp_path / "desk", "2024-05-01")
    app = build(corpus, tmp_path)
    edited = [False]
    monkeypatch.setattr(SettingsWatch, "due", lambda self: edited[0])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "f5")
        await wait_for(pilot, lambda: "2024-04-30" in timeline_days(app), "the first date")
        desk(corpus, "2024-06-01")
        edited[0] = True
        await wait_for(
            pilot, lambda: "2024-05-31" in timeline_days(app), "the date read again", seconds=90
        )


@sync
async def test_the_first_look_at_the_settings_reads_no_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the index lacks is asked once on opening; the first look at the settings
    compares with what they gave then. Asking again read the index's records (14 MB
    at 100k articles) on a thread, in the middle of the timeline's first paint."""
    corpus = desk(tmp_path / "desk", "2024-05-01")
    build_first = build(corpus, tmp_path)
    async with build_first.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
    app = build(corpus, tmp_path)
    asked: list[object] = []
    pending_update = type(app.library).pending_update
    monkeypatch.setattr(
        type(app.library),
        "pending_update",
        lambda library: asked.append(library) or pending_update(library),
    )
    looks: list[object] = []
    look = SettingsWatch.look
    monkeypatch.setattr(SettingsWatch, "look", lambda w, lib: looks.append(w) or look(w, lib))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await wait_for(pilot, lambda: bool(looks), "the first look", seconds=30)
        await pilot.pause(0.5)
        assert len(asked) == 1
