"""A hostile corpus folder, indexed through the real command: every good record is found,
every bad input is one line on stderr, and nothing hangs (each run is bounded)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsexplore.search import Library, index_dir_for
from newsexplore.tui.cli.common import EXIT_PROBLEMS

from .test_corpus_hostile import deep_folder, remove_deep, write

DEPTH = 1200
RUN = "from newsexplore.tui.cli import main; raise SystemExit(main())"


def newsexplore(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUN, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        errors="backslashreplace",
    )


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    write(corpus / "plain.txt", 'The mayor said "the bridge opens in May" on Monday.')
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "nested").mkdir()
    os.mkfifo(corpus / "nested" / "feed.jsonl")
    (corpus / "nested" / "loop").symlink_to(corpus)
    write(tmp_path / "secret.txt", "a private key outside the corpus")
    (corpus / "secret.txt").symlink_to(tmp_path / "secret.txt")
    write(corpus / os.fsdecode(b"r\xe9sum\xe9.txt"), "A summary about lighthouses.")
    write(corpus / "latin1.txt", "Caf\xe9 cr\xe8me about harbours.".encode("latin-1"))
    write(corpus / "binary.txt", bytes(range(256)) * 40)
    records = [
        '{"id": "lone", "text": "A record about glaciers \\ud800 melting."}',
        '{"id": "broken", "text": "unterminated',
        '["not", "an", "object"]',
        '{"id": "fine", "text": "A record about volcanoes."}',
    ]
    write(corpus / "records.jsonl", "\n".join(records) + "\n")
    write(deep_folder(corpus, DEPTH) / "deep.txt", "An article about submarines.")
    yield corpus
    remove_deep(corpus, DEPTH)


def test_a_hostile_folder_indexes_to_the_end(hostile: Path, tmp_path: Path) -> None:
    index_dir = str(tmp_path / "index")
    done = newsexplore("index", str(hostile), "--index-dir", index_dir)
    assert done.returncode == EXIT_PROBLEMS, done.stderr  # to the end, saying what it left out
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    for reason in (
        "pipe.txt: skipped: a named pipe (FIFO)",
        "nested/feed.jsonl: skipped: a named pipe (FIFO)",
        "secret.txt: skipped: link leads outside the corpus folders",
        "binary.txt: skipped: binary file",
        "records.jsonl:2: not valid JSON",
        "records.jsonl:3: record is not an object",
    ):
        assert any(reason in line for line in lines), (reason, done.stderr)
    library = Library([hostile], index_dir_for([hostile], Path(index_dir)))
    for word, article_id in (
        ("bridge", "plain.txt"),
        ("lighthouses", "r\\xe9sum\\xe9.txt"),
        ("harbours", "latin1.txt"),
        ("glaciers", "lone"),
        ("volcanoes", "fine"),
        ("submarines", "d/" * DEPTH + "deep.txt"),
    ):
        assert [hit.article_id for hit in library.search(word).hits] == [article_id], word
    assert library.search("private").hits == ()
    found = newsexplore(
        "search",
        "lighthouses OR glaciers",
        "--corpus",
        str(hostile),
        "--index-dir",
        index_dir,
        "--format",
        "jsonl",
    )
    assert found.returncode == 0, found.stderr
    ids = sorted(json.loads(line)["article_id"] for line in found.stdout.splitlines())
    assert ids == ["lone", "r\\xe9sum\\xe9.txt"]


def test_links_out_of_the_corpus_are_read_when_asked(hostile: Path, tmp_path: Path) -> None:
    library = Library([hostile], tmp_path / "index", follow_links=True)
    summary = list(library.update())[-1]
    assert not any("outside the corpus" in str(p) for p in summary.problems)
    assert [hit.article_id for hit in library.search("private").hits] == ["secret.txt"]


def test_an_article_the_extractors_fail_on_is_still_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsexplore.search.quotes import extract

    real = extract.extract_quotes

    def fragile(article):
        if "poison" in article.text:
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(extract, "extract_quotes", fragile)
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", 'A poison story. "We are fine," the mayor said.')
    write(corpus / "b.txt", '"The harbour reopens," the mayor said.')
    record = {"id": "r7", "text": 'A poison record. "We are well," the clerk said.'}
    write(corpus / "wire.jsonl", json.dumps(record) + "\n")
    library = Library([corpus], tmp_path / "index")
    summary = list(library.update())[-1]
    # A file's path is its article's id: named once. A record is named by its id.
    assert sorted(str(p) for p in summary.problems) == [
        "a.txt: quotes not extracted (IndexError: list index out of range)",
        "wire.jsonl:1: r7: quotes not extracted (IndexError: list index out of range)",
    ]
    assert sorted(hit.article_id for hit in library.search("poison").hits) == ["a.txt", "r7"]
    assert [q.article_id for q in library.quotes()] == ["b.txt"]


def test_a_huge_article_is_read_for_quotes_up_to_a_limit_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsexplore.search.index import extraction

    monkeypatch.setattr(extraction, "EXTRACTION_LIMIT", 200)
    head = '"The harbour reopens on Monday," the mayor said.\n\n'
    later = '"The lighthouse stays shut," the keeper said on 3 March 2025.\n\n'
    write(tmp_path / "corpus" / "dump.txt", head + later * 10)
    library = Library([tmp_path / "corpus"], tmp_path / "index")
    summary = list(library.update())[-1]
    read = len((head + later * 2).rstrip())  # whole paragraphs, up to the limit
    assert [str(p) for p in summary.problems] == [
        f"dump.txt: {len(head + later * 10):,} characters; quotes and dates read "
        f"in the first {read} only (the whole text is searchable)"
    ]
    assert len(library.quotes()) == 3
    assert [hit.article_id for hit in library.search("lighthouse").hits] == ["dump.txt"]


def test_the_article_command_says_a_huge_article_was_read_in_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsexplore.search.index import extraction
    from newsexplore.tui.cli import main

    monkeypatch.setattr(extraction, "EXTRACTION_LIMIT", 200)
    head = '"The harbour reopens on Monday," the mayor said.\n\n'
    later = '"The lighthouse stays shut," the keeper said on 3 March 2025.\n\n'
    write(tmp_path / "corpus" / "dump.txt", head + later * 10)
    write(tmp_path / "corpus" / "short.txt", head)
    where = ["--corpus", str(tmp_path / "corpus"), "--index-dir", str(tmp_path / "index")]
    read = len((head + later * 2).rstrip())
    assert main(["index", str(tmp_path / "corpus"), "--index-dir", str(tmp_path / "index")]) == 0
    capsys.readouterr()
    assert main(["article", "dump.txt", *where]) == 0
    out = capsys.readouterr().out
    assert f"note: quotes and dates were read in the first {read} of " in out
    assert out.split("note: ", 1)[1].split("\n", 1)[0].endswith(" characters only")
    assert main(["article", "dump.txt", "--format", "json", *where]) == 0
    assert json.loads(capsys.readouterr().out)["quotes_and_dates_read_to"] == read
    assert main(["article", "short.txt", *where]) == 0
    assert "note:" not in capsys.readouterr().out


def test_a_name_that_is_not_utf8_does_not_make_the_next_update_read_everything(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / os.fsdecode(b"caf\xe9.txt"), "An article about coffee.")
    write(corpus / "tea.txt", "An article about tea.")
    library = Library([corpus], tmp_path / "index")
    list(library.update())
    again = list(library.update())[-1]
    assert (again.added_articles, again.unchanged, again.problems) == (0, 2, ())
