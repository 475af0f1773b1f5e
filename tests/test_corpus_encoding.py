"""Bytes that are not UTF-8: a UTF-8 file with a few bad bytes stays UTF-8, and only the
lines holding them are repaired, each repair named with its line; a file with no UTF-8 in
it at all is read whole in a legacy encoding the warning names."""

from __future__ import annotations

import json
from pathlib import Path

from newsexplore.search.corpus.load import load_file, load_file_parts
from newsexplore.search.quotes.extract import extract_quotes

SAID = "Keir Starmer said: \u201cThis is disgraceful, caf\u00e9 owner {n} was right.\u201d"


def records(count: int) -> list[str]:
    return [
        json.dumps({"id": f"u{n}", "text": SAID.format(n=n)}, ensure_ascii=False)
        for n in range(count)
    ]


def mixed_jsonl(path: Path) -> Path:
    """Five UTF-8 records with curly quotes and one line of Latin-1 bytes, as a merged export has."""
    lines = [line.encode("utf-8") for line in records(5)]
    lines.insert(3, b'{"id": "bad", "text": "Na\xefve caf\xe9 text, said Bob Jones."}')
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_one_latin1_record_leaves_the_utf8_records_of_a_jsonl_file_as_written(
    tmp_path: Path,
) -> None:
    load = load_file(mixed_jsonl(tmp_path / "mixed.jsonl"), "mixed.jsonl")
    texts = {article.id: article.text for article in load.articles}
    for n in range(5):
        assert texts[f"u{n}"] == SAID.format(n=n)
    assert texts["bad"] == "Na\u00efve caf\u00e9 text, said Bob Jones."
    for article in load.articles:
        if article.id != "bad":
            quotes = extract_quotes(article)
            assert [q.text for q in quotes] == [
                SAID.format(n=article.id[1:]).split("\u201c")[1][:-1]
            ]
    assert [(p.line, p.kind, p.severity) for p in load.problems] == [(4, "repaired", "warning")]
    assert "cp1252" in load.problems[0].message
    assert "mac" not in str(load.problems[0])


def test_a_stray_byte_in_a_text_file_repairs_that_byte_only(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(
        b"Title: Test story\nDate: 2026-01-08\n\n"
        b"Keir Starmer said: \xe2\x80\x9cThis is disgraceful.\xe2\x80\x9d The caf\xe9 owner agreed.\n"
        b"Ofcom said: \xe2\x80\x9cWe are looking into it.\xe2\x80\x9d\n"
    )
    load = load_file(path, "story.txt")
    (article,) = load.articles
    assert article.text == (
        "Keir Starmer said: \u201cThis is disgraceful.\u201d The caf\u00e9 owner agreed.\n"
        "Ofcom said: \u201cWe are looking into it.\u201d\n"
    )
    assert [q.text for q in extract_quotes(article)] == [
        "This is disgraceful.",
        "We are looking into it.",
    ]
    assert [(p.line, p.kind) for p in load.problems] == [(4, "repaired")]
    assert "\\xe9" in load.problems[0].message and "cp1252" in load.problems[0].message


def test_a_utf8_character_cut_short_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes("Caf\u00e9 fine here.\n\u201cThen ".encode() + b"\xe2\x80 cut off.\n")
    load = load_file(path, "cut.txt")
    assert load.articles[0].text == "Caf\u00e9 fine here.\n\u201cThen \ufffd cut off.\n"
    assert [(p.line, p.kind) for p in load.problems] == [(2, "repaired")]
    assert "U+FFFD" in load.problems[0].message


def test_a_large_jsonl_file_read_in_parts_repairs_the_bad_line_only(tmp_path: Path) -> None:
    lines = [line.encode("utf-8") for line in records(40)]
    lines[25] = lines[25].replace("caf\u00e9".encode(), b"caf\xe9")
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    loads = list(load_file_parts(path, "big.jsonl", part_bytes=512))
    assert len(loads) > 1
    texts = {article.id: article.text for load in loads for article in load.articles}
    assert texts == {f"u{n}": SAID.format(n=n) for n in range(40)}
    problems = [p for load in loads for p in load.problems]
    assert [(p.line, p.kind) for p in problems] == [(26, "repaired")]
    assert "cp1252" in problems[0].message


def test_a_file_with_no_utf8_is_read_whole_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Na\xefve caf\xe9 text, said Bob Jones."}\n')
    load = load_file(path, "legacy.jsonl")
    assert load.articles[0].text == "Na\u00efve caf\u00e9 text, said Bob Jones."
    assert [p.message for p in load.problems] == ["decoded as cp1252 (not UTF-8)"]
