"""Hostile corpus folders: pipes, link loops, links out, deep nesting, names and text that
are not valid Unicode. Each must be passed over with a one-line reason, never hang or raise."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from newsexplore.search.corpus.load import iter_corpus_files, load_file
from newsexplore.search.models import Problem


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def walk(*roots: Path, follow_links: bool = False) -> tuple[list[str], list[Problem]]:
    problems: list[Problem] = []
    found = iter_corpus_files(list(roots), follow_links=follow_links, problems=problems)
    return [rel for _path, rel in found], problems


def deep_folder(root: Path, depth: int) -> Path:
    """`root/d/d/.../d`, made without recursion (os.makedirs recurses per level)."""
    folder = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=folder)
            inner = os.open("d", os.O_RDONLY, dir_fd=folder)
            os.close(folder)
            folder = inner
    finally:
        os.close(folder)
    return root.joinpath(*["d"] * depth)


def remove_deep(root: Path, depth: int) -> None:
    """Undo `deep_folder` from the bottom up: pytest's clean-up recurses once per level."""
    for level in range(depth, 0, -1):
        folder = root.joinpath(*["d"] * level)
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def test_a_named_pipe_is_listed_as_skipped_and_never_opened(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "A story.")
    os.mkfifo(tmp_path / "pipe.txt")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(walk(tmp_path)), daemon=True)
    worker.start()
    worker.join(10)
    assert result, "listing a folder with a named pipe in it did not finish"
    rels, problems = result[0]
    assert rels == ["story.txt"]
    assert [str(p) for p in problems] == [
        "pipe.txt: skipped: a named pipe (FIFO), not a regular file; not opened"
    ]


def test_loading_a_pipe_put_in_a_files_place_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "swapped.txt")
    result: list = []
    worker = threading.Thread(
        target=lambda: result.append(load_file(tmp_path / "swapped.txt", "swapped.txt")),
        daemon=True,
    )
    worker.start()
    worker.join(10)
    assert result, "reading a named pipe blocked"
    assert [p.message for p in result[0].problems] == [
        "skipped: a named pipe (FIFO), not a regular file"
    ]


def test_a_link_loop_ends_and_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "news" / "story.txt", "A story.")
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news")
    rels, problems = walk(tmp_path)
    assert rels == ["news/story.txt"]
    assert [str(p) for p in problems] == [
        "news/again: skipped: link to a folder already read (a link loop?)"
    ]


def test_links_that_point_at_each_other_are_reported_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    write(tmp_path / "story.txt", "A story.")
    rels, problems = walk(tmp_path)
    assert rels == ["story.txt"]
    assert {p.path for p in problems} == {"a.txt", "b.txt"}
    assert all("link loop" in p.message for p in problems)


def test_links_out_of_the_corpus_are_not_followed_unless_asked(tmp_path: Path) -> None:
    secret = write(tmp_path / "private" / "key.txt", "a private key")
    write(tmp_path / "private" / "notes" / "n.txt", "private notes")
    corpus = tmp_path / "corpus"
    write(corpus / "story.txt", "A story.")
    (corpus / "key.txt").symlink_to(secret)
    (corpus / "notes").symlink_to(tmp_path / "private" / "notes")
    rels, problems = walk(corpus)
    assert rels == ["story.txt"]
    assert sorted(p.path for p in problems) == ["key.txt", "notes"]
    assert all("outside the corpus" in p.message for p in problems)
    rels, problems = walk(corpus, follow_links=True)
    assert rels == ["key.txt", "notes/n.txt", "story.txt"]
    assert problems == []


def test_a_link_inside_the_corpus_does_not_list_a_file_twice(tmp_path: Path) -> None:
    write(tmp_path / "zz" / "story.txt", "A story.")
    (tmp_path / "aa").symlink_to(tmp_path / "zz")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "zz" / "story.txt")
    rels, _problems = walk(tmp_path)
    assert rels == ["zz/story.txt"]


def test_a_folder_nested_1200_deep_is_listed(tmp_path: Path) -> None:
    write(deep_folder(tmp_path, 1200) / "deep.txt", "Deep down.")
    write(tmp_path / "top.txt", "On top.")
    try:
        rels, problems = walk(tmp_path)
    finally:
        remove_deep(tmp_path, 1200)
    assert rels == ["d/" * 1200 + "deep.txt", "top.txt"]
    assert problems == []


