"""Records of a `.json` file: the line each starts on, and an id that stays what it was.

A JSON export is often written indented, a record over several lines. Its
records are found by the line they start on, like those of JSON Lines and CSV,
while an id made from a record's place (`feed.json#2`) stays the record's
number: users' marks and collections hold those ids.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from newsexplore.search.corpus.load import load_file
from newsexplore.search.models import Article
from newsexplore.tui.cli.common import EXIT_PROBLEMS
from newsexplore.tui.widgets.reader import origin_facts
from tests.cli_support import run

PRETTY = [
    {"id": "p1", "title": "One", "date": "2026-01-05", "text": "The harbour opened on Monday."},
    {"id": "p2", "title": "Two", "date": "2026-01-06", "text": 12},
    {"id": "p3", "title": "Three", "date": "2026-01-07", "summary": "no text at all"},
    {"id": "p4", "title": "Four", "date": "2026-01-09", "text": "The harbour closed on Friday."},
]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_indented_array_names_the_line_each_record_starts_on(tmp_path: Path) -> None:
    path = _write(tmp_path / "pretty.json", json.dumps(PRETTY, indent=2))
    load = load_file(path, "pretty.json")
    # indent=2 writes each of these records over 6 lines, from line 2.
    assert [(a.id, a.line) for a in load.articles] == [("p1", 2), ("p4", 20)]
    assert [(p.line, p.message.split(":")[0]) for p in load.problems] == [
        (8, "record skipped"),
        (14, "record has no text field (looked for text, body, content, article)"),
    ]


def test_ids_made_from_the_place_stay_the_record_number(tmp_path: Path) -> None:
    records = [{"text": "First words."}, {"text": 7}, {"body": "Third words."}]
    path = _write(tmp_path / "feed.json", json.dumps(records, indent=2))
    load = load_file(path, "feed.json")
    assert [(a.id, a.line) for a in load.articles] == [("feed.json#1", 2), ("feed.json#3", 8)]


def test_a_one_line_array_puts_every_record_on_line_1(tmp_path: Path) -> None:
    path = _write(tmp_path / "arr.json", '[{"text": "a"}, 7, {"body": "c"}]')
    load = load_file(path, "arr.json")
    assert [(a.id, a.line) for a in load.articles] == [("arr.json#1", 1), ("arr.json#3", 1)]
    assert [(p.line, p.message) for p in load.problems] == [
        (1, "record is not an object (found a number)")
    ]


def test_records_under_a_container_key_start_where_they_are_written(tmp_path: Path) -> None:
    document = {"status": "ok", "total": 2, "Articles": [{"text": "a"}, {"id": "x", "text": "b"}]}
    path = _write(tmp_path / "feed.json", json.dumps(document, indent=1))
    load = load_file(path, "feed.json")
    # {, "status", "total", "Articles": [, then the first record's {
    assert [(a.id, a.line) for a in load.articles] == [("feed.json#1", 5), ("x", 8)]


def test_a_single_object_starts_on_its_own_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "one.json", '\n\n{"title": "T",\n "text": "Solo."}\n')
    load = load_file(path, "one.json")
    assert [(a.id, a.line) for a in load.articles] == [("one.json#1", 3)]


def test_a_record_after_a_long_string_with_escaped_newlines(tmp_path: Path) -> None:
    """A `\\n` inside a string is two characters on one line, not a line break."""
    records = [{"text": "one\ntwo\nthree"}, {"text": "four"}]
    path = _write(tmp_path / "e.json", json.dumps(records, indent=2))
    assert [a.line for a in load_file(path, "e.json").articles] == [2, 5]


def test_invalid_json_is_still_said_once_with_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.json", '[\n  {"text": "a"},\n  {"text": "b"}\n  {"text": "c"}\n]')
    load = load_file(path, "bad.json")
    assert load.articles == ()
    assert [(p.line, p.message) for p in load.problems] == [
        (4, "not valid JSON: Expecting ',' delimiter (column 3)")
    ]


def test_duplicate_ids_name_the_line_of_the_first(tmp_path: Path) -> None:
    records = [{"id": "d", "text": "First."}, {"id": "d", "text": "Second."}]
    path = _write(tmp_path / "d.json", json.dumps(records, indent=2))
    problems = load_file(path, "d.json").problems
    assert [(p.line, p.kind) for p in problems] == [(6, "id")]
    assert "record on line 2" in problems[0].message


def test_finding_the_lines_grows_with_the_file_not_its_square(tmp_path: Path) -> None:
    def cpu_seconds(records: int) -> float:
        many = [{"id": f"r{n}", "text": "x"} for n in range(records)]
        path = _write(tmp_path / f"big{records}.json", json.dumps(many, indent=2))
        started = time.process_time()
        load = load_file(path, path.name)
        spent = time.process_time() - started
        assert load.articles[-1].line == 2 + 4 * (records - 1)
        return spent

    small = min(cpu_seconds(2_000) for _ in range(3))
    large = cpu_seconds(16_000)
    # Eight times the records: about eight times the work, with a 2x margin.
    assert large < 16 * small, (small, large)


def test_a_text_field_holding_an_object_is_said_to_be_one(tmp_path: Path) -> None:
    records = [{"id": "o1", "content": {"html": "<p>Words</p>"}}, {"id": "o2", "text": "Fine."}]
    path = _write(tmp_path / "arr.json", json.dumps(records))
    load = load_file(path, "arr.json")
    assert [a.id for a in load.articles] == ["o2"]
    assert [p.message for p in load.problems] == [
        "record skipped: its text field 'content' is an object, not words"
    ]


def test_a_text_field_holding_a_list_without_words_is_said_to_be_one(tmp_path: Path) -> None:
    path = _write(tmp_path / "l.jsonl", json.dumps({"body": [1, 2]}) + "\n")
    assert [p.message for p in load_file(path, "l.jsonl").problems] == [
        "record skipped: its text field 'body' is a list of numbers, not words"
    ]


def test_a_text_field_with_words_wins_over_one_without(tmp_path: Path) -> None:
    record = {"text": {"html": "<p>x</p>"}, "body": "Plain words."}
    path = _write(tmp_path / "w.jsonl", json.dumps(record) + "\n")
    load = load_file(path, "w.jsonl")
    assert [a.text for a in load.articles] == ["Plain words."] and not load.problems


def test_the_reader_names_the_line_of_a_json_record() -> None:
    article = Article(id="p1", title="", text="x", path="pretty.json", line=2)
    assert "pretty.json, line 2" in origin_facts(article)


def test_index_problems_and_article_name_the_same_line(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus / "pretty.json", json.dumps(PRETTY, indent=2))
    index = str(tmp_path / "index")
    code, out, _ = run(["index", str(corpus), "--index-dir", index, "--problems"], capsys)
    assert code == EXIT_PROBLEMS
    assert "pretty.json:8: record skipped: its text field 'text' is a number (12)" in out
    assert "pretty.json:14: record has no text field" in out
    code, out, _ = run(
        ["article", "p4", "--corpus", str(corpus), "--index-dir", index, "--format", "json"], capsys
    )
    assert code == 0 and json.loads(out)["line"] == 20
