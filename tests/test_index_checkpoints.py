"""A build with nothing searchable before it commits as it goes, so a kill loses little.

A first build killed at any moment used to leave nothing: the next `search`
started the whole build again (minutes on a large corpus). Now it commits
checkpoints, each exact and marked partial; readers search them saying so, and
the next run carries on from the last one and ends with exactly what a clean
build gives.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsexplore.search import Library, UpdateSummary, index_dir_for
from newsexplore.search.index import commits as store
from newsexplore.search.index import update as index_mod
from newsexplore.tui.cli import building, main, opening


def dated(rid: str, day: int) -> str:
    text = (
        f'"Grain shipments resumed on March {day}," said port director Ann Hale {rid}. '
        f"The harbour reopened on 2024-03-{day:02d} after the storm."
    )
    return json.dumps({"id": rid, "title": rid, "date": f"2024-03-{day:02d}", "text": text})


def undated(rid: str, day: int) -> str:
    text = f"The ferry {rid} sails again on April {day}, the council said on Monday."
    return json.dumps({"id": rid, "title": rid, "text": text})


def write_corpus(root: Path, records: int = 120) -> Path:
    """Undated records first (held back until the corpus's year is known), then dated ones."""
    root.mkdir()
    lines = [undated(f"u{i}", 1 + i % 27) for i in range(records // 4)]
    lines += [dated(f"d{i}", 1 + i % 27) for i in range(records - len(lines))]
    (root / "wire.jsonl").write_text("".join(line + "\n" for line in lines))
    (root / "zz-note.txt").write_text("Title: Note\nDate: 2024-03-09\n\nA note on grain prices.\n")
    return root


def build(library: Library, cancelled=None, **kwargs) -> UpdateSummary:
    steps = list(library.update(cancelled, **kwargs))
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


def contents(library: Library) -> dict[str, list[str]]:
    """Every stored document of the committed index, by kind, in a comparable form."""
    found: dict[str, list[str]] = {}
    with library.searcher() as searcher:
        for doc in searcher.documents():
            fields = {k: v for k, v in doc.items() if k not in ("date",)}
            found.setdefault(doc["kind"], []).append(
                json.dumps(fields, sort_keys=True, default=str)
            )
    speakers = sorted((s.name, s.kind, s.aliases, s.quote_count) for s in library.speakers())
    return {kind: sorted(rows) for kind, rows in found.items()} | {"speakers": speakers}


@pytest.fixture
def clean(tmp_path: Path) -> tuple[Path, dict]:
    root = write_corpus(tmp_path / "corpus")
    library = Library([root], tmp_path / "clean-index")
    build(library)
    return root, contents(library)


def test_a_build_stopped_at_its_deadline_commits_what_it_read_and_says_it_is_partial(
    clean, tmp_path: Path, capsys
) -> None:
    root, whole = clean
    library = Library([root], tmp_path / "index")
    summary = build(library, seconds=0.0)
    assert summary.partial
    commit = store.read_commit(library.index_dir)
    assert commit is not None and commit.partial
    held = library.article_count()
    assert 0 < held < len(whole["article"])
    pending = library.pending_update()
    assert pending is not None and pending.reason == "partial" and pending.searchable
    assert f"holds {held:,} article" in pending.describe()
    assert library.search("grain").hits  # what it holds is searched
    assert main(["index", str(root), "--index-dir", str(library.index_dir), "--check"]) == 0
    checked = capsys.readouterr().err
    assert "intact" in checked and "but incomplete: a build stopped before its end" in checked
    # The list of indexes said "N articles" as if whole.
    assert main(["index", "--list", "--index-dir", str(library.index_dir)]) == 0
    listed = capsys.readouterr().out
    articles = f"{held:,} article{'s' * (held != 1)}"
    assert f"{articles}, incomplete: a build stopped before its end" in listed, listed
    assert not build(library).partial
    assert store.read_commit(library.index_dir).partial is False
    assert library.pending_update() is None
    assert contents(library) == whole


def test_a_partial_index_built_by_other_rules_is_still_said_to_be_partial(
    clean, tmp_path: Path, capsys
) -> None:
    root, _whole = clean
    library = Library([root], tmp_path / "index")
    build(library, seconds=0.0)
    record = library.index_dir / store.COMMIT
    record.write_text(record.read_text().replace('"extractors": "', '"extractors": "old'))
    pending = library.pending_update()
    assert pending.reason == "rules" and pending.partial
    assert f"holds only {library.article_count():,} articles" in pending.describe()
    assert main(["index", str(root), "--index-dir", str(library.index_dir), "--check"]) == 0
    assert "but incomplete: a build stopped before its end" in capsys.readouterr().err


def test_checkpoints_leave_out_articles_held_back_and_the_next_run_ends_exact(
    clean, tmp_path: Path, monkeypatch
) -> None:
    root, whole = clean
    monkeypatch.setattr(index_mod, "FIRST_CHECKPOINT_SECONDS", 0.0)
    library = Library([root], tmp_path / "index")
    asked = iter(range(10_000))
    summary = build(library, cancelled=lambda: next(asked) > 70)  # stops mid-file
    assert summary.cancelled
    commit = store.read_commit(library.index_dir)
    assert commit is not None and commit.partial
    records = store.read_side(library.index_dir, commit, "records")
    recorded = {aid for entry in records["files"].values() for aid in entry["articles"]}
    with library.searcher() as searcher:
        indexed = {doc["article_id"] for doc in searcher.documents(kind="article")}
    assert recorded == indexed and indexed
    assert not any(aid.startswith("u") for aid in indexed)  # undated ones wait for the year
    build(library)
    assert contents(library) == whole


def test_a_first_build_the_user_stops_keeps_what_it_read(clean, tmp_path: Path) -> None:
    root, whole = clean
    library = Library([root], tmp_path / "index")
    asked = iter(range(10_000))
    summary = build(library, cancelled=lambda: next(asked) > 60)  # long before any checkpoint
    assert summary.cancelled and summary.partial
    dated_read = 60 - len(whole["article"]) // 4  # the undated ones first wait for the year
    assert library.article_count() >= dated_read - 2 > 0
    assert library.pending_update().reason == "partial"
    build(library)
    assert contents(library) == whole


BUILDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsexplore.search import Library, Progress
    from newsexplore.search.index import update
    update.FIRST_CHECKPOINT_SECONDS = float(sys.argv[3])
    for step in Library([Path(sys.argv[1])], Path(sys.argv[2])).update():
        if isinstance(step, Progress) and step.phase == "index" and step.done > 20:
            print("writing", flush=True)
    """
)


def kill_build(root: Path, index_dir: Path, first_checkpoint: float, *, wait_commit: bool) -> None:
    """SIGKILL a real build's whole process group, after its first checkpoint or before."""
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILDER, str(root), str(index_dir), str(first_checkpoint)],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert proc.stdout.readline() == b"writing\n"
        deadline = time.monotonic() + 60
        while wait_commit and not (index_dir / store.COMMIT).exists():
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stdout.close()


def search(root: Path, index_dir: Path, capsys) -> tuple[int, list[str], str, float]:
    started = time.monotonic()
    where = ["--corpus", str(root), "--index-dir", str(index_dir), "--format", "jsonl"]
    code = main(["search", "grain", *where])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err, time.monotonic() - started


def test_search_after_a_first_build_killed_past_a_checkpoint_answers_from_it(
    tmp_path: Path, capsys
) -> None:
    root = write_corpus(tmp_path / "corpus", records=1500)
    index_dir = tmp_path / "index"
    kill_build(root, index_dir, 0.0, wait_commit=True)
    code, hits, err, seconds = search(root, index_dir, capsys)
    assert code == 0 and hits and seconds < 5
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "the index is incomplete" in lines[0]
    assert f"`newsexplore index {root} --index-dir {index_dir}` finishes it" in lines[0]
    assert main(["index", str(root), "--index-dir", str(index_dir)]) == 0
    clean = Library([root], tmp_path / "clean")
    build(clean)
    assert contents(Library([root], index_dir)) == contents(clean)


def test_search_after_a_first_build_killed_before_any_commit_builds_only_a_while(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    root = write_corpus(tmp_path / "corpus", records=1500)
    index_dir = index_dir_for([root], tmp_path / "index")
    kill_build(root, index_dir, 3600.0, wait_commit=False)
    assert not (index_dir / store.COMMIT).exists()
    monkeypatch.setattr(opening, "READER_BUILD_SECONDS", 0.0)
    code, hits, err, _seconds = search(root, tmp_path / "index", capsys)
    assert code == 0 and hits
    assert "an earlier build stopped before committing anything" in err
    assert "the index is incomplete" in err.strip().splitlines()[-1]
    commit = store.read_commit(index_dir)
    assert commit is not None and commit.partial


CTRL_C_BUILDER = textwrap.dedent(
    """
    import sys
    from newsexplore.search import Library, Progress
    from newsexplore.search.index import update
    from newsexplore.tui import cli

    update.FIRST_CHECKPOINT_SECONDS = 3600.0  # what the stop keeps, no checkpoint made
    updating = Library.update

    def telling(self, *args, **kwargs):
        told = False
        for step in updating(self, *args, **kwargs):
            if isinstance(step, Progress) and step.phase == "index" and not told:
                if step.done * 3 > step.total:  # past the undated records held back
                    print("reading", flush=True)
                    told = True
            yield step

    Library.update = telling
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def test_ctrl_c_during_a_first_build_commits_what_was_read_and_says_so(tmp_path: Path) -> None:
    """Ctrl+C once the build has read a third of the corpus, long before any checkpoint.

    The build says how far it has read (the progress the bar draws); waiting
    for that, rather than for a fixed time, holds on a fast or a loaded machine.
    """
    root = write_corpus(tmp_path / "corpus", records=3000)
    index_dir = tmp_path / "index"
    command = ["index", str(root), "--index-dir", str(index_dir)]
    proc = subprocess.Popen(
        [sys.executable, "-c", CTRL_C_BUILDER, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        assert ready and proc.stdout.readline() == "reading\n", proc.stderr.read()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert "stopped: the index holds" in err and "run the same command to finish it" in err
    index_dir = index_dir_for([root], index_dir)
    commit = store.read_commit(index_dir)
    assert commit is not None and commit.partial
    assert Library([root], index_dir).article_count() > 0


def test_the_progress_bars_of_a_checkpoint_go_once_reading_goes_on(capsys) -> None:
    from newsexplore.search import Progress

    bars = building._progress_bar(True)
    advance = bars.__enter__()
    try:
        for phase, done, total in [
            ("index", 100, 1000),
            ("commit", 0, 0),
            ("commit", 50, 80),
            ("verify", 0, 0),
            ("save", 0, 0),
            ("index", 400, 1000),  # reading again after the checkpoint
            ("index", 1000, 1000),
            ("commit", 0, 0),
            ("save", 0, 0),
        ]:
            advance(Progress(done=done, total=total, phase=phase))
            if phase == "index":
                assert list(bars.tasks) == ["index"]
    finally:
        bars.__exit__(None, None, None)
    assert list(bars.tasks) == ["index", "commit", "save"]
    assert "Traceback" not in capsys.readouterr().err


def test_a_build_carrying_on_from_a_checkpoint_commits_as_it_goes_and_when_stopped(
    clean, tmp_path: Path, monkeypatch
) -> None:
    root, whole = clean
    library = Library([root], tmp_path / "index")
    build(library, seconds=0.0)
    first = library.article_count()
    monkeypatch.setattr(index_mod, "FIRST_CHECKPOINT_SECONDS", 0.0)
    asked = iter(range(10_000))
    summary = build(library, cancelled=lambda: next(asked) > 90)
    assert summary.cancelled and summary.partial
    assert library.article_count() > first  # what the second run read is kept
    assert library.pending_update().reason == "partial"
    assert not library.check()
    build(library)
    assert contents(library) == whole


def test_an_interruption_after_a_commit_is_written_keeps_that_commit_whole(
    clean, tmp_path: Path, monkeypatch
) -> None:
    root, _whole = clean
    library = Library([root], tmp_path / "index")
    build(library)
    wire = root / "wire.jsonl"
    wire.write_text(wire.read_text().replace("Grain shipments", "Barley shipments"))

    def interrupted(_index_dir: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "remove_legacy", interrupted)  # runs right after the record
    with pytest.raises(KeyboardInterrupt):
        build(library)
    monkeypatch.undo()
    fresh = Library([root], library.index_dir)
    assert fresh.check() == []
    assert fresh.search("barley").hits and not fresh.search("grain shipments").hits


def test_search_json_says_when_the_index_is_incomplete(clean, tmp_path: Path, capsys) -> None:
    root, _whole = clean
    index_dir = tmp_path / "index"
    build(Library([root], index_dir), seconds=0.0)
    where = ["--corpus", str(root), "--index-dir", str(index_dir), "--format", "json"]
    assert main(["search", "grain", *where]) == 0
    assert json.loads(capsys.readouterr().out)["index_incomplete"] is True
    build(Library([root], index_dir))
    assert main(["search", "grain", *where]) == 0
    assert json.loads(capsys.readouterr().out)["index_incomplete"] is False


def test_a_file_read_in_parts_has_one_bar_that_never_goes_back(tmp_path: Path, monkeypatch) -> None:
    from newsexplore.search import Progress
    from newsexplore.search.corpus import load as load_mod

    root = write_corpus(tmp_path / "corpus", records=400)
    monkeypatch.setattr(load_mod, "PART_BYTES", 4000)
    monkeypatch.setattr(index_mod, "PART_BYTES", 4000)
    monkeypatch.setattr(index_mod, "PROGRESS_EVERY", 5)
    library = Library([root], tmp_path / "index")
    steps = [s for s in library.update() if isinstance(s, Progress) and s.phase == "index"]
    done = [s.done for s in steps]
    assert len(steps) > 20 and done == sorted(done)
    assert all(s.done <= s.total for s in steps)
    assert steps[-1].total == library.article_count() - 1  # the other file is a .txt


def test_an_article_missing_from_a_partial_index_may_only_not_be_read_yet(
    clean, tmp_path: Path, capsys
) -> None:
    root, _whole = clean
    index_dir = tmp_path / "index"
    build(Library([root], index_dir), seconds=0.0)
    where = ["--corpus", str(root), "--index-dir", str(index_dir)]
    assert main(["article", "d99", *where]) == 3
    assert "the index is incomplete: it may not be read yet" in capsys.readouterr().err
