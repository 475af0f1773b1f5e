"""An index folder given to two corpora never answers for the other one.

A `Library` given one index folder for two corpora builds each in place of
the other; the command line gives each corpus a folder of its own inside the
one it is given (`test_index_roots.py`), keeping the other's index."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from newsexplore.search import IndexUnusableError, Library, UpdateSummary
from newsexplore.tui.app import make_app
from tests.cli_support import run
from tests.tui_support import wait_until_settled


def build(library: Library) -> UpdateSummary:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


@pytest.fixture
def corpora(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Corpus A, corpus B, and an index folder holding B's index."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "ministers.txt").write_text(
        "Title: Ministers meet\nDate: 2024-03-02\n\nMinisters met on Monday.\n\n"
        '"We agreed on every line of the budget," Anna Berg, the finance minister, said.\n'
    )
    for name in ("one", "two", "three"):
        (b / f"{name}.txt").write_text(
            f"Title: Farmers {name}\nDate: 1999-05-0{len(name)}\n\nFarmers met on Tuesday.\n\n"
            f'"We disagreed with every line of it," Olaf {name.title()}, a farmer, said.\n'
        )
    index = tmp_path / "shared-index"
    build(Library([b], index))
    return a, b, index


def test_a_library_never_opens_the_index_of_another_corpus(corpora) -> None:
    a, _b, index = corpora
    library = Library([a], index)
    assert library.pending_update().reason == "other"
    assert not library.pending_update().searchable
    with pytest.raises(IndexUnusableError, match=str(index)):
        library.search("met")


@pytest.mark.parametrize(
    ("command", "own", "other"),
    [
        (["search", "met", "--format", "jsonl"], "ministers.txt", "one.txt"),
        (["quotes", "--format", "jsonl"], "Anna Berg", "Olaf"),
        (["speakers", "--format", "jsonl"], "Anna Berg", "Olaf"),
        (["timeline", "--format", "jsonl"], "ministers.txt", "one.txt"),
        (["article", "ministers.txt"], "Ministers met", "Farmers"),
    ],
)
def test_every_command_answers_for_its_own_corpus_and_keeps_the_others_index(
    corpora, capsys: pytest.CaptureFixture[str], command: list[str], own: str, other: str
) -> None:
    a, b, index = corpora
    kept = (index / "commit.json").read_text()
    code, out, err = run([*command, "--corpus", str(a), "--index-dir", str(index)], capsys)
    assert code == 0, err
    assert own in out and other not in out
    assert "another corpus" not in err and "no index of this corpus yet" in err
    assert (index / "commit.json").read_text() == kept
    assert json.loads(kept)["corpus"] == [str(b.resolve())]


def test_the_article_of_the_other_corpus_is_not_found(corpora, capsys) -> None:
    a, _b, index = corpora
    code, out, _err = run(
        ["article", "one.txt", "--corpus", str(a), "--index-dir", str(index)], capsys
    )
    assert code == 3 and out == ""


def test_the_app_builds_its_own_corpus_index_in_place_of_another(corpora) -> None:
    a, _b, index = corpora
    app = make_app([a], index)
    shown: list[str] = []
    push = app.push_screen
    app.push_screen = lambda screen, *args, **kw: (  # type: ignore[method-assign]
        shown.append(type(screen).__name__),
        push(screen, *args, **kw),
    )[1]

    async def opened() -> list[str]:
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_until_settled(pilot)
            return [hit.article_id for hit in app.library.search("met").hits]

    assert asyncio.run(opened()) == ["ministers.txt"]
    assert shown[0] == "IndexingScreen"  # nothing of the other corpus shown meanwhile
    assert json.loads((index / "commit.json").read_text())["corpus"] == [str(a.resolve())]
