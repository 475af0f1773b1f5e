"""Keep every test away from the developer's own cache and config."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_SPEAKERS = frozenset(
    {
        "Keir Starmer",
        "Liz Kendall",
        "Louise Haigh",
        "Sarah Owen",
        "Women and Equalities Committee",
        "Ofcom",
        "Nigel Farage",
    }
)
"""Everyone quoted in the two seed articles (the acceptance list of the quotes issue)."""


@pytest.fixture(autouse=True)
def isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the index cache and the user store at temporary folders for each test."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("NEWSEXPLORE_CACHE_DIR", str(cache))
    monkeypatch.setenv("NEWSEXPLORE_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("NEWSEXPLORE_INDEX_DIR", raising=False)
    monkeypatch.delenv("NEWSEXPLORE_STORE", raising=False)
    return cache


TEST_SETTLE_DELAY = 0.1
"""The app's pause after typing, in tests: long enough that keys pressed together still
count as one burst, short enough that each search does not leave the test idle for the
half-second a person needs (every test waits for the panes to follow the query anyway)."""


@pytest.fixture(autouse=True)
def quick_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shorten the app's settle pause; on the bundled seeds it was a third of a search's time.

    Only where the app is already imported (every app test imports it at collection), so
    the tests of the core do not pay for importing Textual.
    """
    main = sys.modules.get("newsexplore.tui.screens.main")
    if main is not None:
        monkeypatch.setattr(main, "SETTLE_DELAY", TEST_SETTLE_DELAY)


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def built_seeds_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds indexed once per test process, never opened by a test: copy it, see `seeds_index`."""
    from newsexplore.search.index.library import Library

    index = tmp_path_factory.mktemp("seeds-built") / "index"
    with pytest.MonkeyPatch.context() as env:  # no developer store or cache may shape it
        env.setenv("NEWSEXPLORE_CACHE_DIR", str(tmp_path_factory.mktemp("seeds-cache")))
        env.setenv("NEWSEXPLORE_DATA_DIR", str(tmp_path_factory.mktemp("seeds-data")))
        env.delenv("NEWSEXPLORE_INDEX_DIR", raising=False)
        env.delenv("NEWSEXPLORE_STORE", raising=False)
        library = Library([SEEDS], index_dir=index)
        for _ in library.update():
            pass
        assert not library.needs_update()
    return index


@pytest.fixture
def seeds_index(built_seeds_index: Path, tmp_path: Path) -> Path:
    """`tmp_path / "index"`, already an up-to-date index of the seeds.

    For tests of what the app does once open: the same index its first start
    would build, copied instead of built (a build and its indexing screen are a
    fifth of an app's start). Tests of the first build make their own.
    """
    index = tmp_path / "index"
    shutil.copytree(built_seeds_index, index)
    return index


@pytest.fixture
def index_dir(tmp_path: Path) -> str:
    """An index folder of the test's own, as a command-line argument."""
    return str(tmp_path / "index")


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file read-only as the platform allows: by its mode for a user, by the
    immutable flag for root (whom a mode does not stop); undone after the test."""
    undo: list[Callable[[], object]] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
            undo.append(lambda: path.chmod(0o644))
            return
        chattr = shutil.which("chattr")
        flag = chattr and subprocess.run([chattr, "+i", str(path)], capture_output=True)
        if not flag or flag.returncode != 0:
            pytest.skip(f"cannot make {path} read-only for root here")
        undo.append(lambda: subprocess.run([chattr, "-i", str(path)], check=False))

    yield make
    for step in undo:
        step()
