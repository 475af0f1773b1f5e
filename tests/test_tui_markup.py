"""Corpus strings that look like Textual markup are shown as written, everywhere.

A title `[/]` used to crash the command palette, and one carrying
`[@click=app.screenshot(...)]` ran an action that wrote a file where the
corpus chose. Titles, names and queries go through one helper
(`safe_text.literal`) on their way into the palette, dialogs and labels.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.content import Content
from textual.fuzzy import Matcher
from textual.widgets import Label

from newsexplore.tui.app import make_app
from newsexplore.tui.commands import _pick_article
from newsexplore.tui.screens.collect_dialogs import NameDialog
from newsexplore.tui.widgets.safe_text import highlighted, literal
from tests.conftest import REPO
from tests.test_tui_pilot import press, sync, type_text
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

HOSTILE_TITLES = (
    "[/] harbour closed",
    "[@click=app.screenshot('pwned.svg')]harbour click[/]",
    "[bold red]harbour[/bold red] loud",
)


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_the_helpers_keep_markup_as_text(title: str) -> None:
    assert literal(title).plain == title
    assert literal(title).spans == []
    shown = highlighted(Matcher("harb"), title)
    assert isinstance(shown, Content) and shown.plain == title
    assert all("click" not in str(span.style) for span in shown.spans)


@pytest.fixture
def hostile_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, title in enumerate(HOSTILE_TITLES):
        body = f'The harbour stayed shut. "We act now," said Jane Doe{n}.\n'
        (corpus / f"a{n}.txt").write_text(f"Title: {title}\nDate: 2026-01-0{n + 1}\n\n{body}")
    app = make_app(
        [corpus],
        index_dir=tmp_path / "index",
        export_dir=tmp_path / "out",
        store_path=tmp_path / "user.sqlite3",
    )
    app.animation_level = "none"
    return app, tmp_path


@sync
async def test_the_article_palette_lists_markup_titles_literally(hostile_app) -> None:
    app, folder = hostile_app
    before = set(folder.rglob("*"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        _pick_article(app.screen)
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        await pilot.pause()
        await type_text(pilot, "click")
        await wait_for(pilot, lambda: _prompts(app), "palette entries")
        assert any(HOSTILE_TITLES[1] in prompt for prompt in _prompts(app))
        await press(pilot, "enter")
        await pilot.pause()
    written = {p for p in set(folder.rglob("*")) - before if p.suffix == ".svg"}
    assert written == set()


def _prompts(app) -> list[str]:
    from textual.widgets import OptionList

    if not isinstance(app.screen, CommandPalette):
        return []
    options = app.screen.query_one(OptionList)
    return [str(getattr(o.prompt, "plain", o.prompt)) for o in options.options]


@sync
async def test_a_dialog_title_shows_markup_literally(hostile_app) -> None:
    app, _ = hostile_app
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(NameDialog(HOSTILE_TITLES[1]))
        await pilot.pause()
        label = app.screen.query(Label).first()
        assert HOSTILE_TITLES[1] in str(label.render())


def _fixed_text(node: ast.expr) -> bool:
    if isinstance(node, ast.IfExp):
        return _fixed_text(node.body) and _fixed_text(node.orelse)
    return isinstance(node, ast.Constant)


def _notify_calls_with_text_from_outside() -> list[str]:
    """`notify` calls whose message is built at run time but would be read as markup."""
    found = []
    for path in (REPO / "tui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            is_notify = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "notify"
            )
            if not is_notify or not node.args or _fixed_text(node.args[0]):
                continue
            literal_only = any(
                k.arg == "markup" and isinstance(k.value, ast.Constant) and k.value.value is False
                for k in node.keywords
            )
            if not literal_only:
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def test_notifications_that_carry_corpus_or_user_text_are_literal() -> None:
    # A file name, a title or an error message reaching a notification must be
    # shown as written: only fixed sentences of the app's own may hold markup.
    assert _notify_calls_with_text_from_outside() == []
