"""Accented and plain letters find each other: García for garcia, café for cafe,
Peña Nieto for "pena nieto", in words, phrases, prefixes, `speaker:` and --speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from newsexplore.search import Library
from newsexplore.search.index.update import UpdateSummary
from newsexplore.tui.app import make_app
from newsexplore.tui.screens.main import MainScreen
from newsexplore.tui.widgets.speakers import SpeakersPane
from tests.cli_support import run
from tests.test_tui_pilot import press, sync
from tests.tui_support import wait_for

ACCENTED = """Title: Talks in Mexico City

President Enrique Peña Nieto met José García at a café on Monday.

"We will sign the agreement this week," Peña Nieto said.
"""

PLAIN = """Title: Talks go on
Author: Zoë Ball

Enrique Pena Nieto spoke to reporters outside the cafe on Tuesday.

"Nothing has been decided yet," Francois Hollande said.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("accents") / "corpus"
    folder.mkdir()
    (folder / "accented.txt").write_text(ACCENTED, encoding="utf-8")
    (folder / "plain.txt").write_text(PLAIN, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def library(corpus: Path) -> Library:
    built = Library([corpus], corpus.parent / "index")
    steps = list(built.update())
    assert isinstance(steps[-1], UpdateSummary)
    return built


def titles(library: Library, query: str, **kw) -> set[str]:
    return {hit.title for hit in library.search(query, **kw).hits}


@pytest.mark.parametrize(
    "query", ["garcia", "García", "cafe", "café", '"pena nieto"', '"peña nieto"', "garc*"]
)
def test_a_word_finds_it_with_or_without_accents(library: Library, query: str) -> None:
    expected = {"Talks in Mexico City"}
    if "garc" not in query.lower():
        expected.add("Talks go on")
    assert titles(library, query) == expected


def test_the_snippet_marks_the_articles_own_letters(library: Library) -> None:
    hit = library.search("garcia").hits[0]
    marked = [hit.snippet.text[start:end] for start, end in hit.snippet.spans]
    assert marked == ["García"]


@pytest.mark.parametrize("author", ["Zoë", "zoe"])
def test_the_author_filter_folds_accents_as_the_index_does(library: Library, author: str) -> None:
    assert titles(library, "", author=author) == {"Talks go on"}


@pytest.mark.parametrize("query", ['speaker:"pena nieto"', 'speaker:"peña nieto"'])
def test_a_speaker_is_found_with_or_without_accents(library: Library, query: str) -> None:
    quotes = [hit.quote for hit in library.search(query, scope="quotes").hits]
    assert [q.text for q in quotes if q] == ["We will sign the agreement this week,"]


def test_speaker_option_matches_without_accents(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = str(corpus.parent / "index")
    code, out, err = run(
        ["quotes", "--corpus", str(corpus), "--index-dir", index, "--speaker", "Pena Nieto"],
        capsys,
    )
    assert code == 0, err
    said = [json.loads(line)["speaker"] for line in out.splitlines()]
    assert said and all("Peña Nieto" in name for name in said)


@sync
async def test_the_speakers_filter_finds_a_name_typed_without_accents(
    corpus: Path, library: Library
) -> None:
    app = make_app([corpus], index_dir=corpus.parent / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        speakers = app.screen.query_one(SpeakersPane)
        await wait_for(pilot, lambda: bool(speakers.speakers), "the speakers")
        speakers.query_one("#speaker-filter", Input).value = "pena"
        await press(pilot)
        assert [s.name for s in speakers.listed_speakers()] == ["Peña Nieto"]
