"""A marked ≈ date cites what the article gives now, and says when that changed.

A mark keeps the sentence it was made on and the citation it was made with.
The date of an undated story counts from its folder's settings date (or a
run's `--reference-date`); when that moves, the same words name another day.
The mark kept citing the old day and settings line while the timeline showed
the new one, with nothing to say either had changed.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_support import run

COUNCIL = "Title: Council budget\n\nThe council met yesterday and agreed the budget.\n"
SENTENCE = "The council met yesterday and agreed the budget."


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    corpus = tmp_path / "desk"
    corpus.mkdir()
    (corpus / "council.txt").write_text(COUNCIL, encoding="utf-8")
    settings(corpus, "2024-05-01")
    return corpus


def settings(corpus: Path, date: str) -> Path:
    cfg = corpus / "newsexplore.cfg"
    cfg.write_text(f"# the desk\ndate: {date}\n", encoding="utf-8")
    return cfg.resolve()


def where(corpus: Path, tmp_path: Path) -> list[str]:
    return ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]


def mark_the_date(capsys, corpus: Path, tmp_path: Path) -> None:
    """`marks add` on the dated sentence, by its offsets, as a script marks it."""
    code, out, err = run(
        ["article", "council.txt", "--format", "json", *where(corpus, tmp_path)], capsys
    )
    assert code == 0, err
    start = json.loads(out)["text"].index(SENTENCE)
    span = ["--start", str(start), "--end", str(start + len(SENTENCE))]
    code, out, err = run(["marks", "add", "council.txt", *span, *where(corpus, tmp_path)], capsys)
    assert code == 0 and "2024-04-30" in out, (out, err)


def listed(capsys, corpus: Path, tmp_path: Path, fmt: str, *more: str) -> str:
    code, out, err = run(["marks", "--format", fmt, *where(corpus, tmp_path), *more], capsys)
    assert code == 0, err
    return out


def counted(cfg: Path, date: str) -> str:
    return f"{date} (settings file {cfg}, line 2)"


def test_a_marked_date_counted_from_a_changed_settings_date_is_the_new_day_and_says_so(
    capsys, desk: Path, tmp_path: Path
) -> None:
    mark_the_date(capsys, desk, tmp_path)
    cfg = settings(desk, "2024-06-01")
    assert run(["index", str(desk), "--index-dir", str(tmp_path / "index")], capsys)[0] == 0
    now, then = counted(cfg, "2024-06-01"), counted(cfg, "2024-05-01")

    text = listed(capsys, desk, tmp_path, "text")
    assert "date changed since marked" in text.splitlines()[0], text
    assert (
        f"{SENTENCE} [yesterday: ≈ 2024-05-31, counted from {now};"
        f" marked as ≈ 2024-04-30, counted from {then}]"
    ) in text, text

    (record,) = [json.loads(line) for line in listed(capsys, desk, tmp_path, "jsonl").splitlines()]
    assert record["text"] == SENTENCE  # the words marked stay
    assert (record["value"], record["counted_from"]) == ("2024-05-31", now)
    assert record["date_changed"] is True
    assert (record["marked_value"], record["marked_counted_from"]) == ("2024-04-30", then)

    (row,) = csv.DictReader(io.StringIO(listed(capsys, desk, tmp_path, "csv")))
    assert (row["value"], row["date_changed"], row["marked_value"]) == (
        "2024-05-31",
        "True",
        "2024-04-30",
    )
    markdown = listed(capsys, desk, tmp_path, "md")
    assert "date changed since marked" in markdown.splitlines()[0], markdown
    assert "≈ 2024-05-31" in markdown and "marked as ≈ 2024-04-30" in markdown, markdown


def test_a_marked_date_read_with_another_reference_date_is_that_days_and_says_so(
    capsys, desk: Path, tmp_path: Path
) -> None:
    mark_the_date(capsys, desk, tmp_path)
    out = listed(capsys, desk, tmp_path, "json", "--reference-date", "2024-07-01")
    (record,) = json.loads(out)
    assert (record["value"], record["counted_from"]) == (
        "2024-06-30",
        "2024-07-01 (--reference-date)",
    )
    assert record["date_changed"] is True and record["marked_value"] == "2024-04-30"


def test_a_marked_date_the_article_still_gives_is_not_flagged(
    capsys, desk: Path, tmp_path: Path
) -> None:
    """Changed and changed back: the date cited is the one the article gives, unflagged."""
    mark_the_date(capsys, desk, tmp_path)
    index = ["index", str(desk), "--index-dir", str(tmp_path / "index")]
    settings(desk, "2024-06-01")
    assert run(index, capsys)[0] == 0
    cfg = settings(desk, "2024-05-01")
    assert run(index, capsys)[0] == 0
    text = listed(capsys, desk, tmp_path, "text")
    assert "changed" not in text and "marked as" not in text, text
    assert f"[yesterday: ≈ 2024-04-30, counted from {counted(cfg, '2024-05-01')}]" in text
    (record,) = json.loads(listed(capsys, desk, tmp_path, "json"))
    assert record["date_changed"] is False and record["marked_value"] == ""
