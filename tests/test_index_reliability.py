"""The index under faults: lost documents, bookkeeping traps, kills, damage, full disks.

Each test reproduces a way the index once lost articles or hung without saying
so; the long versions (many kills, many kinds of damage, large corpora) are in
bench/fault_bench.py.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsexplore.search import (
    IndexDamagedError,
    IndexUnusableError,
    Library,
    UpdateSummary,
    index_dir_for,
)
from newsexplore.search.index import commits as store
from newsexplore.search.index import update as index_mod
from newsexplore.tui.cli import main


def build(library: Library, cancelled=None) -> UpdateSummary:
    steps = list(library.update(cancelled))
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


def story(title: str, body: str, date: str = "2024-03-02") -> str:
    return f"Title: {title}\nDate: {date}\n\n{body}\n"


def record(rid: str, text: str, title: str = "") -> str:
    return json.dumps({"id": rid, "title": title or rid, "date": "2024-01-02", "text": text}) + "\n"


def ids(library: Library, query: str) -> list[str]:
    return sorted(hit.article_id for hit in library.search(query, limit=100).hits)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for i, word in enumerate(("harbour", "bridge", "lighthouse")):
        (root / f"{word}.txt").write_text(story(word.title(), f"The {word} story number {i}."))
    return root


@pytest.fixture
def library(corpus: Path, tmp_path: Path) -> Library:
    lib = Library([corpus], tmp_path / "index")
    build(lib)
    return lib


# -- 1. what is committed is what was meant -------------------------------------------


def test_documents_a_writer_loses_are_found_and_indexed_again(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    from whoosh.writing import SegmentWriter

    real_add, dropped = SegmentWriter.add_document, []

    def lose_the_bridge_once(self, **fields):
        if fields.get("kind") == "article" and "bridge" in fields["article_id"] and not dropped:
            dropped.append(fields["article_id"])
            return None
        return real_add(self, **fields)

    monkeypatch.setattr(SegmentWriter, "add_document", lose_the_bridge_once)
    library = Library([corpus], tmp_path / "index")
    summary = build(library)
    assert dropped and summary.articles == 3
    assert library.article_count() == 3
    assert ids(library, "bridge") == ["bridge.txt"]


def test_an_index_that_stays_incomplete_is_an_error_not_a_success(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    from whoosh.writing import SegmentWriter

    real_add = SegmentWriter.add_document

    def always_lose_the_bridge(self, **fields):
        if "bridge" in fields.get("article_id", ""):
            return None
        return real_add(self, **fields)

    monkeypatch.setattr(SegmentWriter, "add_document", always_lose_the_bridge)
    with pytest.raises(IndexUnusableError, match="bridge"):
        build(Library([corpus], tmp_path / "index"))


# -- 2. bookkeeping ------------------------------------------------------------------


def test_editing_one_of_two_files_sharing_a_record_id_keeps_the_other_article(
    tmp_path: Path,
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.jsonl").write_text(record("same", "Walruses sunbathe on the quay."))
    (root / "b.jsonl").write_text(record("same", "Penguins parade at noon."))
    library = Library([root], tmp_path / "index")
    summary = build(library)
    assert any("same" in p.message for p in summary.problems)
    (root / "b.jsonl").write_text(record("same", "Penguins parade at dusk."))
    build(library)
    assert ids(library, "walruses") == ["same"]


def test_a_skipped_copy_is_indexed_when_its_original_changes_or_goes(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    text = story("Copper", "Copper prices rose sharply on Tuesday.")
    (root / "a.txt").write_text(text)
    (root / "b.txt").write_text(text)
    library = Library([root], tmp_path / "index")
    assert build(library).duplicates == 1
    (root / "a.txt").write_text(story("Zinc", "Zinc prices fell on Wednesday."))
    build(library)
    assert ids(library, "copper") == ["b.txt"]
    assert ids(library, "zinc") == ["a.txt"]
    (root / "c.txt").write_text(text)
    build(library)
    (root / "b.txt").unlink()
    build(library)
    assert ids(library, "copper") == ["c.txt"]
    assert library.article_count() == 2


def test_a_record_appended_while_its_file_is_read_is_indexed_next_time(
    tmp_path: Path, monkeypatch
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    wire = root / "wire.jsonl"
    wire.write_text(record("r1", "Tin mines reopen.") + record("r2", "Lead smelter shut."))
    real_load = index_mod.load_file_parts

    def load_then_append(path, rel, known=None, lines=None):
        loaded = list(real_load(path, rel, known, lines=lines))
        if "r3" not in wire.read_text():
            with open(wire, "a") as out:
                out.write(record("r3", "Nickel output doubles."))
        return loaded

    monkeypatch.setattr(index_mod, "load_file_parts", load_then_append)
    library = Library([root], tmp_path / "index")
    build(library)
    monkeypatch.setattr(index_mod, "load_file_parts", real_load)
    assert library.needs_update()
    build(library)
    assert ids(library, "nickel") == ["r3"]


def test_a_large_jsonl_file_is_read_in_parts_with_its_own_line_numbers(
    tmp_path: Path, monkeypatch
) -> None:
    from newsexplore.search.corpus import load as load_mod

    monkeypatch.setattr(load_mod, "PART_BYTES", 300)
    root = tmp_path / "c"
    root.mkdir()
    lines = [record(f"r{i}", f"Grain story number {i} from the port.") for i in range(30)]
    lines[17] = "{broken\n"
    lines[23] = json.dumps({"text": "A record without an id about barley."}) + "\n"
    (root / "wire.jsonl").write_text("".join(lines))
    library = Library([root], tmp_path / "index")
    summary = build(library)
    assert summary.articles == 29
    assert [(p.line, p.path) for p in summary.problems] == [(18, "wire.jsonl")]
    assert ids(library, "barley") == ["wire.jsonl#24"]
    (root / "wire.jsonl").write_text("".join(lines).replace("number 5 ", "number five "))
    assert build(library).added_articles == 1
    assert library.article_count() == 29


# -- 3. the lock dies with its holder -------------------------------------------------

BUILDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsexplore.search import Library, Progress
    for step in Library([Path(sys.argv[1])], Path(sys.argv[2])).update():
        if isinstance(step, Progress) and step.phase == "index" and step.done > 20:
            print("writing", flush=True)
    """
)


