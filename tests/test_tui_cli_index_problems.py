"""`newsexplore index` tells a script whether the corpus was read whole: its exit status
follows the problems it prints as errors, and warnings leave it at 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsexplore.tui.cli.common import EXIT_OK, EXIT_PROBLEMS
from tests.cli_support import run

STORY = "Title: Port\nDate: 2024-06-12\n\nThe port reopened on Monday, officials said.\n"


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "port.txt").write_text(STORY, encoding="utf-8")
    return root


def _index(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code, _out, err = run(["index", str(corpus), "--index-dir", str(tmp_path / "ix")], capsys)
    return code, err


def test_a_bad_settings_line_is_an_error_naming_file_and_line_and_the_exit_status_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "newsexplore.cfg").write_text("# the desk's folder\ndate: 2024-13-01\n")
    code, err = _index(corpus, tmp_path, capsys)
    assert code == EXIT_PROBLEMS, err
    assert "newsexplore: error: 1 settings problem (newsexplore.cfg lines not understood, so" in err
    assert f"{corpus / 'newsexplore.cfg'}:2: not a date (no month 13)" in err
    assert "1 article in the index" in err  # the rest of the work went on
    (corpus / "newsexplore.cfg").write_text("date: 2024-06-01\n")
    code, err = _index(corpus, tmp_path, capsys)
    assert code == EXIT_OK and "error" not in err, err


def test_a_file_that_cannot_be_read_sets_the_same_status_while_it_stands(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "scan.txt").write_bytes(b"\x00\x01\x02\x03binary\x00" * 40)
    code, err = _index(corpus, tmp_path, capsys)
    assert code == EXIT_PROBLEMS and "newsexplore: error: 1 file unreadable" in err, err
    # Not read again while unchanged, the file is still missing from the index.
    code, err = _index(corpus, tmp_path, capsys)
    assert code == EXIT_PROBLEMS and "still standing from earlier builds" in err, err
    (corpus / "scan.txt").unlink()
    code, err = _index(corpus, tmp_path, capsys)
    assert code == EXIT_OK, err


def test_warnings_alone_leave_the_status_at_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "blank.txt").write_text("   \n")
    code, err = _index(corpus, tmp_path, capsys)
    assert code == EXIT_OK and "newsexplore: warning: 1 empty file" in err, err
    assert "error" not in err
