"""`timeline` and `article` say what each ≈ date of an undated story was counted from."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli_support import run

FILLER = (
    "Ministers then spoke at length about the dispute, and the talks went on with little "
    "progress. Their aides met the press and said nothing of note. Observers were not "
    "surprised by any of it. "
)
TALKS = (
    "Title: Talks resume\n\n"
    "The talks resumed yesterday after a pause, the union said.\n"
    "Last year they failed over pay.\n"
)
HISTORY = (
    "Title: Pact\n\n"
    f"Talks began on March 3, 1987 in Geneva. {FILLER}\n"
    "The next quarter the pact was dead. A vote is set for April 7.\n"
)


def corpus(tmp_path: Path, setting: str | None = None) -> Path:
    root = tmp_path / "corpus"
    (root / "desk").mkdir(parents=True)
    (root / "desk" / "talks.txt").write_text(TALKS, encoding="utf-8")
    (root / "history.txt").write_text(HISTORY, encoding="utf-8")
    (root / "dated.txt").write_text("Title: D\nDate: 1987-06-01\n\nIt rose.\n", encoding="utf-8")
    if setting is not None:
        (root / "desk" / "newsexplore.cfg").write_text(f"# desk\n{setting}\n", encoding="utf-8")
    return root


def where(root: Path, tmp_path: Path) -> list[str]:
    return ["--corpus", str(root), "--index-dir", str(tmp_path / "index")]


def timeline(capsys, args: list[str], fmt: str) -> list[dict]:
    code, out, err = run(["timeline", "--dates", "mentioned", *args, "--format", fmt], capsys)
    assert code == 0, err
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(out)))
    if fmt == "json":
        return json.loads(out)
    return [json.loads(line) for line in out.splitlines()]


def test_timeline_writes_what_each_inferred_date_was_counted_from(capsys, tmp_path: Path) -> None:
    root = corpus(tmp_path, "date: 2024-05-01")
    cfg = root.resolve() / "desk" / "newsexplore.cfg"
    at = HISTORY.split("\n\n", 1)[1].index("March 3, 1987")
    expected = {
        "yesterday": f"2024-05-01 (settings file {cfg}, line 2)",
        "Last year": f"2024-05-01 (settings file {cfg}, line 2)",
        "March 3, 1987": "",
        "The next quarter": f"1987-03-03 (its own date, at {at})",
        "April 7": "1987 (the corpus's usual year)",
    }
    for fmt in ("jsonl", "json", "csv"):
        rows = timeline(capsys, where(root, tmp_path), fmt)
        assert {row["text"]: row["counted_from"] for row in rows} == expected, fmt
    run_rows = timeline(capsys, [*where(root, tmp_path), "--reference-date", "2024-06-12"], "csv")
    counted = {row["text"]: row["counted_from"] for row in run_rows}
    assert counted["yesterday"] == counted["April 7"] == "2024-06-12 (--reference-date)"


def article(capsys, args: list[str]) -> str:
    code, out, err = run(["article", *args], capsys)
    assert code == 0, err
    return out


def test_article_says_what_its_dates_were_counted_from_and_each_date_where_they_differ(
    capsys, tmp_path: Path
) -> None:
    root = corpus(tmp_path)
    args = where(root, tmp_path)
    history = article(capsys, ["history.txt", *args]).splitlines()
    at = HISTORY.split("\n\n", 1)[1].index("March 3, 1987")
    summary = "dates: 1 date ≈ counted from its own dates, 1 from the corpus's usual year 1987"
    assert summary in history
    assert f"  The next quarter ≈ 1987-Q2: 1987-03-03 (its own date, at {at})" in history
    assert "  April 7 ≈ 1987-04-07: 1987 (the corpus's usual year)" in history
    dated = article(capsys, ["dated.txt", *args])
    assert "counted from" not in dated
    talks = article(capsys, ["desk/talks.txt", *args, "--reference-date", "2024-05-01"])
    assert "dates: 2 dates ≈ counted from 2024-05-01 (--reference-date)\n" in talks
    assert "  yesterday" not in talks  # one source: said once


def test_article_json_lists_the_inferred_dates_with_what_each_was_counted_from(
    capsys, tmp_path: Path
) -> None:
    root = corpus(tmp_path)
    out = article(capsys, ["desk/talks.txt", *where(root, tmp_path), "--format", "json"])
    record = json.loads(out)
    assert record["dates_counted_from"] is None and record["inferred_dates"] == []
    out = article(
        capsys,
        ["desk/talks.txt", *where(root, tmp_path), "--reference-date", "2024", "--format", "json"],
    )
    record = json.loads(out)
    assert record["dates_counted_from"] == "1 date ≈ counted from 2024 (--reference-date)"
    assert [(d["text"], d["value"], d["counted_from"]) for d in record["inferred_dates"]] == [
        ("Last year", "2023", "2024 (--reference-date)")
    ]
