"""`newsexplore marks` through the real entry point: add, list in every format, remove."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsexplore.search import bundled_seeds
from tests.cli_support import run

ARTICLE = "000_a886e2d11f6a18e9.txt"


@pytest.fixture
def ix(tmp_path: Path, capsys) -> list[str]:
    where = ["--index-dir", str(tmp_path / "index")]
    assert run(["index", str(bundled_seeds()), *where], capsys)[0] == 0
    return where


def first_quote(capsys, ix: list[str]) -> dict:
    _, out, _ = run(["quotes", "--speaker", "Starmer", *ix], capsys)
    return json.loads(out.splitlines()[0])


def test_a_quote_marked_by_offsets_is_listed_with_its_citation_note_and_tags(
    capsys, ix: list[str]
) -> None:
    quote = first_quote(capsys, ix)
    span = ["--start", str(quote["start"]), "--end", str(quote["end"])]
    code, out, _ = run(
        ["marks", "add", quote["article_id"], *span, "--note", "lead", "--tag", "pm", *ix], capsys
    )
    assert code == 0 and quote["quote"] in out
    code, out, _ = run(["marks", "--format", "jsonl", *ix], capsys)
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["kind"] == "quote" and record["text"] == quote["quote"]
    assert record["speaker"] == "Keir Starmer" and record["date"] == "2026-01-08"
    assert (record["note"], record["tags"]) == ("lead", ["pm"])
    assert (record["start"], record["end"]) == (quote["start"], quote["end"])


def test_marks_filter_by_tag_and_write_csv_and_markdown(capsys, ix: list[str]) -> None:
    run(["marks", "add", ARTICLE, "--tag", "keep", *ix], capsys)
    run(["marks", "add", "003_d8092089b7cd25ff.txt", *ix], capsys)
    _, out, _ = run(["marks", "--tag", "keep", "--format", "csv", *ix], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["article_id"] for row in rows] == [ARTICLE]
    _, out, _ = run(["marks", "--format", "md", *ix], capsys)
    assert out.count("article `") == 2 and "Tags: #keep" in out


def test_a_tag_of_two_words_is_listed_quoted_and_found_as_listed(capsys, ix: list[str]) -> None:
    run(["marks", "add", ARTICLE, "--tag", "council vote", "--tag", "pm", *ix], capsys)
    _, out, _ = run(["marks", *ix], capsys)
    assert '  tags: #"council vote" #pm\n' in out
    for tag in ('#"council vote"', "council vote", "#pm"):
        _, out, _ = run(["marks", "--tag", tag, "--format", "jsonl", *ix], capsys)
        assert [json.loads(line)["article_id"] for line in out.splitlines()] == [ARTICLE], tag


def test_the_markdown_export_writes_a_tag_of_two_words_quoted(capsys, ix: list[str]) -> None:
    """`Tags: council vote, pm` read as one tag or three; written as everywhere else."""
    run(["marks", "add", ARTICLE, "--tag", "council vote", "--tag", "pm", *ix], capsys)
    _, out, _ = run(["marks", "--format", "md", *ix], capsys)
    assert '\nTags: #"council vote" #pm\n' in out, out


def test_marks_remove_by_number_and_by_article(capsys, ix: list[str]) -> None:
    run(["marks", "add", ARTICLE, *ix], capsys)
    run(["marks", "add", "003_d8092089b7cd25ff.txt", *ix], capsys)
    assert run(["marks", "remove", "1", *ix], capsys)[0] == 0
    assert run(["marks", "remove", "003_d8092089b7cd25ff.txt", *ix], capsys)[0] == 0
    assert run(["marks", *ix], capsys)[1] == "no marks\n"


@pytest.mark.parametrize(
    "args, message, exit_code",
    [
        (["marks", "add", "no-such-article"], "no article with id 'no-such-article'", 3),
        (["marks", "add", ARTICLE, "--start", "5"], "--start and --end must both be given", 2),
        (["marks", "add", ARTICLE, "--start", "9", "--end", "999999"], "--start and --end", 2),
        (["marks", "remove", "42"], "no mark matches '42'", 3),
    ],
)
def test_marks_mistakes_are_one_line(
    capsys, ix: list[str], args: list[str], message: str, exit_code: int
) -> None:
    """Nothing by that id is exit 3, as `article nope` is; a malformed command is 2."""
    code, _, err = run([*args, *ix], capsys)
    assert code == exit_code
    assert message in err and err.count("\n") == 1


def test_a_corrupt_store_is_reported_in_one_line_and_marks_go_on(
    capsys, ix: list[str], tmp_path: Path
) -> None:
    store = tmp_path / "user.sqlite3"
    store.write_text("garbage " * 200)
    code, _, err = run(["marks", "add", ARTICLE, "--store", str(store), *ix], capsys)
    assert code == 0
    assert err.count("\n") == 1 and "kept as user.sqlite3.unreadable-" in err
    _, out, _ = run(["marks", "--format", "jsonl", "--store", str(store), *ix], capsys)
    assert [json.loads(line)["article_id"] for line in out.splitlines()] == [ARTICLE]


def test_a_tag_added_as_listed_is_the_tag_the_filter_finds(capsys, ix: list[str]) -> None:
    """`#pm` is how the list shows a tag, so typed that way to `add` it is the tag `pm`."""
    run(["marks", "add", ARTICLE, "--tag", "#pm", "--tag", '#"council vote"', *ix], capsys)
    _, out, _ = run(["marks", *ix], capsys)
    assert '  tags: #"council vote" #pm\n' in out, out
    for tag in ("#pm", "pm", "council vote"):
        _, out, _ = run(["marks", "--tag", tag, "--format", "jsonl", *ix], capsys)
        assert [json.loads(line)["article_id"] for line in out.splitlines()] == [ARTICLE], tag


@pytest.fixture
def numbered(tmp_path: Path, capsys) -> list[str]:
    """A corpus whose ids are numbers, as a spreadsheet's rows have them."""
    folder = tmp_path / "numbered"
    folder.mkdir()
    (folder / "n.csv").write_text(
        "id,title,date,text\n"
        "1,One,2024-03-01,The first article says one thing.\n"
        "2,Two,2024-03-02,The second article says another.\n",
        encoding="utf-8",
    )
    where = ["--corpus", str(folder), "--index-dir", str(tmp_path / "index")]
    assert run(["index", str(folder), "--index-dir", str(tmp_path / "index")], capsys)[0] == 0
    run(["marks", "add", "2", "--note", "on two", *where], capsys)  # mark #1
    run(["marks", "add", "1", "--note", "on one", *where], capsys)  # mark #2
    return where


