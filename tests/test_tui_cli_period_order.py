"""A year's halves, quarters and seasons are listed in the order they start."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.cli_support import run

TEXT = (
    "Sales rose in the second half of 2016, the board said. "
    "They had fallen in the first quarter of 2016. "
    "The plant was built in spring 2016. "
    "Output slowed in the summer of 2016. "
    "Prices rose in the third quarter of 2016."
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("periods")
    path = folder / "wire.jsonl"
    path.write_text(json.dumps({"id": "p1", "date": "2017-03-01", "text": TEXT}) + "\n")
    return ["--corpus", str(path), "--index-dir", str(tmp_path_factory.mktemp("index"))]


def test_grouped_timeline_lists_a_years_periods_as_they_start(capsys, corpus) -> None:
    """The second half was listed above the first quarter, and spring after both quarters."""
    args = ["timeline", "--from", "2016", "--to", "2016", "--group", "month", "--format", "csv"]
    code, out, err = run([*args, "--dates", "mentioned", *corpus], capsys)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    groups = [row[0] for row in rows[1:]]
    assert groups == ["2016-Q1", "2016-SP", "2016-SU", "2016-H2", "2016-Q3"], out
