"""`newsexplore index` tells problems by kind, worst first, instead of a flat list."""

from __future__ import annotations

from pathlib import Path

from newsexplore.tui.cli.common import EXIT_PROBLEMS
from tests.cli_support import run

STORY = "Plan agreed\n\nMinisters met on Tuesday to discuss the plan for the coming year.\n"


def scraped(tmp_path: Path, copies: int) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(copies + 1):
        (corpus / f"story-{n:03}.txt").write_text(STORY)
    legacy = "Café crème and naïve \u201cquotes\u201d \u2013 the déjà vu season."
    (corpus / "legacy.txt").write_bytes(legacy.encode("cp1252"))
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return corpus


def test_index_counts_problems_by_kind_worst_first(capsys, tmp_path: Path) -> None:
    corpus = scraped(tmp_path, copies=12)
    code, out, err = run(["index", str(corpus), "--index-dir", str(tmp_path / "i")], capsys)
    assert code == EXIT_PROBLEMS and out == ""  # the binary file is not in the index
    lines = err.splitlines()
    assert lines[0] == (
        "newsexplore: 14 problems: 1 file unreadable, 1 file decoded as cp1252, 12 duplicates"
    )
    heads = [line for line in lines if line.startswith("newsexplore: ")]
    assert heads[1].startswith("newsexplore: error: 1 file unreadable (")
    assert heads[2].startswith("newsexplore: warning: 1 file decoded as cp1252 (")
    assert heads[3].startswith("newsexplore: warning: 12 duplicates (")
    examples = [line for line in lines if "same text as story-000.txt" in line]
    assert len(examples) == 3
    assert "  ... and 9 more" in lines
    assert "more warnings like these" not in err
    assert "--problems" in err


def test_index_problems_lists_every_one_after_a_restart(capsys, tmp_path: Path) -> None:
    corpus = scraped(tmp_path, copies=12)
    index = str(tmp_path / "i")
    run(["index", str(corpus), "--index-dir", index], capsys)
    code, out, err = run(["index", str(corpus), "--index-dir", index, "--problems"], capsys)
    assert (
        code == EXIT_PROBLEMS and "problems:" not in err
    )  # nothing read again, nothing new to tell
    lines = out.splitlines()
    assert (
        lines[0].startswith("1 file unreadable (")
        and lines[1] == "  photo.txt: skipped: binary file"
    )
    assert lines[2].startswith("1 file decoded as cp1252 (")
    assert lines[4].startswith("12 duplicates (")
    assert len([line for line in lines if "same text as" in line]) == 12


def test_index_problems_does_not_tell_to_add_problems(capsys, tmp_path: Path) -> None:
    """Given --problems, the first build lists every problem on stdout: the summary
    on stderr says nothing of adding the option that was given."""
    corpus = scraped(tmp_path, copies=12)
    code, out, err = run(
        ["index", str(corpus), "--index-dir", str(tmp_path / "i"), "--problems"], capsys
    )
    assert code == EXIT_PROBLEMS and "--problems" not in err
    assert len([line for line in out.splitlines() if "same text as" in line]) == 12


def test_index_problems_names_each_problem_once(capsys, tmp_path: Path) -> None:
    """On a terminal stderr and stdout are one screen: the first few of each kind were
    named on stderr and then again in the whole list on stdout. Stderr now counts them
    by kind; stdout names each."""
    corpus = scraped(tmp_path, copies=12)
    code, out, err = run(
        ["index", str(corpus), "--index-dir", str(tmp_path / "i"), "--problems"], capsys
    )
    assert code == EXIT_PROBLEMS
    screen = (err + out).splitlines()
    assert len([line for line in screen if "same text as story-000.txt" in line]) == 12
    assert len([line for line in screen if "photo.txt: skipped" in line]) == 1
    assert err.startswith("newsexplore: 14 problems: 1 file unreadable")
    assert "newsexplore: warning: 12 duplicates (" in err


def test_index_again_on_an_unchanged_corpus_still_tells_what_is_unreadable(
    capsys, tmp_path: Path
) -> None:
    """A second `index` reads only what changed, and its summary said "no file
    unreadable" while the unreadable file was still there, unread."""
    corpus = scraped(tmp_path, copies=2)
    where = [str(corpus), "--index-dir", str(tmp_path / "i")]
    run(["index", *where], capsys)
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere")  # a problem met again each run
    code, _out, err = run(["index", *where], capsys)
    assert code == EXIT_PROBLEMS  # the unreadable file, still missing
    assert err.splitlines()[0] == "newsexplore: 1 problem: 1 file not opened", err
    assert "no file unreadable" not in err
    standing = next(line for line in err.splitlines() if "still standing" in line)
    assert "1 file unreadable" in standing and "--problems" in standing
    # and which file, without a second command; the warnings (a legacy encoding) stay counted
    after = err.splitlines()[err.splitlines().index(standing) + 1 :]
    assert any("photo.txt" in line for line in after), err
    assert not any("legacy.txt" in line for line in after), err
