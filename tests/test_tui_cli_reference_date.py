"""`--reference-date` reads what a folder's `newsexplore.cfg` `date:` reads, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsexplore.tui.cli import main
from tests.cli_support import run

TALKS = (
    "Title: Talks resume\n\n"
    "The talks resumed yesterday after a pause last month, the union said.\n"
    "Last year they failed over pay.\n"
)


def _corpus(tmp_path: Path, name: str, setting: str | None = None) -> Path:
    corpus = tmp_path / name
    corpus.mkdir()
    (corpus / "talks.txt").write_text(TALKS, encoding="utf-8")
    if setting is not None:
        (corpus / "newsexplore.cfg").write_text(f"date: {setting}\n", encoding="utf-8")
    return corpus


def _values(capsys, corpus: Path, index: Path, *args: str) -> dict[str, str | None]:
    code, out, err = run(
        ["timeline", "--dates", "mentioned", "--corpus", str(corpus), "--index-dir", str(index)]
        + list(args),
        capsys,
    )
    assert code == 0, err
    return {row["text"]: row["value"] for row in map(json.loads, out.splitlines())}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-06-12", {"yesterday": "2024-06-11", "last month": "2024-05", "Last year": "2023"}),
        ("2024-06", {"yesterday": None, "last month": "2024-05", "Last year": "2023"}),
        ("2024", {"yesterday": None, "last month": None, "Last year": "2023"}),
    ],
)
def test_the_option_takes_a_day_a_month_or_a_year_as_the_settings_file_does(
    capsys, tmp_path: Path, given: str, expected: dict[str, str | None]
) -> None:
    """A month or a year was a `date:` in newsexplore.cfg but an error on the command line:
    both now read it alike, and resolve the same expressions to the same values."""
    by_option = _values(
        capsys, _corpus(tmp_path, "run"), tmp_path / "i1", "--reference-date", given
    )
    by_file = _values(capsys, _corpus(tmp_path, "folder", given), tmp_path / "i2")
    assert by_option == by_file == expected


@pytest.mark.parametrize(
    ("given", "what"),
    [
        ("2024-13", "no month 13"),
        ("2024-02-30", "no such day"),
        ("0000", "no year 0"),
        ("0000-03-01", "no year 0"),
        ("June 2024", "use YYYY-MM-DD, YYYY-MM or YYYY"),
        ("24", "use YYYY-MM-DD, YYYY-MM or YYYY"),
    ],
)
def test_a_value_neither_place_reads_is_one_line_naming_the_option_and_exit_2(
    capsys, tmp_path: Path, given: str, what: str
) -> None:
    corpus = _corpus(tmp_path, "run")
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    for command in (["timeline"], ["quotes"], []):
        with pytest.raises(SystemExit) as stopped:  # argparse's own exit, as a shell sees it
            main([*command, *where, "--reference-date", given])
        out, err = capsys.readouterr()
        assert stopped.value.code == 2 and out == "", err
        assert len(err.splitlines()) == 1 and "Traceback" not in err
        assert "--reference-date" in err and what in err and repr(given) in err, err
    folder = _corpus(tmp_path, "folder", given)
    code, _out, err = run(
        ["timeline", "--corpus", str(folder), "--index-dir", str(tmp_path / "i2")], capsys
    )
    assert code == 0 and f"newsexplore.cfg:1: not a date ({what}" in err, err


def test_around_a_relative_date_counts_from_the_reference_date_when_one_is_given(
    capsys, tmp_path: Path
) -> None:
    """`--around "last week"` counted from the busiest month (March 1987 here) even with
    `--reference-date`: the user said when, so it counts from that day."""
    corpus = _corpus(tmp_path, "corpus")
    (corpus / "mill.txt").write_text(
        "Title: The mill closes\nDate: 1987-03-05\n\nThe mill closed on 2 March 1987.\n",
        encoding="utf-8",
    )
    around = ["--around", "last week", "--limit", "1", "--dates", "mentioned"]
    given = _values(capsys, corpus, tmp_path / "index", *around, "--reference-date", "2024-06-12")
    assert given == {"yesterday": "2024-06-11"}
    assert _values(capsys, corpus, tmp_path / "index", *around) == {"2 March 1987": "1987-03-02"}


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("1987-03", "Sun 1 March 1987, the first day of --reference-date 1987-03"),
        ("1987-03-10", "Tue 10 March 1987, the --reference-date"),
    ],
)
def test_around_a_relative_date_says_on_stderr_which_day_it_counted_from(
    capsys, tmp_path: Path, given: str, said: str
) -> None:
    """A month gives "last week" no day: the day it was counted from is said, in one line,
    as the app's `d` says it; a date typed in full counts from nothing and says nothing."""
    corpus = _corpus(tmp_path, "corpus")
    (corpus / "mill.txt").write_text(
        "Title: The mill closes\nDate: 1987-03-05\n\nThe mill closed on 2 March 1987.\n",
        encoding="utf-8",
    )
    base = ["timeline", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    base += ["--reference-date", given, "--limit", "1"]
    code, _out, err = run([*base, "--around", "last week"], capsys)
    assert code == 0, err
    notes = [line for line in err.splitlines() if "counted from" in line]
    assert notes == [f"newsexplore: warning: --around 'last week' counted from {said}"]
    code, _out, err = run([*base, "--around", "1987-03-02"], capsys)
    assert code == 0 and "counted from" not in err, err