def _notes(capsys, where: list[str]) -> list[str]:
    _, out, _ = run(["marks", "--format", "jsonl", *where], capsys)
    return [json.loads(line)["note"] for line in out.splitlines()]


def test_a_number_that_is_a_mark_and_an_article_removes_nothing(
    capsys, numbered: list[str]
) -> None:
    """`remove 1` could mean mark #1 (on article 2) or article 1's mark: a note lost to
    the wrong guess cannot be had back, so the user is asked which."""
    code, _, err = run(["marks", "remove", "1", *numbered], capsys)
    assert code != 0 and "#1" in err and "article 1" in err, err
    assert _notes(capsys, numbered) == ["on two", "on one"]


def test_a_mark_is_removed_by_its_number_written_as_listed(capsys, numbered: list[str]) -> None:
    code, out, _ = run(["marks", "remove", "#1", *numbered], capsys)
    assert code == 0 and "article 2" in out and "on two" in out, out
    assert _notes(capsys, numbered) == ["on one"]


def test_an_article_with_only_passage_marks_names_them(capsys, ix: list[str]) -> None:
    run(["marks", "add", ARTICLE, "--start", "0", "--end", "20", *ix], capsys)
    code, _, err = run(["marks", "remove", ARTICLE, *ix], capsys)
    assert code != 0 and "#1" in err and "0–20" in err, err


def test_a_date_marked_by_the_offsets_timeline_gives_is_a_date_mark(capsys, ix: list[str]) -> None:
    """`timeline` hands out the offsets of a date's own words: marking by them made a
    dateless passage, so a script could not cite the date it had just listed."""
    _, out, _ = run(["timeline", "--format", "jsonl", *ix], capsys)
    entries = [json.loads(line) for line in out.splitlines()]
    date = next(e for e in entries if e["value"] and e["text"] == "Thursday")
    span = ["--start", str(date["start"]), "--end", str(date["end"])]
    code, out, err = run(["marks", "add", date["article_id"], *span, *ix], capsys)
    assert code == 0, err
    assert f"[Thursday: {date['value']}]" in out
    code, out, _ = run(["marks", "--format", "jsonl", *ix], capsys)
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["kind"] == "event"
    assert (record["expression"], record["value"]) == ("Thursday", date["value"])
