"""What an update says while it reads a large file, before any article is indexed.

A 27 MB JSON Lines file took tens of seconds to read its first part, during
which nothing but "Looking for files…" was said; its article count was then
an estimate shown as if exact.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from newsexplore.search import Library, Progress
from newsexplore.search.corpus import load as load_mod
from newsexplore.search.index import meter as meter_mod
from newsexplore.search.index import update as index_mod

PART = 6000


def _corpus(root: Path, records: int = 330) -> Path:
    root.mkdir()
    lines = [
        json.dumps({"id": f"r{i}", "date": f"2024-03-0{1 + i % 9}", "text": f"Grain {i}."})
        for i in range(records)
    ]
    (root / "wire.jsonl").write_text("".join(line + "\n" for line in lines))
    return root


@pytest.fixture
def in_parts(monkeypatch) -> None:
    monkeypatch.setattr(load_mod, "PART_BYTES", PART)
    monkeypatch.setattr(index_mod, "PART_BYTES", PART)
    monkeypatch.setattr(index_mod, "PROGRESS_EVERY", 5)
    monkeypatch.setattr(index_mod, "READ_BESIDE_BYTES", 0, raising=False)


def _steps(library: Library, cancelled=None) -> list[Progress]:
    return [s for s in library.update(cancelled) if isinstance(s, Progress)]


def test_reading_a_large_file_says_so_with_its_bytes_before_indexing(
    tmp_path: Path, in_parts
) -> None:
    root = _corpus(tmp_path / "corpus")
    size = (root / "wire.jsonl").stat().st_size
    steps = _steps(Library([root], tmp_path / "index"))
    first_index = next(n for n, s in enumerate(steps) if s.phase == "index")
    loading = [s for s in steps[:first_index] if s.phase == "load"]
    assert loading, [s.phase for s in steps[:first_index]]
    assert all(s.path == "wire.jsonl" and s.total == size for s in loading)
    done = [s.done for s in steps if s.phase == "load"]
    assert done == sorted(done) and done[-1] <= size


def test_the_bytes_read_rise_while_a_part_is_read(tmp_path: Path, in_parts, monkeypatch) -> None:
    root = _corpus(tmp_path / "corpus")
    size = (root / "wire.jsonl").stat().st_size
    monkeypatch.setattr(meter_mod, "HEARTBEAT", 0.01)
    build = load_mod._build

    def slow_build(*args, **kwargs):
        time.sleep(0.002)
        return build(*args, **kwargs)

    monkeypatch.setattr(load_mod, "_build", slow_build)
    steps = _steps(Library([root], tmp_path / "index"))
    # The first part is about PART bytes of the file: some counts fall inside it.
    inside = {s.done for s in steps if s.phase == "load" and 0 < s.done < PART}
    assert len(inside) >= 2, [s.done for s in steps if s.phase == "load"]
    assert all(s.total == size for s in steps if s.phase == "load")


def test_an_article_count_not_yet_known_is_said_to_be_an_estimate(tmp_path: Path, in_parts) -> None:
    root = _corpus(tmp_path / "corpus")
    library = Library([root], tmp_path / "index")
    steps = [s for s in _steps(library) if s.phase == "index"]
    final = library.article_count()
    assert any(s.estimated for s in steps)
    assert all(s.total == final for s in steps if not s.estimated)
    assert not steps[-1].estimated


def test_stopping_while_a_part_is_read_stops_the_build(
    tmp_path: Path, in_parts, monkeypatch
) -> None:
    root = _corpus(tmp_path / "corpus")
    monkeypatch.setattr(meter_mod, "HEARTBEAT", 0.01)
    build = load_mod._build

    def slow_build(*args, **kwargs):
        time.sleep(0.01)
        return build(*args, **kwargs)

    monkeypatch.setattr(load_mod, "_build", slow_build)
    seen: list[object] = []
    stop = lambda: any(getattr(s, "phase", "") == "load" for s in seen)  # noqa: E731
    started = time.monotonic()
    for step in Library([root], tmp_path / "index").update(stop):
        seen.append(step)
    # Reading every part at 10 ms a record takes over 3 s; the stop came in the first.
    assert time.monotonic() - started < 2.5
    assert not any(getattr(s, "phase", "") == "index" for s in seen)
    assert getattr(seen[-1], "cancelled", False)
