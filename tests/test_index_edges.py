"""Edge cases of reading a corpus: dates at the ends of the calendar, special files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from newsexplore.search import Library, UpdateSummary
from newsexplore.tui.cli.common import EXIT_OK
from tests.cli_support import run


def build(library: Library) -> UpdateSummary:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


def story(title: str, date: str, body: str) -> str:
    return f"Title: {title}\nDate: {date}\n\n{body}\n"


def test_articles_dated_at_the_ends_of_the_calendar_keep_their_dates(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "late.txt").write_text(
        story(
            "Far future",
            "9999-12-31",
            "The vault opens on 1 January next year, officials said on Friday.",
        )
    )
    (root / "early.txt").write_text(
        story("Long ago", "0001-01-01", "The vault opened last week, officials said on Friday.")
    )
    library = Library([root], tmp_path / "index")
    summary = build(library)
    assert [p for p in summary.problems if p.kind == "extraction"] == []
    published = library.timeline_events(dates="published")
    assert sorted((e.article_id, e.value) for e in published) == [
        ("early.txt", "0001-01-01"),
        ("late.txt", "9999-12-31"),
    ]
    assert any("Friday" in e.expression for e in library.events(article_id="late.txt"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_added_alone_is_kept_with_the_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(story("Harbour", "2024-03-02", "The harbour reopened."))
    index = tmp_path / "index"
    library = Library([root], index)
    build(library)
    os.mkfifo(root / "pipe.txt")
    build(library)
    assert [p.path for p in library.problems()] == ["pipe.txt"]
    code, out, _err = run(["index", str(root), "--index-dir", str(index), "--problems"], capsys)
    # A pipe holds no stored text: nothing is lost, so a warning, not an error.
    assert code == EXIT_OK and "pipe.txt" in out
    committed = (index / "commit.json").read_bytes()
    build(library)
    assert (index / "commit.json").read_bytes() == committed  # nothing new: nothing written
    (root / "pipe.txt").unlink()
    build(library)
    assert library.problems() == ()


def test_a_build_that_skips_every_file_says_none_was_indexed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "empty.txt").write_text("")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    _code, _out, err = run(["index", str(root), "--index-dir", str(tmp_path / "i")], capsys)
    assert "files indexed 0, updated 0, removed 0, unchanged 0, skipped 2" in err
    assert "articles written 0" in err


def test_one_problem_is_counted_as_one(tmp_path: Path, capsys) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(story("Harbour", "2024-03-02", "The harbour reopened."))
    (root / "empty.txt").write_text("")
    code, _out, err = run(["index", str(root), "--index-dir", str(tmp_path / "i")], capsys)
    assert "newsexplore: 1 problem: 1 empty file; no file unreadable\n" in err
    assert "files indexed 1, updated 0, removed 0, unchanged 0, skipped 1" in err
    # Skipped with nothing lost: a warning, and the build is done.
    assert "newsexplore: warning: 1 empty file" in err and "error" not in err
    assert code == 0


def test_a_corpus_of_empty_files_has_no_readable_article(tmp_path: Path, capsys) -> None:
    """Each empty file is only a warning, but nothing at all to index is exit code 1."""
    root = tmp_path / "c"
    root.mkdir()
    (root / "empty.txt").write_text("")
    (root / "blank.md").write_text("\n\n")
    code, _out, err = run(["index", str(root), "--index-dir", str(tmp_path / "i")], capsys)
    assert "newsexplore: warning: 2 empty files" in err
    assert code == 1 and "error:" in err.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("written", "value", "precision", "march"),
    [
        ("2025", "2025", "year", "2025-03-03"),
        # Told in December, the ferry's return is next March's, as on any day of it.
        ("2025-12", "2025-12", "month", "2026-03-03"),
        ("December 2025", "2025-12", "month", "2026-03-03"),
    ],
)
def test_a_publication_month_or_year_is_kept_as_precise_as_it_was_given(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    written: str,
    value: str,
    precision: str,
    march: str,
) -> None:
    path = tmp_path / "wire.jsonl"
    text = "The harbour reopened yesterday, and the ferry returns on 3 March."
    path.write_text(f'{{"id": "h1", "date": "{written}", "title": "Harbour", "text": "{text}"}}\n')
    index = tmp_path / "index"
    library = Library([path], index)
    summary = build(library)
    assert [p for p in summary.problems if p.kind == "date"] == []
    (published,) = library.timeline_events(dates="published")
    assert (published.value, published.precision) == (value, precision)
    mentioned = {e.expression: e for e in library.events(article_id="h1") if e.kind != "published"}
    assert mentioned["yesterday"].value is None  # no day to count from: never guessed
    assert mentioned["3 March"].value == march
    assert library.search("harbour", date_from=dt.date(2025, 1, 1)).total == 1
    code, out, _err = run(
        ["article", "h1", "--corpus", str(path), "--index-dir", str(index)], capsys
    )
    assert code == 0 and f"date: {value}\n" in out
    code, out, _err = run(
        ["search", "harbour", "--corpus", str(path), "--index-dir", str(index)], capsys
    )
    assert code == 0 and f"  {value}  " in out


def _folder_of_many_types(root: Path) -> None:
    root.mkdir()
    (root / "a.txt").write_text(story("Harbour", "2024-03-02", "The harbour reopened."))
    (root / "t.tsv").write_text("id\ttitle\tdate\ttext\nt1\tDocks\t2024-03-03\tThe docks shut.\n")
    (root / "f.text").write_text(story("Quay", "2024-03-04", "The quay was rebuilt."))
    for name in ("page.html", "page2.html", "old.htm", "notes.log", "doc.rtf", "feed.xml"):
        (root / name).write_text(story("Lost", "2024-03-05", "A story saved another way."))
    # Not articles, and not lost: the app's settings, editor backups, hidden files.
    (root / "newsexplore.cfg").write_text("date: 2024-03-01\n")
    for name in ("a.txt~", "#a.txt#", "a.txt.bak", ".hidden.html"):
        (root / name).write_text("x")


def test_files_of_types_not_read_are_counted_and_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Saved web pages and other files the loader does not read were passed over
    without a word; a `.tsv` export and `.text` clippings are read."""
    root = tmp_path / "c"
    _folder_of_many_types(root)
    index = tmp_path / "index"
    library = Library([root], index)
    summary = build(library)
    assert (summary.indexed, summary.skipped, summary.articles) == (3, 6, 3)
    (problem,) = library.problems()
    assert (problem.severity, problem.kind, problem.count) == ("warning", "skipped", 6)
    assert problem.message == "skipped: 6 files of types not read: .htm, .html, .log, .rtf, .xml"
    assert sorted(h.article_id for h in library.search("docks OR quay OR harbour").hits) == [
        "a.txt",
        "f.text",
        "t1",
    ]
    cli = ["index", str(root), "--index-dir", str(tmp_path / "cli"), "--problems"]
    code, out, err = run(cli, capsys)
    assert code == EXIT_OK
    assert "3 articles in the index: files indexed 3," in err and "skipped 6" in err
    said = [line for line in out.splitlines() if "skipped:" in line]
    assert said == ["  c: skipped: 6 files of types not read: .htm, .html, .log, .rtf, .xml"]
