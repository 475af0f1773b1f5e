"""Only copies of one article are folded: records that share an id or a text are kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsexplore.search import Library, UpdateSummary

from .cli_support import run


def build(library: Library) -> UpdateSummary:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


def write_records(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))


def found(library: Library, query: str) -> list[str]:
    results = library.search(query, limit=50)
    assert results.error is None, results.error
    return sorted(hit.article_id for hit in results.hits)


def test_a_record_reusing_an_id_is_kept_under_an_id_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    write_records(
        path,
        [
            {"id": "dup1", "text": "Walruses sunbathe on the quay."},
            {"id": "dup1", "text": "Penguins parade on the quay."},
        ],
    )
    library = Library([path], tmp_path / "index")
    summary = build(library)
    walruses, penguins = found(library, "walruses"), found(library, "penguins")
    assert walruses == ["dup1"]
    assert len(penguins) == 1 and penguins[0].startswith("dup1") and penguins[0] != "dup1"
    assert library.article(penguins[0]).text == "Penguins parade on the quay."
    clash = [p for p in summary.problems if "dup1" in p.message]
    assert len(clash) == 1 and clash[0].path == "wire.jsonl" and clash[0].line == 2
    assert penguins[0] in clash[0].message
    again = Library([path], tmp_path / "index2")
    build(again)
    assert found(again, "penguins") == penguins  # the same id in any new index


def test_a_record_reusing_an_id_of_another_file_is_kept(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    write_records(root / "a.jsonl", [{"id": "same", "text": "Walruses sunbathe."}])
    write_records(root / "b.jsonl", [{"id": "same", "text": "Penguins parade."}])
    library = Library([root], tmp_path / "index")
    summary = build(library)
    assert library.article_count() == 2
    (penguins,) = found(library, "penguins")
    clash = [p for p in summary.problems if p.path == "b.jsonl"]
    assert len(clash) == 1 and clash[0].line == 1
    assert "a.jsonl" in clash[0].message and penguins in clash[0].message
    build(library)
    assert found(library, "penguins") == [penguins]


def test_the_same_text_under_another_title_or_date_is_another_article(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    text = "Bank of America said it would sell shares to raise capital."
    write_records(
        path,
        [
            {"id": "r4", "title": "Talking point: BankAmerica", "date": "1987-02-26", "text": text},
            {"id": "r16", "title": "Economic spotlight", "date": "1987-02-26", "text": text},
            {"id": "r17", "title": "Economic spotlight", "date": "1987-03-02", "text": text},
        ],
    )
    library = Library([path], tmp_path / "index")
    summary = build(library)
    assert summary.duplicates == 0
    assert found(library, "capital") == ["r16", "r17", "r4"]
    assert found(library, 'title:"economic spotlight" america') == ["r16", "r17"]


def test_a_copy_of_the_same_article_is_folded_and_its_id_leads_to_the_one_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "wire.jsonl"
    row = {"title": "Copper rises", "date": "1987-03-02", "text": "Copper prices rose sharply."}
    write_records(path, [{"id": "w1", **row}, {"id": "w2", **row}, {"id": "w1", **row}])
    index = tmp_path / "index"
    library = Library([path], index)
    summary = build(library)
    assert library.article_count() == 1 and summary.duplicates == 2
    code, out, err = run(
        ["article", "w2", "--corpus", str(path), "--index-dir", str(index)], capsys
    )
    assert code == 0
    assert "id: w1" in out and "Copper prices rose sharply." in out
    assert "w2" in err and "w1" in err