def test_a_file_name_that_is_not_utf8_gives_an_id_every_output_can_carry(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    write(tmp_path / name, "A story about coffee.")
    rels, _ = walk(tmp_path)
    assert rels == ["caf\\xe9.txt"]
    load = load_file(tmp_path / name, rels[0])
    assert [a.id for a in load.articles] == ["caf\\xe9.txt"]
    assert json.dumps(load.articles[0].id, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "escape", ["\\ud800", "\\udfff", "\\ud83d x"], ids=["high", "low", "half-a-pair"]
)
def test_a_lone_surrogate_in_a_record_is_replaced_and_reported(tmp_path: Path, escape: str) -> None:
    fields = {"id": f"r{escape}", "title": f"T{escape}", "text": f"Before {escape} after."}
    line = json.dumps(fields).replace("\\\\", "\\")  # the escape as JSON spells it
    path = write(tmp_path / "records.jsonl", line + '\n{"id": "ok", "text": "Fine."}\n')
    load = load_file(path, "records.jsonl")
    assert [a.text.split()[0] for a in load.articles] == ["Before", "Fine."]
    for article in load.articles:
        for value in (article.id, article.title, article.text):
            value.encode("utf-8")  # raises on a lone surrogate
    assert load.articles[0].text == "Before \ufffd" + escape[6:] + " after."  # one for one
    assert [str(p) for p in load.problems] == [
        "records.jsonl:1: replaced 3 lone UTF-16 surrogates with U+FFFD"
    ]


def test_a_record_that_breaks_the_loader_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsexplore.search.corpus import load as load_module

    real = load_module.analyse

    def fragile(text: str, *args: object) -> object:
        if "poison" in text:
            raise ValueError("cannot lay out this text")
        return real(text, *args)

    monkeypatch.setattr(load_module, "analyse", fragile)
    rows = ["Good one.", "A poison record.", "Good two."]
    path = write(tmp_path / "r.jsonl", "".join(json.dumps({"text": t}) + "\n" for t in rows))
    load = load_file(path, "r.jsonl")
    assert [a.text for a in load.articles] == ["Good one.", "Good two."]
    assert [str(p) for p in load.problems] == [
        "r.jsonl:2: record skipped (ValueError: cannot lay out this text)"
    ]


def test_a_file_that_breaks_the_loader_is_skipped_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsexplore.search.corpus import load as load_module

    def broken(*args: object) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(load_module, "_split_metadata", broken)
    path = write(tmp_path / "story.txt", "A story.")
    load = load_file(path, "story.txt")
    assert load.articles == ()
    assert [str(p) for p in load.problems] == [
        "story.txt: skipped: could not be read (RecursionError: maximum recursion depth exceeded)"
    ]


def test_a_nul_in_a_record_is_a_text_repair_that_keeps_offsets(tmp_path: Path) -> None:
    text = "Talks resume on Monday.\x00 Null after it."
    fields = {"id": "ctl", "title": "Ti\x00tle", "text": text}
    path = write(
        tmp_path / "records.jsonl", json.dumps(fields) + '\n{"id": "ok", "text": "Fine."}\n'
    )
    load = load_file(path, "records.jsonl")
    article = load.articles[0]
    assert article.text == text.replace("\x00", "\ufffd")  # one for one: offsets as in the record
    assert article.text.index("Null") == text.index("Null")
    assert "\x00" not in article.title
    assert [(str(p), p.kind) for p in load.problems] == [
        ("records.jsonl:1: replaced 2 NUL characters with U+FFFD", "repaired")
    ]


def test_a_nul_byte_in_a_large_record_file_read_in_parts_is_reported(tmp_path: Path) -> None:
    from newsexplore.search.corpus.load import load_file_parts

    lines = [json.dumps({"id": f"r{n}", "text": f"Story {n} of the day."}) for n in range(40)]
    lines[25] = lines[25].replace("of the", "of\x00 the")
    path = write(tmp_path / "big.jsonl", "\n".join(lines) + "\n")
    loads = list(load_file_parts(path, "big.jsonl", part_bytes=256))
    assert len(loads) > 1
    problems = [p for load in loads for p in load.problems]
    assert [(p.line, p.kind) for p in problems] == [(26, "repaired")]
    assert "NUL" in problems[0].message
    assert sum(len(load.articles) for load in loads) == 40


@pytest.mark.parametrize(
    ("value", "what"),
    [("12345", "a number (12345)"), ("-2.5", "a number (-2.5)"), ("true", "a boolean (true)")],
)
def test_a_record_whose_text_is_not_words_is_skipped_and_reported(
    tmp_path: Path, value: str, what: str
) -> None:
    lines = [f'{{"id": "x4", "text": {value}}}', '{"id": "ok", "text": "The harbour reopened."}']
    load = load_file(write(tmp_path / "odd.jsonl", "\n".join(lines) + "\n"), "odd.jsonl")
    assert [article.id for article in load.articles] == ["ok"]
    assert [(str(p), p.kind) for p in load.problems] == [
        (f"odd.jsonl:1: record skipped: its text field 'text' is {what}, not words", "partial")
    ]


def test_a_number_in_the_text_field_does_not_hide_the_body(tmp_path: Path) -> None:
    record = {"id": "x5", "text": 7, "body": "The harbour reopened on Monday."}
    load = load_file(write(tmp_path / "odd.jsonl", json.dumps(record) + "\n"), "odd.jsonl")
    assert [article.text for article in load.articles] == ["The harbour reopened on Monday."]
    assert load.problems == ()
