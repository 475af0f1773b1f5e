"""Every output of the command line, made from a hostile corpus, is inert.

Article text can carry terminal escape sequences (retitle the window, set the
clipboard, clear the screen), 8-bit C1 controls, bidi overrides and
spreadsheet formulas. None of them may reach stdout raw, in any format.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from newsexplore.search import csv_cell, json_text, printable
from newsexplore.tui.cli import main
from newsexplore.tui.widgets.safe_text import clean, clean_line

ESCAPES = "\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b[31m"
C1 = "\x9b2J\x9d0;t\x9c\x85"
BIDI = "\u202e\u2066\u200f"
HOSTILE = ESCAPES + C1 + BIDI + "\x00\x08\x7f"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _record(n: int) -> dict:
    return {
        "id": f"h{n}",
        "title": f"=SUM(A1) Harbour {HOSTILE} news {n}",
        "date": "2026-01-08",
        "source": f"@Wire {HOSTILE}",
        "author": f"-Ann {HOSTILE} Lee",
        "url": f"http://example.com/{HOSTILE}",
        "text": f"The harbour {HOSTILE} council met on 8 January {HOSTILE}. "
        f'"We will act {HOSTILE} together on the harbour," said Jane Doe{BIDI}, the chair. '
        f'"+Nothing {C1} is settled," Jane Doe added on Thursday. Last week {ESCAPES} it rained.',
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "wire.jsonl"
    path.write_text("\n".join(json.dumps(_record(n)) for n in range(3)) + "\n")
    return ["--corpus", str(path), "--index-dir", str(tmp_path_factory.mktemp("index"))]


COMMANDS = [
    ["search", "harbour", "--format", "text"],
    ["search", "harbour", "--format", "json"],
    ["search", "harbour", "--format", "jsonl"],
    ["search", "harbour", "--scope", "quotes", "--format", "text"],
    ["search", "harbour", "--scope", "quotes", "--format", "json"],
    *(["quotes", "--format", fmt] for fmt in ("jsonl", "json", "csv")),
    *(["speakers", "--format", fmt] for fmt in ("jsonl", "json", "csv")),
    *(["timeline", "--format", fmt] for fmt in ("jsonl", "json", "csv")),
    ["article", "h0", "--format", "text"],
    ["article", "h0", "--format", "json"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_control_or_bidi_character_reaches_the_output(capsys, hostile, command) -> None:
    code = main([*command, *hostile])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert len(out) > 40
    assert not FORBIDDEN.findall(out.replace("\n", "").replace("\t", ""))
    assert not FORBIDDEN.findall(err.replace("\n", ""))
    if command[-1] == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) > 1
        for cell in (cell for row in rows for cell in row):
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_json_keeps_every_character_as_an_escape(capsys, hostile) -> None:
    main(["search", "harbour", "--format", "json", *hostile])
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert ESCAPES + "\x9b2J" in hits[0]["title"] and BIDI in hits[0]["title"]


def test_csv_cells_show_controls_and_defuse_formulas() -> None:
    assert csv_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert csv_cell("+1") == "'+1" and csv_cell("@A1") == "'@A1" and csv_cell("-2") == "'-2"
    assert csv_cell("a\x1b[2Jb") == "a\u241b[2Jb"
    assert csv_cell("a\x9bb\u202ec") == "a\ufffdb\ufffdc"
    assert csv_cell(["x", "=y"]) == "x; =y" and csv_cell(3) == 3


def test_text_and_json_helpers_neutralise_what_they_must() -> None:
    assert not FORBIDDEN.findall(printable(HOSTILE))
    assert not FORBIDDEN.findall(json_text({"t": HOSTILE}))
    assert json.loads(json_text({"t": HOSTILE})) == {"t": HOSTILE}


def test_escape_sequences_are_shown_as_written_not_run(capsys, hostile) -> None:
    """ESC is shown as ␛, BEL as ␇, with the rest of the sequence as it was
    written: what the text holds can be read, and nothing is left for the
    terminal to act on."""
    main(["article", "h0", "--format", "text", *hostile])
    out = capsys.readouterr().out
    assert "␛]0;pwned␇␛]52;c;ZXZpbA==␇␛[2J␛[31m" in out
    assert "�2J�0;t�" in out and "␈␡" in out  # a NUL is replaced when the record is read


def test_the_command_line_and_the_app_show_control_characters_alike() -> None:
    """One rendering everywhere: a quote checked in the app and in a terminal reads the same."""
    sample = "a\x1b[31mred\x1b[0m b\x07 c\x7f d\x9b2J e\u202ef\x00\r\ttab\nline\u2028end"
    assert printable(sample) == "a␛[31mred␛[0m b␇ c␡ d�2J e�f␀␍\ttab\nline\nend"
    assert clean(sample) == printable(sample).replace("\t", " ")  # the reader lays tabs out
    assert clean_line(sample) == printable(sample, keep_newlines=False)
    assert printable(sample, keep_newlines=False) == "a␛[31mred␛[0m b␇ c␡ d�2J e�f␀␍ tab line end"
    assert len(printable(sample)) == len(sample)  # one for one: offsets still hold
