"""Editing one record of a JSON Lines file re-indexes that record, not every one after it.

Records are known by their id and content, not by their line: deleting a line
used to give every later record a new line number, so each was read, extracted
and written again, and the summary counted a file read twice as two updated
files with its duplicates twice.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsexplore.search import Library, UpdateSummary


def build(library: Library) -> UpdateSummary:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


def rows(count: int) -> list[dict]:
    return [
        {"id": f"r{n}", "title": f"Story {n}", "text": f"Story {n}: the council met on day {n}."}
        for n in range(count)
    ]


def write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def test_deleting_a_line_writes_no_other_record_and_later_lines_follow(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    records = rows(30)
    write(path, records)
    library = Library([path], tmp_path / "index")
    build(library)
    assert library.article("r20").line == 21
    write(path, records[:10] + records[11:])
    summary = build(library)
    assert (summary.updated, summary.indexed, summary.added_articles) == (1, 0, 0)
    assert summary.articles == 29 and library.article("r10") is None
    assert library.article("r20").line == 20, "the line shown for a record is where it is now"
    assert library.article("r5").line == 6


def test_changing_one_record_and_adding_one_writes_those_two(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    records = rows(30)
    write(path, records)
    library = Library([path], tmp_path / "index")
    build(library)
    records[3] = {**records[3], "text": "Story 3: the council adjourned."}
    extra = {"id": "new", "title": "Late", "text": "A late story about the harbour."}
    write(path, [extra, *records])
    summary = build(library)
    assert (summary.updated, summary.added_articles, summary.articles) == (1, 2, 31)
    assert library.article("r29").line == 31


def test_a_file_read_again_for_its_copies_is_counted_once(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    records = rows(10)
    copies = [{**r, "id": f"copy-{r['id']}"} for r in records[:4]]
    write(path, records + copies)
    library = Library([path], tmp_path / "index")
    first = build(library)
    assert first.duplicates == 4
    records[0] = {**records[0], "text": "Story 0: the council was dissolved."}
    write(path, records + copies)
    summary = build(library)
    assert (summary.indexed, summary.updated, summary.duplicates) == (0, 1, 3)
    problems = [p for p in summary.problems if p.kind == "duplicate"]
    assert len(problems) == 3, "each copy said once"