def test_a_build_killed_while_writing_leaves_no_lock_behind(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "c"
    root.mkdir()
    lines = [record(f"n{i}", f"Story {i} about grain shipments and ports.") for i in range(700)]
    (root / "wire.jsonl").write_text("".join(lines))
    index_dir = tmp_path / "index"
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILDER, str(root), str(index_dir)],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert proc.stdout.readline() == b"writing\n"
        time.sleep(0.2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        monkeypatch.setattr(index_mod, "LOCK_WAIT_SECONDS", 5.0)
        library = Library([root], index_dir)
        started = time.monotonic()
        assert build(library).articles == 700
        assert time.monotonic() - started < 60
    finally:
        os.killpg(proc.pid, signal.SIGKILL) if _group_alive(proc.pid) else None
        proc.stdout.close()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except OSError:
        return False


# -- 5. damage ---------------------------------------------------------------------------


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def index_files(index_dir: Path, pattern: str) -> list[Path]:
    return sorted(p for p in index_dir.rglob(pattern) if p.is_file())


@pytest.mark.parametrize(
    "harm",
    [
        "truncate segment",
        "garble segment",
        "delete toc",
        "garble speakers",
        "garble commit",
        "commit names another generation",
    ],
)
def test_damage_is_reported_by_check_and_repaired_by_index(
    harm: str, corpus: Path, tmp_path: Path, capsys
) -> None:
    base = ["--index-dir", str(tmp_path / "index")]
    index_dir = index_dir_for([corpus], tmp_path / "index")
    assert run_cli(["index", str(corpus), *base], capsys)[0] == 0
    if harm == "truncate segment":
        segment = index_files(index_dir, "*.seg")[0]
        segment.write_bytes(segment.read_bytes()[:100])
    elif harm == "garble segment":
        segment = index_files(index_dir, "*.seg")[0]
        data = bytearray(segment.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 64] = b"\xff" * 64
        segment.write_bytes(bytes(data))
    elif harm == "delete toc":
        index_files(index_dir, "*.toc")[0].unlink()
    elif harm == "garble speakers":
        speakers = [p for p in index_dir.rglob("*") if "speakers" in p.name][0]
        speakers.write_bytes(b"\x80not json")
    elif harm == "garble commit":
        (index_dir / "commit.json").write_text("{garbled")
    else:
        commit = json.loads((index_dir / "commit.json").read_text())
        (index_dir / "commit.json").write_text(json.dumps({**commit, "generation": 99}))
    code, _out, err = run_cli(["index", str(corpus), *base, "--check"], capsys)
    assert code != 0 and "damaged" in err or "missing" in err
    assert "Traceback" not in err
    code, _out, err = run_cli(["index", str(corpus), *base], capsys)
    assert code == 0 and "rebuilding" in err
    assert run_cli(["index", str(corpus), *base, "--check"], capsys)[0] == 0
    code, out, _err = run_cli(["search", "harbour", "--corpus", str(corpus), *base], capsys)
    assert code == 0 and "1 result" in out


def test_searching_a_damaged_index_says_so_in_one_line(
    library: Library, corpus: Path, capsys
) -> None:
    segment = index_files(library.index_dir, "*.seg")[0]
    segment.write_bytes(segment.read_bytes()[:50])
    code, out, err = run_cli(
        ["search", "harbour", "--corpus", str(corpus), "--index-dir", str(library.index_dir)],
        capsys,
    )
    assert code == 0 and "1 result" in out
    assert "damaged" in err and "rebuilding" in err


# -- 6. readers never wait on writers ---------------------------------------------


def test_search_answers_from_the_last_index_while_another_process_updates(
    library: Library, corpus: Path, capsys, monkeypatch
) -> None:
    # a wait long enough that waiting for the writer could never pass for a slow machine
    monkeypatch.setattr(index_mod, "LOCK_WAIT_SECONDS", 60.0)
    (corpus / "quay.txt").write_text(story("Quay", "The quay story."))
    with open(library.index_dir / index_mod.LOCK, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        started = time.monotonic()
        code, out, err = run_cli(
            ["search", "harbour", "--corpus", str(corpus), "--index-dir", str(library.index_dir)],
            capsys,
        )
    assert code == 0 and "1 result" in out
    assert "being updated" in err
    assert time.monotonic() - started < 30


def test_an_index_whose_folder_cannot_be_written_is_still_searched(
    library: Library, corpus: Path, capsys, monkeypatch
) -> None:
    def read_only(index_dir: Path):
        raise IndexUnusableError(f"{index_dir}: cannot lock the index (Read-only file system)")

    monkeypatch.setattr(index_mod, "open_lock", read_only)
    (corpus / "quay.txt").write_text(story("Quay", "The quay story."))
    code, out, err = run_cli(
        ["search", "harbour", "--corpus", str(corpus), "--index-dir", str(library.index_dir)],
        capsys,
    )
    assert code == 0 and "1 result" in out
    assert "out of date" in err


def _cli(*argv: str, timeout: float = 120) -> tuple[int, str, str, float]:
    """The console script in a fresh process, as a user runs it, and how long it took."""
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "newsexplore.tui.cli", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started


def _kill_while_writing(root: Path, index_dir: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILDER, str(root), str(index_dir)],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert proc.stdout.readline() == b"writing\n"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        os.killpg(proc.pid, signal.SIGKILL) if _group_alive(proc.pid) else None
        proc.stdout.close()


@pytest.mark.parametrize("killed", ["update", "rebuild"])
def test_search_after_a_killed_build_answers_from_the_last_index_and_says_it_is_stale(
    killed: str, tmp_path: Path
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    wire = root / "wire.jsonl"
    wire.write_text("".join(record(f"n{i}", f"Grain story {i} from the port.") for i in range(400)))
    index_dir = tmp_path / "index"
    build(Library([root], index_dir))
    if killed == "update":
        wire.write_text(wire.read_text().replace("Grain", "Ferry"))
    else:  # as when a new version finds quotes or dates differently
        commit = index_dir / "commit.json"
        commit.write_text(commit.read_text().replace('"extractors": "', '"extractors": "old'))
    _kill_while_writing(root, index_dir)
    committed = (index_dir / "commit.json").read_bytes()
    where = ["--corpus", str(root), "--index-dir", str(index_dir)]
    code, out, err, seconds = _cli("search", "grain", *where, "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 20
    assert seconds < 15
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "out of date" in lines[0]
    assert f"newsexplore index {root} --index-dir {index_dir}" in lines[0]
    assert (index_dir / "commit.json").read_bytes() == committed


def test_search_with_no_index_yet_says_it_builds_one(corpus: Path, tmp_path: Path, capsys) -> None:
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    code, out, err = run_cli(["search", "harbour", *where], capsys)
    assert code == 0 and "1 result" in out
    assert "no index" in err and "building it now" in err


def test_search_with_no_index_while_another_process_builds_it_does_not_wait(
    corpus: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(index_mod, "LOCK_WAIT_SECONDS", 60.0)
    root = tmp_path / "index"
    index_dir = index_dir_for([corpus], root)
    index_dir.mkdir(parents=True)
    with open(index_dir / index_mod.LOCK, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        started = time.monotonic()
        code, out, err = run_cli(
            ["search", "harbour", "--corpus", str(corpus), "--index-dir", str(root)], capsys
        )
    assert time.monotonic() - started < 30
    assert code == 1 and out == ""
    assert "being built by another process" in err and len(err.strip().splitlines()) == 1


def test_an_open_library_sees_an_index_rebuilt_by_another(library: Library, corpus: Path) -> None:
    assert ids(library, "harbour") == ["harbour.txt"]
    (corpus / "harbour.txt").write_text(story("Harbour", "The marina story."))
    other = Library([corpus], library.index_dir)
    commit = library.index_dir / "commit.json"
    commit.write_text(commit.read_text().replace('"extractors": "', '"extractors": "old'))
    build(other)
    assert ids(library, "marina") == ["harbour.txt"]
    assert ids(library, "harbour") == ["harbour.txt"]


# -- 7. durability and safety -----------------------------------------------------------


def test_no_side_file_can_run_code_when_read(library: Library) -> None:
    for path in library.index_dir.rglob("*"):
        whoosh = path.name.startswith(("MAIN", "_MAIN")) or path.name == "update.lock"
        if path.is_file() and not whoosh:
            json.loads(path.read_bytes())


class _Opens:
    """Unpickled, it creates a file: proof that a pickle from the index folder ran."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def _hostile_toc(toc: Path, marker: Path) -> bytes:
    """The table of contents with its pickled schema swapped for one that runs code.

    Same size as the real one, so only its digest can tell them apart.
    """
    from whoosh.filedb.structfile import StructFile

    real = toc.read_bytes()
    stream = StructFile(open(toc, "rb"))  # noqa: SIM115 - closed below
    for _ in range(3):
        stream.read_varint()
    stream.read_int(), stream.read_int()
    for _ in range(3):
        stream.read_varint()
    start = stream.tell()
    length = stream.read_varint()
    body = stream.tell()
    stream.close()
    payload = pickle.dumps(_Opens(marker))
    assert len(payload) <= length
    hostile = real[:body] + payload.ljust(length, b"\0") + real[body + length :]
    assert len(hostile) == len(real) and start < body
    return hostile


def test_a_hostile_table_of_contents_is_found_by_its_digest_and_never_unpickled(
    library: Library, corpus: Path, tmp_path: Path, capsys
) -> None:
    marker = tmp_path / "code-ran"
    toc = index_files(library.index_dir, "*.toc")[0]
    hostile = _hostile_toc(toc, marker)
    assert ids(library, "harbour") == ["harbour.txt"]  # the app has the index open
    toc.write_bytes(hostile)
    # A second search while the first is still running opens a second searcher.
    with library.searcher():
        assert ids(library, "bridge") == ["bridge.txt"]
    assert not marker.exists()
    commit = store.read_commit(library.index_dir)
    with pytest.raises(IndexDamagedError, match="changed since it was committed"):
        store.open_committed(library.index_dir, commit)
    with pytest.raises(IndexDamagedError, match="changed since it was committed"):
        Library([corpus], library.index_dir).search("bridge")
    assert not marker.exists()
    where = ["--corpus", str(corpus), "--index-dir", str(library.index_dir)]
    code, _out, err = run_cli(["index", str(corpus), *where[2:], "--check"], capsys)
    assert code == 1 and ".toc: damaged" in err
    assert not marker.exists()


def test_a_full_disk_is_one_line_leaves_no_temporary_files_and_the_index_intact(
    library: Library, corpus: Path, monkeypatch
) -> None:
    from whoosh.filedb.structfile import StructFile

    before = sorted(p.relative_to(library.index_dir) for p in library.index_dir.rglob("*"))
    for i in range(20):
        (corpus / f"pier{i}.txt").write_text(story(f"Pier {i}", f"Pier story {i} " * 50))
    real_write, written = StructFile.write, [0]

    def fill_up(self, data):
        written[0] += len(data)
        if written[0] > 20_000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, data)

    monkeypatch.setattr(StructFile, "write", fill_up)
    with pytest.raises(IndexUnusableError, match="disk is full") as raised:
        build(library)
    assert "\n" not in str(raised.value)
    monkeypatch.setattr(StructFile, "write", real_write)
    after = sorted(p.relative_to(library.index_dir) for p in library.index_dir.rglob("*"))
    assert after == before
    fresh = Library([corpus], library.index_dir)
    assert fresh.article_count() == 3
    assert build(fresh).articles == 23
