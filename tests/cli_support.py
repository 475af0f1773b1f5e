"""Running the console script in-process, as a shell would, for the CLI tests."""

from __future__ import annotations

import pytest

from newsexplore.tui.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The exit code and what was printed, so a test checks both as a script would."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err
