"""`newsexplore timeline` grouped: each period labelled as precisely as its dates are given."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli_support import run

MILL = """Title: The mill closes
Date: 1987-03-05

The mill was built in the 19th century and rebuilt in 1857. It closed on 2 March 1987.
"""


def test_timeline_by_month_labels_a_year_or_century_as_itself(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    args = ["timeline", "--group", "month", "--dates", "mentioned", "--format", "csv"]
    code, out, _ = run(
        [*args, "--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)], capsys
    )
    assert code == 0
    periods = [row["period"] for row in csv.DictReader(io.StringIO(out))]
    assert periods == ["18", "1857", "1987-03"]


def test_around_lists_only_dated_entries(capsys, tmp_path: Path) -> None:
    """An unresolved "Monday" is near no date: `--around` past the last date lists
    the last dated entries, never the unresolved group."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    (corpus / "undated.txt").write_text(
        "Title: Talks\n\nThe talks resumed on Monday after a pause last week.\n", encoding="utf-8"
    )
    args = ["timeline", "--around", "1990", "--limit", "3", "--format", "csv"]
    code, out, _ = run(
        [*args, "--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)], capsys
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3 and all(row["value"] for row in rows), rows
