"""U+0085 (NEL) is an 8-bit control: shown as `�` like the others, never as a line
break; the Unicode line and paragraph separators are line breaks wherever text is shown."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsexplore.search import printable
from tests.cli_support import run

TEXT = (
    "Mary Jones met the council last week. Then \u0085 next line and \u2028 line sep, "
    "and she said the harbour reopens on 8 January 2026.\u2029The end."
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("nel")
    path = folder / "wire.jsonl"
    record = {"id": "m2", "title": "Harbour", "date": "2026-01-02", "text": TEXT}
    path.write_text(json.dumps(record) + "\n")
    return ["--corpus", str(path), "--index-dir", str(tmp_path_factory.mktemp("index"))]


def test_article_shows_nel_as_a_stand_in_not_a_line_break(capsys, corpus) -> None:
    code, out, err = run(["article", "m2", "--format", "text", *corpus], capsys)
    assert code == 0, err
    assert "Then \ufffd next line and \n line sep," in out
    assert "\x85" not in out and "\u2028" not in out and "\u2029" not in out


def test_timeline_csv_cells_hold_no_nel_or_raw_separator(capsys, corpus) -> None:
    code, out, err = run(["timeline", "--format", "csv", *corpus], capsys)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    cells = [cell for row in rows[1:] for cell in row]
    assert any("8 January 2026" in cell for cell in cells)
    assert not any(ch in cell for cell in cells for ch in "\x85\u2028\u2029")


def test_the_reader_and_the_command_line_show_nel_alike() -> None:
    shown = printable(TEXT)
    assert len(shown) == len(TEXT)  # one for one: offsets hold in what is shown
    assert "Then \ufffd next" in shown and "and \n line sep" in shown
    assert "\ufffd" not in printable("a\u2028b") and printable("a\u2029b") == "a\nb"
