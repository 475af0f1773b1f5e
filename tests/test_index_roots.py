"""One index folder given to several corpora keeps one index per corpus.

`$NEWSEXPLORE_INDEX_DIR` (or `--index-dir`) is set once for every corpus, so
opening a second corpus must neither replace the first one's index (a rebuild
of minutes on a large corpus) nor be told to wait for the first one's build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsexplore.search import Library, UpdateSummary
from tests.cli_support import run


def write_story(folder: Path, name: str, title: str, said: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(
        f"Title: {title}\nDate: 2024-03-02\n\nThe council met on Monday.\n\n"
        f'"{said}," Anna Berg, the council leader, said.\n'
    )
    return folder


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    a = write_story(tmp_path / "ministers", "budget", "Budget agreed", "We agreed the budget")
    b = write_story(tmp_path / "farmers", "harvest", "Harvest late", "The harvest came late")
    return a, b


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An index folder set once for every corpus, as a user sets it in a shell profile."""
    folder = tmp_path / "indexes"
    monkeypatch.setenv("NEWSEXPLORE_INDEX_DIR", str(folder))
    return folder


def commit_of(corpus: Path) -> dict:
    """The commit record of the index the default location gives this corpus."""
    return json.loads((Library([corpus]).index_dir / "commit.json").read_text())


def test_indexing_a_second_corpus_keeps_the_first_ones_index(two, root, capsys) -> None:
    a, b = two
    assert run(["index", str(a)], capsys)[0] == 0
    first = commit_of(a)
    assert run(["index", str(b)], capsys)[0] == 0
    assert commit_of(a) == first  # not rebuilt, not replaced
    assert commit_of(b)["corpus"] == [str(b.resolve())]
    code, out, err = run(["search", "council", "--corpus", str(a), "--format", "jsonl"], capsys)
    assert code == 0 and "budget.txt" in out and "harvest.txt" not in out
    assert err == ""  # answered from its own index: nothing built, nothing out of date
    assert commit_of(a) == first


def test_each_corpus_has_a_folder_of_its_own_named_by_its_resolved_path(two, root) -> None:
    a, b = two
    own = Library([a]).index_dir
    assert own.parent == root
    assert Library([a.parent / ".." / a.parent.name / a.name]).index_dir == own
    assert Library([b]).index_dir not in (own, root)


def test_an_index_dir_option_holds_one_index_per_corpus_too(two, tmp_path, capsys) -> None:
    a, b = two
    where = ["--index-dir", str(tmp_path / "given")]
    assert run(["index", str(a), *where], capsys)[0] == 0
    assert run(["index", str(b), *where], capsys)[0] == 0
    code, out, err = run(["quotes", "--corpus", str(a), *where, "--format", "jsonl"], capsys)
    assert code == 0 and "We agreed the budget" in out and err == ""


HOLD_A_BUILD = """
import sys
from pathlib import Path
from newsexplore.search import Library, Progress
from newsexplore.search.index import update

# no checkpoint while held: on a slow machine the first file can take past the first
# one's time, and a reader would rightly answer from it instead of being told to wait
update.FIRST_CHECKPOINT_SECONDS = 3600.0
for step in Library([Path(sys.argv[1])]).update():
    if isinstance(step, Progress) and step.phase == "read":
        print("building", flush=True)
        sys.stdin.readline()
        break
"""
"""Start building a corpus's index in the default location, then hold it there (the
update's lock taken, nothing committed) until told to stop on stdin."""


def test_a_build_of_one_corpus_never_makes_another_wait(two, root, capsys) -> None:
    a, b = two
    for n in range(3):  # more than one file, so the build is held between two
        write_story(a, f"more{n}", f"More {n}", f"Still more {n}")
    builder = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_BUILD, str(a)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    try:
        assert builder.stdout.readline() == "building\n"
        code, out, err = run(["search", "harvest", "--corpus", str(b), "--format", "jsonl"], capsys)
        assert (code, "another process" in err) == (0, False), err
        assert "harvest.txt" in out
        code, _out, err = run(["search", "budget", "--corpus", str(a)], capsys)
        assert code == 1 and "being built by another process" in err
        builder.stdin.write("\n")
        builder.stdin.flush()
        assert builder.wait(timeout=60) == 0
    finally:
        if builder.poll() is None:
            builder.kill()
            builder.wait(timeout=10)
        builder.stdin.close()
        builder.stdout.close()


def test_an_index_kept_at_the_top_of_the_folder_by_an_earlier_version_still_opens(
    two, root, capsys
) -> None:
    a, b = two
    steps = list(Library([a], root).update())  # the layout earlier versions wrote
    assert isinstance(steps[-1], UpdateSummary)
    earlier = json.loads((root / "commit.json").read_text())
    code, out, err = run(["search", "council", "--corpus", str(a), "--format", "jsonl"], capsys)
    assert code == 0 and "budget.txt" in out and err == ""  # not built again
    assert run(["index", str(b)], capsys)[0] == 0
    assert json.loads((root / "commit.json").read_text()) == earlier
    assert Library([a]).index_dir == root
    assert Library([b]).index_dir.parent == root


def test_marks_stay_with_the_corpus_whichever_index_folder_it_uses(two, tmp_path, capsys) -> None:
    a, _b = two
    where = ["--corpus", str(a), "--index-dir", str(tmp_path / "first")]
    assert run(["marks", "add", "budget.txt", "--note", "check", *where], capsys)[0] == 0
    where[-1] = str(tmp_path / "second")
    code, out, _err = run(["marks", *where, "--format", "jsonl"], capsys)
    assert code == 0 and '"check"' in out


def test_list_and_clean_the_indexes_of_corpora_no_longer_there(two, root, capsys) -> None:
    a, b = two
    for corpus in (a, b):
        assert run(["index", str(corpus)], capsys)[0] == 0
    a_index, b_index = Library([a]).index_dir, Library([b]).index_dir
    older = root / "index-v1-0123456789abcdef"
    older.mkdir()
    shutil.rmtree(b)
    code, out, err = run(["index", "--list"], capsys)
    assert code == 0 and f"{root}: 3 indexes" in err
    lines = dict(line.split(", ", 1) for line in out.splitlines())
    assert lines[str(a_index)] == f"1 article\t{a.resolve()}"
    assert lines[str(b_index)] == f"1 article, its corpus is no longer there\t{b.resolve()}"
    assert lines[str(older)] == "0 articles, an older index format\t-"
    code, out, err = run(["index", "--clean"], capsys)
    assert code == 0 and f"{root}: removed 2 indexes" in err
    assert sorted(root.iterdir()) == [a_index]
    assert run(["search", "council", "--corpus", str(a)], capsys)[0] == 0


def test_list_takes_no_corpus_and_index_needs_one(two, root, capsys) -> None:
    a, _b = two
    code, _out, err = run(["index", str(a), "--list"], capsys)
    assert code == 2 and "--list takes no CORPUS" in err
    code, _out, err = run(["index"], capsys)
    assert code == 2 and "a CORPUS to index is needed" in err
